import Foundation
import GRDB
import Model

extension AppDatabase {
    /// The commune's settings for its documents; the defaults where none were saved.
    public func settings() throws -> CommuneSettings {
        try read { db in try Self.settings(db) }
    }

    static func settings(_ db: Database) throws -> CommuneSettings {
        guard let body = try String.fetchOne(db, sql: "SELECT body FROM commune_setting WHERE id = 1"),
              let values = try? JSONDecoder().decode([String: String].self, from: Data(body.utf8)) else {
            return CommuneSettings()
        }
        return CommuneSettings(values: values)
    }
}

extension Writes {
    /// Saves every setting in one row, audited like any record (who, when, before → after).
    static func saveSettings(_ db: Database, _ settings: CommuneSettings, _ editor: Editor) throws -> ChangeResult {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = String(decoding: try encoder.encode(settings.values), as: UTF8.self)
        let now = timestamp()
        if let before = try Audit.snapshot(db, .communeSetting, id: 1) {
            try db.execute(sql: "UPDATE commune_setting SET body = ?, version = version + 1, updated_at = ? WHERE id = 1",
                           arguments: [body, now])
            try Audit.record(db, editor: editor, entity: .communeSetting, id: 1, action: "update", before: before)
        } else {
            try db.execute(sql: "INSERT INTO commune_setting (id, body, version, created_at, updated_at) VALUES (1, ?, 1, ?, ?)",
                           arguments: [body, now, now])
            try Audit.record(db, editor: editor, entity: .communeSetting, id: 1, action: "create", before: nil)
        }
        return ChangeResult(entity: .communeSetting, id: 1, message: "Đã lưu cài đặt văn bản.")
    }
}

extension AppDatabase {
    /// What has been written for a year's report; empty parts where nothing was.
    public func reportWriting(year: Int) throws -> ReportWriting {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT strengths, weaknesses, plans, proposals FROM report_writing WHERE id = ?",
                                             arguments: [year]) else { return ReportWriting() }
            return ReportWriting(texts: [row["strengths"], row["weaknesses"], row["plans"], row["proposals"]])
        }
    }
}

extension Writes {
    static func saveReportWriting(_ db: Database, year: Int, _ writing: ReportWriting, _ editor: Editor) throws -> ChangeResult {
        if let error = writing.validationErrors().first { throw StoreError.invalid(error) }
        let texts = writing.texts, now = timestamp()
        if let before = try Audit.snapshot(db, .reportWriting, id: Int64(year)) {
            try db.execute(sql: """
                UPDATE report_writing SET strengths = ?, weaknesses = ?, plans = ?, proposals = ?, version = version + 1,
                updated_at = ? WHERE id = ?
                """, arguments: [texts[0], texts[1], texts[2], texts[3], now, year])
            try Audit.record(db, editor: editor, entity: .reportWriting, id: Int64(year), action: "update", before: before)
        } else {
            try db.execute(sql: """
                INSERT INTO report_writing (id, strengths, weaknesses, plans, proposals, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [year, texts[0], texts[1], texts[2], texts[3], now, now])
            try Audit.record(db, editor: editor, entity: .reportWriting, id: Int64(year), action: "create", before: nil)
        }
        return ChangeResult(entity: .reportWriting, id: Int64(year), message: "Đã lưu phần viết của báo cáo năm \(year).")
    }
}

extension AppDatabase {
    /// The council's meeting on a round, if it has begun.
    public func meeting(round: Int64) throws -> Meeting? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM meeting WHERE id = ?", arguments: [round]),
                  let day = Day(iso: row["held_on"]) else { return nil }
            let list = { (text: String) in (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? [] }
            return Meeting(roundID: round, heldOn: day, present: list(row["present"]), absent: list(row["absent"]), version: row["version"])
        }
    }
}

extension Writes {
    static func saveMeeting(_ db: Database, _ meeting: Meeting, _ editor: Editor) throws -> ChangeResult {
        if let error = meeting.validationErrors().first { throw StoreError.invalid(error) }
        let encode = { (list: [String]) in String(decoding: try JSONEncoder().encode(list), as: UTF8.self) }
        let now = timestamp()
        if let before = try Audit.snapshot(db, .meeting, id: meeting.roundID) {
            guard case .integer(let version) = before["version"], version == meeting.version else { throw StoreError.conflict }
            try db.execute(sql: "UPDATE meeting SET held_on = ?, present = ?, absent = ?, version = version + 1, updated_at = ? WHERE id = ?",
                           arguments: [meeting.heldOn.iso, try encode(meeting.present), try encode(meeting.absent), now, meeting.roundID])
            try Audit.record(db, editor: editor, entity: .meeting, id: meeting.roundID, action: "update", before: before)
        } else {
            try db.execute(sql: """
                INSERT INTO meeting (id, held_on, present, absent, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [meeting.roundID, meeting.heldOn.iso, try encode(meeting.present), try encode(meeting.absent), now, now])
            try Audit.record(db, editor: editor, entity: .meeting, id: meeting.roundID, action: "create", before: nil)
        }
        return ChangeResult(entity: .meeting, id: meeting.roundID,
                            message: "Đã ghi điểm danh: \(meeting.present.count)/\(meeting.members) thành viên có mặt"
                                + (meeting.quorum ? "." : ", chưa đủ quá nửa để biểu quyết."))
    }
}
