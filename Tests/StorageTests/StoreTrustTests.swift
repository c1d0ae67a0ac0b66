import Foundation
import GRDB
import Model
import Testing
@testable import Storage

/// The store against mistakes: demo data never replaces an officer's records, and a file that
/// is not HaiAn's (another program's SQLite file, a link to nothing) is refused unchanged.
@Suite struct StoreTrustTests {
    let folder: TemporaryDirectory
    let editor = Editor(who: "Cán bộ")

    init() throws {
        folder = try TemporaryDirectory()
    }

    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func aDemoOnceChangedByAnOfficerIsNeverReplacedByTheDemo() throws {
        let path = folder.path("demo.sqlite")
        let database = try AppDatabase.open(path: path)
        _ = try database.writeDemo(scale: .commune, seed: 1)
        // A demo file holding nothing else is replaced (a second demo).
        _ = try database.writeDemo(scale: .commune, seed: 2)
        // An officer's unit, then the demo again: refused, every byte as it was.
        try database.apply(.saveUnit(Unit(id: 0, name: "Xóm Nhập Thật", group: .b)), by: editor)
        let entries = try database.verify().entries
        let before = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM unit") }
        #expect(throws: StoreError.holdsRealData(path)) { try database.writeDemo(scale: .commune, seed: 1) }
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM unit") } == before)
        #expect(try database.verify().entries == entries && entries > 0)
    }

    @Test func aLinkToNothingIsRefusedAndNothingIsCreated() throws {
        let link = folder.path("lien-ket.sqlite")
        let target = folder.path("khong-co/ở-đâu.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(throws: StoreError.notADatabase(link)) { try AppDatabase.open(path: link) }
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == target)
    }

    @Test func anotherProgramsSQLiteFileIsLeftByteForByte() throws {
        let path = folder.path("khac.sqlite")
        let other = try DatabaseQueue(path: path)
        try other.write { db in
            try db.execute(sql: "CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('An', '0912')")
        }
        try other.close()
        let before = try bytes(path)
        #expect(throws: StoreError.notADatabase(path)) { try AppDatabase.open(path: path) }
        #expect(try bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    /// Another connection, as the sqlite3 shell or an attacker's script would be.
    private func behindTheBack(_ path: String, _ body: (Database) throws -> Void) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write(body)
        try queue.close()
    }

