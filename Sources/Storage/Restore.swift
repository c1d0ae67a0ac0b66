import Foundation
import GRDB
import Model

/// What a database (or a backup) holds, to set side by side before a restore.
public struct StoreFacts: Equatable, Sendable {
    public var units: Int
    public var people: Int
    public var proposals: Int
    public var entries: Int
    /// The latest change: when and who.
    public var lastChange: String
    public var code: CheckCode
}

/// A backup checked and staged beside the database, ready to put back.
public struct StagedRestore: Sendable {
    public let backup: String
    public let facts: StoreFacts
    let staged: AppDatabase
}

extension AppDatabase {
    public func facts() throws -> StoreFacts {
        try read { db in
            let count = { (table: String) in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            let last = try Row.fetchOne(db, sql: "SELECT at, who FROM audit WHERE entity <> 'disclosure' ORDER BY id DESC LIMIT 1")
            let when = (last?["at"] as String?).map { "\($0.prefix(10)) \($0.dropFirst(11).prefix(5)) UTC" } ?? "—"
            let who = (last?["who"] as String?).map { $0.isEmpty ? "(không tên)" : $0 } ?? ""
            return StoreFacts(units: try count("unit"), people: try count("person"), proposals: try count("proposal"),
                              entries: try count("audit"), lastChange: who.isEmpty ? when : "\(when), \(who)",
                              code: try Self.checkCode(db))
        }
    }

    /// Copies the backup beside the database (the backup itself is never written), brings it
    /// to this version and checks it whole: SQLite's integrity, the trail, the rows it vouches for.
    public func stageRestore(from backup: String) throws -> StagedRestore {
        guard FileManager.default.fileExists(atPath: backup) else {
            throw StoreError.failed("không có tệp sao lưu \(backup).")
        }
        let staged = FilePath.split(path).folder + ".khoi-phuc-\(UUID().uuidString).sqlite"
        let source: DatabaseQueue
        do {
            var configuration = Configuration()
            configuration.readonly = true
            source = try DatabaseQueue(path: backup, configuration: configuration)
        } catch {
            throw StoreError.notADatabase(backup)
        }
        defer { try? source.close() }
        try Self.createOwnerOnly(staged, reporting: staged)
        do {
            let copy = try DatabaseQueue(path: staged)
            try source.backup(to: copy)
            let integrity = try copy.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
            try copy.close()
            guard integrity == "ok" else { throw StoreError.corrupt(backup) }
            let database = try AppDatabase.open(path: staged)
            let report = try database.verify()
            guard report.isSound else {
                throw StoreError.failed("bản sao lưu \(backup) không qua kiểm tra nhật ký: \(report.problems[0])")
            }
            return StagedRestore(backup: backup, facts: try database.facts(), staged: database)
        } catch let error as DatabaseError {
            Self.removeStaged(staged)
            throw Self.translate(error, path: backup)
        } catch {
            Self.removeStaged(staged)
            throw error
        }
    }

    /// Whether another program has this file open now: each SQLite connection in WAL mode holds
    /// a read lock on one byte of the `-shm` file (its "DMS" slot), which `F_GETLK` sees from here
    /// (a process's own locks are not reported to it).
    public func isOpenElsewhere() -> Bool {
        let fd = Glibc.open(path + "-shm", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = 128
        lock.l_len = 1
        guard fcntl(fd, F_GETLK, &lock) == 0 else { return false }
        return lock.l_type != Int16(F_UNLCK)
    }

    /// Puts the staged backup in place of what the database holds: the current file is kept first
    /// as `keep`, then the backup is copied in through SQLite's backup (atomic for any reader),
    /// and the restore itself is the trail's next entry.
    public func restore(_ restore: StagedRestore, keeping keep: String, by editor: Editor) throws {
        defer { Self.removeStaged(restore.staged.path) }
        guard !isOpenElsewhere() else { throw StoreError.locked(path) }
        try backup(to: keep)
        do {
            try restore.staged.pool.backup(to: pool)
            try pool.write { db in
                let encoder = JSONEncoder()
                encoder.outputFormatting = .sortedKeys
                let after = String(decoding: try encoder.encode(["from": restore.backup, "code": restore.facts.code.description, "kept": keep]),
                                   as: UTF8.self)
                try db.execute(sql: """
                    INSERT INTO audit (at, who, session, entity, entity_id, action, before, after, undoes)
                    VALUES (?, ?, ?, 'restore', 0, 'restore', NULL, ?, NULL)
                    """, arguments: [timestamp(), editor.who, editor.session, after])
                try Audit.seal(db, entry: db.lastInsertedRowID)
            }
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path)
        }
    }

    private static func removeStaged(_ path: String) {
        for suffix in ["", "-wal", "-shm", ".ma-kiem-tra.txt"] { unlink(path + suffix) }
    }
}
