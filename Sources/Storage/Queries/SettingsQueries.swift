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
        try upsert(db, .communeSetting, id: 1, ["body": try settingsBody(settings)], editor)
        return ChangeResult(entity: .communeSetting, id: 1, message: "Đã lưu cài đặt văn bản.")
    }

    /// The settings as stored: text by key, as JSON with sorted keys.
    static func settingsBody(_ settings: CommuneSettings) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(settings.values), as: UTF8.self)
    }

    /// A record kept one row per id (the settings, a year's report text, a round's meeting):
    /// updated when it is there, inserted when not, audited either way. `version`, when given,
    /// is the one the screen read: a row saved by someone else since is refused.
    static func upsert(_ db: Database, _ entity: ChangeResult.Entity, id: Int64, _ values: [String: any DatabaseValueConvertible],
                       _ editor: Editor, version: Int? = nil) throws {
        let columns = values.keys.sorted()
        let now = timestamp()
        if let before = try Audit.snapshot(db, entity, id: id) {
            if let version, before["version"] != .integer(Int64(version)) { throw StoreError.conflict }
            let assignments = columns.map { "\($0) = ?" }.joined(separator: ", ")
            try db.execute(sql: "UPDATE \(entity.rawValue) SET \(assignments), version = version + 1, updated_at = ? WHERE id = ?",
                           arguments: StatementArguments(columns.map { values[$0]!.databaseValue } + [now.databaseValue, id.databaseValue]))
            try Audit.record(db, editor: editor, entity: entity, id: id, action: "update", before: before)
        } else {
            let names = (["id"] + columns + ["created_at", "updated_at"]).joined(separator: ", ")
            try db.execute(sql: "INSERT INTO \(entity.rawValue) (\(names)) VALUES (\(AppDatabase.placeholders(columns.count + 3)))",
                           arguments: StatementArguments([id.databaseValue] + columns.map { values[$0]!.databaseValue }
                                                         + [now.databaseValue, now.databaseValue]))
            try Audit.record(db, editor: editor, entity: entity, id: id, action: "create", before: nil)
        }
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
        let texts = writing.texts
        try upsert(db, .reportWriting, id: Int64(year),
                   ["strengths": texts[0], "weaknesses": texts[1], "plans": texts[2], "proposals": texts[3]], editor)
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
        try upsert(db, .meeting, id: meeting.roundID,
                   ["held_on": meeting.heldOn.iso, "present": try encode(meeting.present), "absent": try encode(meeting.absent)],
                   editor, version: meeting.version)
        return ChangeResult(entity: .meeting, id: meeting.roundID,
                            message: "Đã ghi điểm danh: \(meeting.present.count)/\(meeting.members) thành viên có mặt"
                                + (meeting.quorum ? "." : ", chưa đủ quá nửa để biểu quyết."))
    }
}
