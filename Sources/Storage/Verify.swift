import Foundation
import GRDB
import Model

/// What `haian verify` found: the chain's length and the first problem, if any.
public struct VerifyReport: Equatable, Sendable {
    public var entries: Int
    public var rowsChecked: Int
    public var sheetsChecked: Int
    /// In words, naming the entry or row; empty when all is sound.
    public var problems: [String]

    public var isSound: Bool { problems.isEmpty }
}

extension AppDatabase {
    /// Checks the audit trail's hash chain entry by entry, that every audited row still reads
    /// as its latest entry left it (a row changed with the sqlite3 shell does not), and that
    /// each sheet's kept total is the sum of its scores.
    public func verify(progress: (String, Double) -> Void = { _, _ in }) throws -> VerifyReport {
        try read { db in
            let entryCount = max(1, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") ?? 0)
            let sheetCount = max(1, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sheet_total") ?? 0)
            var report = VerifyReport(entries: 0, rowsChecked: 0, sheetsChecked: 0, problems: [])
            var previous = ""
            var latest: [String: Row] = [:]
            let entries = try Row.fetchCursor(db, sql: "SELECT * FROM audit ORDER BY id")
            while let row = try entries.next() {
                report.entries += 1
                if report.entries % 5000 == 0 { progress("nhật ký", Double(report.entries) / Double(entryCount) / 2) }
                let id: Int64 = row["id"]
                if row["hash"] as String? != Audit.hash(previous: previous, row) {
                    report.problems.append("Mục nhật ký #\(id) (\(row["at"] as String), \(Self.who(row)), \(row["entity"] as String) #\(row["entity_id"] as Int64)) không khớp chuỗi băm: mục này hoặc mục trước nó đã bị sửa hay xoá.")
                    return report
                }
                previous = row["hash"]
                latest["\(row["entity"] as String)#\(row["entity_id"] as Int64)"] = row.copy()
            }
            for (_, entry) in latest.sorted(by: { ($0.value["id"] as Int64) < ($1.value["id"] as Int64) }) {
                guard let entity = ChangeResult.Entity(rawValue: entry["entity"]) else { continue }
                // Wrong-PIN counts change at every sign-in and are not part of the record.
                let counters: Set<String> = entity == .account ? ["failures", "failed_at"] : []
                let recorded = try Audit.decode(entry["after"])?.filter { !counters.contains($0.key) }
                // A column a later migration added (joined_on, say) is not in older entries:
                // the row is checked on the columns its entry recorded.
                let current = try Audit.snapshot(db, entity, id: entry["entity_id"])?
                    .filter { !counters.contains($0.key) && recorded?[$0.key] != nil }
                report.rowsChecked += 1
                if current != recorded {
                    report.problems.append("Bản ghi \(entity.rawValue) #\(entry["entity_id"] as Int64) khác với mục nhật ký #\(entry["id"] as Int64) (\(entry["at"] as String), \(Self.who(entry))): đã bị sửa ngoài chương trình.")
                }
            }
            report.problems += try Self.rowsWithoutEntries(db, entries: latest)
            // A PIN's hash swapped for one whose PIN someone knows: the digest beside it (which
            // the trail records) no longer fits. Accounts from before the digest have none yet.
            for account in try Row.fetchAll(db, sql: "SELECT name, pin_salt, pin_hash, pin_check FROM account WHERE pin_check IS NOT NULL")
            where PinHash.check(salt: account["pin_salt"], hash: account["pin_hash"]) != account["pin_check"] as String {
                report.problems.append("Mã PIN của tài khoản “\(account["name"] as String)” đã bị thay ngoài chương trình.")
            }
            // A cursor: a province's 250,000 sheets are checked one at a time, not held.
            let sheets = try Row.fetchCursor(db, sql: """
                SELECT st.round_id, st.subject, st.subject_id, st.assessor, st.total,
                  (SELECT SUM(points) FROM score s WHERE s.round_id = st.round_id AND s.subject = st.subject
                   AND s.subject_id = st.subject_id AND s.assessor = st.assessor) AS sum
                FROM sheet_total st
                """)
            while let sheet = try sheets.next() {
                report.sheetsChecked += 1
                if report.sheetsChecked % 5000 == 0 { progress("tổng điểm", 0.5 + Double(report.sheetsChecked) / Double(sheetCount) / 2) }
                let total: Double = sheet["total"], sum: Double? = sheet["sum"]
                if abs(total - (sum ?? .nan)) > 0.000_001 || sum == nil {
                    report.problems.append("Tổng điểm \(sheet["subject"] as String) #\(sheet["subject_id"] as Int64) (vòng #\(sheet["round_id"] as Int64), \(sheet["assessor"] as String)) là \(formatPoints(total)) nhưng các điểm cộng lại \(sum.map(formatPoints) ?? "không có"): điểm đã bị sửa ngoài chương trình.")
                }
            }
            return report
        }
    }

    /// The officers' records every row of which an entry must account for: a row added with
    /// the sqlite3 shell has none. The plan's seeded bodies and the demo's rows (their extent
    /// kept in the demo's own entry of the chain) are the only rows born without one.
    private static func rowsWithoutEntries(_ db: Database, entries: [String: Row]) throws -> [String] {
        var demo: [String: Int64] = [:]
        if let text = try String.fetchOne(db, sql: "SELECT after FROM audit WHERE entity = 'demo' ORDER BY id DESC LIMIT 1"),
           let extent = try? JSONDecoder().decode([String: Int64].self, from: Data(text.utf8)) {
            demo = extent
        }
        let seeded = Set(Plan.namedBodies.map(\.name))
        var problems: [String] = []
        for table in ["account", "unit", "person", "registration", "initiative", "activity", "proposal"] {
            for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) WHERE id > ? ORDER BY id", arguments: [demo[table] ?? 0]) {
                let id: Int64 = row["id"]
                guard entries["\(table)#\(id)"] == nil else { continue }
                if table == "unit", let name = row["name"] as String?, seeded.contains(name), id <= Int64(seeded.count) { continue }
                problems.append("Bản ghi \(table) #\(id) không có mục nhật ký nào: đã được thêm ngoài chương trình.")
                if problems.count >= 20 { return problems }
            }
        }
        return problems
    }

    private static func who(_ row: Row) -> String {
        let who: String = row["who"]
        return who.isEmpty ? "(không tên)" : who
    }
}
