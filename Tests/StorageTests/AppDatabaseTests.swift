import Foundation
import GRDB
import Model
import Synchronization
import Testing
@testable import Storage

@Suite struct AppDatabaseTests {
    @Test func firstOpenCreatesAnOwnerOnlyWalFileSeededWithThePlan() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("new/haian.sqlite")
        let database = try AppDatabase.open(path: path)
        #expect(database.wasCreated)
        #expect(try database.journalMode() == "wal")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: folder.path("new"))
        #expect((folderAttributes[.posixPermissions] as? Int) == 0o700)

        let data = try database.dashboard()
        let units = try database.units(UnitQuery(year: 2026), offset: 0, limit: 50).rows.map(\.unit)
        #expect(Set(units.map(\.name)) == Set(Plan.namedBodies.map(\.name)))
        #expect(units.allSatisfy { $0.group == .a })
        #expect(data.unitCounts == [.a: Plan.namedBodies.count])
        #expect(data.phases == Plan.phases)
        #expect(data.milestones.count == Plan.milestones.count)
        #expect(data.slots.count == Plan.reportSlots.count)
        #expect(data.templates.count == Plan.rounds.count * ScoringGroup.allCases.count)
        #expect(data.templates.allSatisfy { $0.totalPoints == 100 })
        #expect(data.rounds.map(\.quota) == Plan.rounds.map(\.quota))
        #expect(data.bands == Plan.bands)
        #expect(data.movement.commune == "Hải An")
    }

    @Test func twoOpensAtOnceOfANewFileBothSucceedAndSeedItOnce() throws {
        let folder = try TemporaryDirectory()
        for trial in 0..<8 {
            let path = folder.path("race-\(trial).sqlite")
            let results = Mutex<[Result<Bool, Error>]>([])
            DispatchQueue.concurrentPerform(iterations: 2) { _ in
                let result = Result { try AppDatabase.open(path: path).wasCreated }
                results.withLock { $0.append(result) }
            }
            let created = try results.withLock { try $0.map { try $0.get() } }
            #expect(created.filter { $0 }.count == 1 && created.count == 2, "trial \(trial)")
            let units = try AppDatabase.open(path: path).units(UnitQuery(year: 2026), offset: 0, limit: 1).total
            #expect(units == Plan.namedBodies.count, "trial \(trial)")
        }
    }

    @Test func secondOpenDoesNotSeedAgain() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("haian.sqlite")
        _ = try AppDatabase.open(path: path)
        let again = try AppDatabase.open(path: path)
        #expect(!again.wasCreated)
        let data = try again.dashboard()
        #expect(data.activeUnits == Plan.namedBodies.count)
        #expect(data.milestones.count == Plan.milestones.count)
    }

    @Test func unitsComeInGroupThenVietnameseOrder() throws {
        let folder = try TemporaryDirectory()
        let database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        let names = try database.units(UnitQuery(year: 2026), offset: 0, limit: 50).rows.map(\.unit.name)
        #expect(names == names.sorted(by: VietText.precedes))
        #expect(names.first == "Ban Xây dựng Đảng" && names.last == "Ủy ban MTTQ xã")
    }

    @Test func migrationsCreateTheSchema() throws {
        let folder = try TemporaryDirectory()
        let database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        let tables = try database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        for table in ["person", "registration", "initiative", "round", "score", "audit", "unit", "phase", "milestone", "report_slot", "report_receipt", "criteria_template", "criterion", "band", "setting"] {
            #expect(tables.contains(table), "\(table)")
        }
        let applied = try database.pool.read { try Migrations.migrator.appliedIdentifiers($0) }
        #expect(applied.contains("v1-schema") && applied.contains("v2-people-initiatives-scores-audit"))
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAndLeftUntouched() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("notes.txt")
        let bytes = Data("Biên bản họp hội đồng, không phải cơ sở dữ liệu.\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path)) { try AppDatabase.open(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aDatabaseFromANewerSchemaIsRefusedAndLeftUntouched() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("haian.sqlite")
        do {
            let database = try AppDatabase.open(path: path)
            try database.pool.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')") }
            try database.pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerSchema(path)) { try AppDatabase.open(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test(.enabled(if: geteuid() != 0, "root may write read-only files"))
    func aReadOnlyFileIsRefused() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("haian.sqlite")
        _ = try AppDatabase.open(path: path)
        chmod(path, 0o400)
        #expect(throws: StoreError.readOnly(path)) { try AppDatabase.open(path: path) }
    }

    @Test func aFolderGivenAsTheDatabaseIsRefused() throws {
        let folder = try TemporaryDirectory()
        #expect(throws: StoreError.notADatabase(folder.url.path)) { try AppDatabase.open(path: folder.url.path) }
    }

    @Test func defaultPathFollowsXdgThenHome() {
        #expect(AppDatabase.defaultPath(environment: ["XDG_DATA_HOME": "/srv/data", "HOME": "/home/can-bo"])
            == "/srv/data/haian/haian.sqlite")
        #expect(AppDatabase.defaultPath(environment: ["HOME": "/home/can-bo"])
            == "/home/can-bo/.local/share/haian/haian.sqlite")
        #expect(AppDatabase.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/x"])
            == "/home/x/.local/share/haian/haian.sqlite")
    }
}

@Suite struct DamagedOrBusyDatabaseTests {
    @Test func aCorruptFileWithASQLiteHeaderIsRefusedAndLeftUntouched() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("hong.sqlite")
        var bytes = Data("SQLite format 3\u{0}".utf8)
        bytes.append(Data((0..<4080).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }))
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try AppDatabase.open(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func aDatabaseLockedByAnotherProgramIsRefusedWithAMessage() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("haian.sqlite")
        _ = try AppDatabase.open(path: path)
        // Another program holds the write lock for longer than our busy timeout.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: configuration)
        try other.inDatabase { try $0.execute(sql: "BEGIN EXCLUSIVE") }
        defer { try? other.inDatabase { try $0.execute(sql: "ROLLBACK") } }
        #expect(throws: StoreError.locked(path)) { try AppDatabase.open(path: path) }
        #expect(StoreError.locked(path).message.contains("đang bị chương trình khác khoá"))
    }
}
