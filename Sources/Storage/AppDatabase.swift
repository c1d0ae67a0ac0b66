import Foundation
import GRDB
import Model

/// The one SQLite file: a WAL `DatabasePool`, migrated and seeded on open.
public final class AppDatabase: Sendable {
    public let path: String
    /// Two programs started at once on a new (or older) file both migrate it: GRDB reads what
    /// was applied, then applies the rest, and the other program can commit a step in between
    /// ("duplicate column"). Each step is its own transaction, so looking again, for up to
    /// three seconds, finds the other's work done or resumes after it.
    private static func migrate(_ pool: DatabasePool, with migrator: DatabaseMigrator) throws {
        var attempt = 1
        while true {
            do {
                return try migrator.migrate(pool)
            } catch is DatabaseError where attempt < 30 {
                if (try? pool.read(migrator.hasCompletedMigrations)) == true { return }
                attempt += 1
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
    }

    /// True when this open created the file and seeded the plan into it.
    public let wasCreated: Bool
    /// Opened for reading only (`openForReading`): every write is refused as read-only.
    public let readOnly: Bool
    let pool: any DatabaseWriter
    /// The units' and the people's names, kept while a search is typed.
    let unitSearch = KeptNames<UnitQuery>()
    let personSearch = KeptNames<PersonQuery>()

    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        DatabaseFile.defaultPath(environment: environment)
    }

    /// Opens (creating and seeding when missing) the database at `path`. Every refusal
    /// is a `StoreError` with a Vietnamese message, and leaves an existing file's bytes as they were.
    public static func open(path: String) throws -> AppDatabase {
        let created = try DatabaseFile.prepare(path: path)
        do {
            let migrator = Migrations.migrator
            if !created { try refuseNewerSchema(path: path, migrator: migrator) }
            var configuration = Configuration()
            configuration.busyMode = .timeout(2)
            configuration.foreignKeysEnabled = true
            // The program reads from one thread at a time (the daily copy from another): two
            // readers, not GRDB's five, each with its own page cache — of 1 MB, not 2: a screen's
            // window is small, and at province size this keeps peak RSS under 40 MB with no
            // keystroke slower (scripts/bench).
            configuration.maximumReaderCount = 2
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -1024") }
            let pool = try DatabasePool(path: path, configuration: configuration)
            try migrate(pool, with: migrator)
            try pool.write { try Seed.seedIfNeeded($0, now: timestamp()) }
            return AppDatabase(path: path, wasCreated: created, readOnly: false, pool: pool)
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
    }

    /// Opens an existing, up-to-date database without writing to it: for the commands that only
    /// read, when `open` is refused because another program holds the write lock (a long import;
    /// WAL readers never wait for a writer) or the file is on read-only media (a CD of the archive,
    /// where even the -shm file cannot be made: then SQLite is told the file cannot change).
    public static func openForReading(path: String) throws -> AppDatabase {
        try DatabaseFile.checkExisting(path: path)
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(2)
        configuration.foreignKeysEnabled = true
        func attempt(_ location: String) throws -> DatabaseQueue {
            let queue = try DatabaseQueue(path: location, configuration: configuration)
            let migrator = Migrations.migrator
            let state = try queue.read { db -> Int in
                guard try db.tableExists("grdb_migrations") else { return 0 }
                if try migrator.hasBeenSuperseded(db) { return 1 }
                return try migrator.hasCompletedMigrations(db) ? 3 : 2
            }
            switch state {
            case 0: throw StoreError.notADatabase(path)
            case 1: throw StoreError.newerSchema(path)
            case 2: throw StoreError.failed("cơ sở dữ liệu \(path) cần nâng cấp lên phiên bản này, việc cần ghi vào tệp: hãy mở ở nơi ghi được. Tệp được giữ nguyên.")
            default: return queue
            }
        }
        do {
            do {
                return AppDatabase(path: path, wasCreated: false, readOnly: true, pool: try attempt(path))
            } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) {
                // Debian's SQLite reads URIs (SQLITE_USE_URI); immutable=1 needs no -shm at all.
                let escaped = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
                return AppDatabase(path: path, wasCreated: false, readOnly: true, pool: try attempt("file:\(escaped)?immutable=1"))
            }
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
    }

    /// Looks read-only first: opening a pool writes to the file (GRDB makes sure the WAL
    /// exists), and a file from a newer version must be left byte for byte as it was.
    private static func refuseNewerSchema(path: String, migrator: DatabaseMigrator) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(2)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        // A file another program is making this moment may not have the table yet: nothing newer.
        if try queue.read({ try $0.tableExists("grdb_migrations") && migrator.hasBeenSuperseded($0) }) {
            throw StoreError.newerSchema(path)
        }
        // Another program's SQLite file: tables, but neither HaiAn's migrations nor any table of
        // HaiAn's (a file another HaiAn is creating this moment has some). Left as it is. One
        // statement, so one snapshot: the other program may commit between two.
        let ours = ["grdb_migrations", "account", "activity", "audit", "band", "band_v4", "commune_setting", "criteria_template",
                    "criterion", "criterion_v4", "draft", "initiative", "meeting", "milestone", "person", "phase", "proposal",
                    "receipt_v3", "registration", "report_receipt", "report_slot", "report_writing", "round", "score", "score_v4",
                    "setting", "sheet_total", "template_v4", "unit"].map { "'\($0)'" }.joined(separator: ", ")
        let foreign = try queue.read { db in
            try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%')
                   AND NOT EXISTS (SELECT 1 FROM sqlite_master WHERE name IN (\(ours)))
                """) ?? false
        }
        if foreign { throw StoreError.notADatabase(path) }
    }

    private init(path: String, wasCreated: Bool, readOnly: Bool, pool: any DatabaseWriter) {
        self.path = path
        self.wasCreated = wasCreated
        self.readOnly = readOnly
        self.pool = pool
    }

    /// "wal" once open; checked by tests and the start-up benchmark.
    public func journalMode() throws -> String {
        try pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// SQLite's count of commits made by other connections — other processes included — as
    /// seen from this process's writer, which sees its own commits as its own: a change means
    /// someone else saved something.
    public func dataVersion() throws -> Int {
        do {
            return try pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
        } catch let error as DatabaseError {
            throw AppDatabase.translate(error, path: path)
        }
    }

    /// One read transaction; SQLite's refusals become Vietnamese `StoreError`s.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw AppDatabase.translate(error, path: path)
        }
    }

    /// One write transaction; SQLite's refusals become Vietnamese `StoreError`s.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as DatabaseError {
            throw AppDatabase.translate(error, path: path)
        }
    }

    static func translate(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path)
        case .SQLITE_NOTADB: return .notADatabase(path)
        case .SQLITE_CORRUPT: return .corrupt(path)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM: return .readOnly(path)
        case .SQLITE_FULL: return .diskFull(path)
        case .SQLITE_IOERR: return .ioError(path)
        case .SQLITE_NOMEM: return .failed("máy hết bộ nhớ; hãy đóng bớt chương trình rồi thử lại. Dữ liệu đã lưu không đổi.")
        case .SQLITE_TOOBIG: return .failed("một giá trị quá lớn để lưu: hãy rút ngắn rồi thử lại. Dữ liệu đã lưu không đổi.")
        case .SQLITE_CONSTRAINT: return .failed("bản ghi trái quy tắc của cơ sở dữ liệu (trùng hoặc thiếu liên kết); không lưu gì.")
        // SQLite's own words are English: the code is kept, for whoever helps.
        default: return .failed("mã lỗi SQLite \(error.resultCode.rawValue). Dữ liệu đã lưu không đổi; thử lại, hoặc khôi phục từ bản sao lưu.")
        }
    }
}

/// Wall-clock time for "when" columns, as ISO 8601 in UTC ("2026-05-21T08:30:00Z"); rules
/// never read it (they take today as a parameter). Formatted from the C clock: an
/// ISO8601DateFormatter costs an ICU formatter a call, and an import writes 200,000 of these.
func timestamp() -> String {
    var now = time(nil)
    var parts = tm()
    gmtime_r(&now, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
}
