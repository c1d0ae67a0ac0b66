import Foundation
import GRDB
import Model

/// What left the database, for the trail: personal data (names, phone numbers) goes out in
/// exports, documents and backups, and Nghị định 13/2023/NĐ-CP asks who took it.
public enum Disclosure: String, Sendable {
    case export, document, backup
}

extension AppDatabase {
    /// Records that `what` went out to `place` (a file's path, or "màn hình/stdout"), as an entry
    /// of the chain that no row stands behind and undo passes over.
    public func record(_ kind: Disclosure, _ what: String, to place: String, by editor: Editor) throws {
        try write { db in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let detail = String(decoding: try encoder.encode(["what": VietText.normalize(what), "to": place]), as: UTF8.self)
            try db.execute(sql: """
                INSERT INTO audit (at, who, session, entity, entity_id, action, before, after, undoes)
                VALUES (?, ?, ?, 'disclosure', 0, ?, NULL, ?, NULL)
                """, arguments: [timestamp(), editor.who, editor.session, kind.rawValue, detail])
            try Audit.seal(db, entry: db.lastInsertedRowID)
        }
    }
}

extension AppDatabase {
    /// The days (UTC, as the trail keeps them) of the latest `haian backup` and of the first
    /// entry of all, for the start's reminder.
    public func backupDays() throws -> (last: Day?, firstEntry: Day?) {
        try read { db in
            let day = { (sql: String) in try String.fetchOne(db, sql: sql).flatMap { Day(iso: String($0.prefix(10))) } }
            return (try day("SELECT MAX(at) FROM audit WHERE entity = 'disclosure' AND action = 'backup'"),
                    try day("SELECT MIN(at) FROM audit"))
        }
    }
}