    /// The attacker's rewrite: every entry's hash computed again from the file's own rule.
    private static func rechain(_ db: Database) throws {
        var previous = ""
        for row in try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id") {
            let hash = Audit.hash(previous: previous, row)
            try db.execute(sql: "UPDATE audit SET hash = ? WHERE id = ?", arguments: [hash, row["id"] as Int64])
            previous = hash
        }
    }

    private func signedDatabase() throws -> (AppDatabase, String, Int64) {
        let path = folder.path("that.sqlite")
        let database = try AppDatabase.open(path: path)
        let id = try database.apply(.saveUnit(Unit(id: 0, name: "Xóm Đông", group: .b)), by: editor).id
        for name in ["Xóm Tây", "Xóm Nam", "Xóm Bắc"] { try database.apply(.saveUnit(Unit(id: 0, name: name, group: .b)), by: editor) }
        return (database, path, id)
    }

    @Test func theCodeOnPaperRevealsAConsistentRewriteOfTheChain() throws {
        let (database, path, id) = try signedDatabase()
        let code = try database.checkCode()
        #expect(code.entry == 4 && code.hash.count == 8)
        #expect(try database.problem(with: code) == nil && CheckCode(code.description) == code)
        // The attacker renames the unit in the row and in its entry, then rebuilds the chain.
        try behindTheBack(path) { db in
            try db.execute(sql: "UPDATE unit SET name = 'Xóm Đông Giả', name_fold = 'xom dong gia' WHERE id = ?", arguments: [id])
            let after = try String.fetchOne(db, sql: "SELECT after FROM audit WHERE entity = 'unit' AND entity_id = ?", arguments: [id])!
            try db.execute(sql: "UPDATE audit SET after = ?, who = 'Người khác' WHERE entity = 'unit' AND entity_id = ?",
                           arguments: [after.replacingOccurrences(of: "Xóm Đông", with: "Xóm Đông Giả")
                               .replacingOccurrences(of: "xom dong", with: "xom dong gia"), id])
            try Self.rechain(db)
        }
        // The chain vouches for itself; the code does not.
        #expect(try database.verify().problems.filter { $0.contains("chuỗi băm") }.isEmpty)
        let problem = try #require(try database.problem(with: code))
        #expect(problem.contains("#4") && problem.contains("viết lại"))
    }

    @Test func theCodeRevealsACutTail() throws {
        let (database, path, _) = try signedDatabase()
        let code = try database.checkCode()
        try behindTheBack(path) { db in
            try db.execute(sql: "DELETE FROM unit WHERE id IN (SELECT entity_id FROM audit WHERE id > 2 AND entity = 'unit')")
            try db.execute(sql: "DELETE FROM audit WHERE id > 2")
        }
        #expect(try database.verify().isSound)
        #expect(try database.problem(with: code)?.contains("đã bị xoá") == true)
    }

    @Test func anAccountInsertedWithoutAnEntryIsFound() throws {
        let (database, path, _) = try signedDatabase()
        try behindTheBack(path) { db in
            try db.execute(sql: """
                INSERT INTO account (name, name_key, role, pin_salt, pin_hash, pin_rounds, created_at, updated_at)
                VALUES ('Kẻ Lạ', 'ke la', 'quan_tri', x'00', x'00', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
                """)
        }
        let report = try database.verify()
        #expect(report.problems.contains { $0.contains("account #") && $0.contains("không có mục nhật ký") })
    }

    @Test func aDemoVerifiesAndItsRowsAreKnownFromRowsAddedBehindItsBack() throws {
        let path = folder.path("demo.sqlite")
        let database = try AppDatabase.open(path: path)
        _ = try database.writeDemo(scale: .commune, seed: 1)
        #expect(try database.verify().isSound)
        try behindTheBack(path) { db in
            try db.execute(sql: "INSERT INTO person (name, name_fold, name_sort, kind, phone, joined_on, created_at, updated_at) "
                           + "VALUES ('Người Lạ', 'nguoi la', 'la', 'can_bo', '', '2026-01-01', 'x', 'x')")
        }
        #expect(try database.verify().problems.contains { $0.contains("person #") })
    }

    @Test func aBackupCarriesItsCodeBesideIt() throws {
        let (database, _, _) = try signedDatabase()
        let target = folder.path("sao-luu.sqlite")
        let code = try database.backup(to: target)
        #expect(code == (try database.checkCode()))
        let sidecar = try String(contentsOfFile: AppDatabase.codeFile(of: target), encoding: .utf8)
        #expect(sidecar.contains("Mã kiểm tra: \(code)"))
        let copy = try AppDatabase.open(path: target)
        #expect(try copy.problem(with: code) == nil && copy.verify().isSound)
    }

    @Test func aBackupIsPutBackWithTheReplacedFileKept() throws {
        let (database, path, id) = try signedDatabase()
        let target = folder.path("sao-luu.sqlite")
        let code = try database.backup(to: target)
        let backupBytes = try bytes(target)
        // A change after the backup, then the restore.
        try database.apply(.setUnitArchived(id: id, archived: true), by: editor)
        let staged = try database.stageRestore(from: target)
        let units = try database.facts().units
        #expect(staged.facts.code == code && staged.facts.units == units)
        let keep = folder.path("that.truoc-khoi-phuc-2026-05-21.sqlite")
        try database.restore(staged, keeping: keep, by: Editor(who: "Quản trị"))
        // The change is gone, the file before it kept, the trail passes through the backup's code.
        #expect(try database.read { db in try Bool.fetchOne(db, sql: "SELECT archived FROM unit WHERE id = ?", arguments: [id]) } == false)
        let kept = try AppDatabase.open(path: keep)
        #expect(try kept.read { db in try Bool.fetchOne(db, sql: "SELECT archived FROM unit WHERE id = ?", arguments: [id]) } == true)
        #expect(try database.verify().isSound)
        #expect(try database.problem(with: code) == nil)
        #expect(try bytes(target) == backupBytes, "the backup itself is never written")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix(".khoi-phuc") }.isEmpty)
        _ = path
    }

    @Test func aBrokenBackupIsRefusedAndNothingChanges() throws {
        let (database, _, _) = try signedDatabase()
        let target = folder.path("hong.sqlite")
        try Data("SQLite format 3\u{0}không phải".utf8).write(to: URL(fileURLWithPath: target))
        let before = try database.facts()
        #expect(throws: StoreError.self) { try database.stageRestore(from: target) }
        #expect(try database.facts() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix(".khoi-phuc") }.isEmpty)
    }

    @Test func aRestoreWaitsWhileAnotherProgramHasTheFileOpen() throws {
        let (database, path, _) = try signedDatabase()
        let target = folder.path("sao-luu.sqlite")
        try database.backup(to: target)
        #expect(!database.isOpenElsewhere())
        // Another program: python's sqlite3 reading the file, held open a few seconds.
        let other = Process()
        other.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        other.arguments = ["python3", "-c", """
            import sqlite3, sys, time
            c = sqlite3.connect(sys.argv[1]); c.execute('select count(*) from unit').fetchall()
            print('open', flush=True); time.sleep(4)
            """, path]
        let pipe = Pipe()
        other.standardOutput = pipe
        try other.run()
        defer { other.terminate(); other.waitUntilExit() }
        _ = pipe.fileHandleForReading.availableData
        #expect(database.isOpenElsewhere())
        let staged = try database.stageRestore(from: target)
        #expect(throws: StoreError.locked(path)) { try database.restore(staged, keeping: folder.path("giu.sqlite"), by: editor) }
        #expect(!FileManager.default.fileExists(atPath: folder.path("giu.sqlite")))
    }

    /// Every SQLite failure a user can meet is one Vietnamese sentence with what to do; SQLite's
    /// English never reaches the screen.
    @Test func sqliteFailuresAreSaidInVietnamese() {
        for code in [ResultCode.SQLITE_FULL, .SQLITE_IOERR, .SQLITE_NOMEM, .SQLITE_BUSY, .SQLITE_CORRUPT, .SQLITE_READONLY,
                     .SQLITE_TOOBIG, .SQLITE_CONSTRAINT, .SQLITE_PROTOCOL, .SQLITE_ERROR] {
            let message = AppDatabase.translate(DatabaseError(resultCode: code, message: "database or disk is full"), path: "/x.sqlite").message
            #expect(!message.contains("database or disk") && !message.contains("not an error"), "\(code): \(message)")
            #expect(message.contains("thử lại") || message.contains("khôi phục") || message.contains("kiểm tra") || message.contains("không lưu"),
                    "\(code): \(message)")
        }
        #expect(AppDatabase.translate(DatabaseError(resultCode: .SQLITE_FULL), path: "/x.sqlite").message.contains("đã đầy"))
    }
}
