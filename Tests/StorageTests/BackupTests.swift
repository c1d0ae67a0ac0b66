import Foundation
import Model
import Testing
@testable import Storage

@Suite struct BackupTests {
    let folder: TemporaryDirectory
    let database: AppDatabase

    init() throws {
        folder = try TemporaryDirectory()
        database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        try database.apply(.saveUnit(Unit(id: 0, name: "Xóm Sao Lưu", group: .b)), by: Editor())
    }

    private func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func aBackupIsAWholeOwnerOnlyDatabaseWithEverythingSaved() throws {
        let target = folder.path("copy.sqlite")
        try database.backup(to: target)
        #expect(try mode(target) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: target + ".dang-chep"))
        let copy = try AppDatabase.open(path: target)
        #expect(try copy.units(UnitQuery(year: 2026), offset: 0, limit: 50).rows.contains { $0.unit.name == "Xóm Sao Lưu" })
    }

    @Test func dailyCopiesAreMadeOnceADayAndOnlySevenAreKept() throws {
        var day = Day(2026, 11, 1)!
        for _ in 0..<9 {
            #expect(try database.dailyBackup(day: day) != nil)
            day = day.adding(days: 1)
        }
        #expect(try database.dailyBackup(day: day.adding(days: -1)) == nil)
        let files = try FileManager.default.contentsOfDirectory(atPath: database.dailyBackupFolder).sorted()
        let kept = files.filter { $0.hasSuffix(".sqlite") }
        // Each copy has its check code beside it, and goes with it.
        #expect(files.filter { $0.hasSuffix(".ma-kiem-tra.txt") } == kept.map { $0 + ".ma-kiem-tra.txt" })
        #expect(kept.count == AppDatabase.dailyCopies)
        #expect(kept.first == "haian-2026-11-03.sqlite" && kept.last == "haian-2026-11-09.sqlite")
        #expect(try kept.allSatisfy { try mode((database.dailyBackupFolder as NSString).appendingPathComponent($0)) == 0o600 })
    }

    @Test func twoDatabasesInOneFolderEachKeepTheirOwnDailyCopies() throws {
        let demo = try AppDatabase.open(path: folder.path("haian-demo.sqlite"))
        var day = Day(2026, 11, 1)!
        for _ in 0..<9 {
            #expect(try database.dailyBackup(day: day) != nil)
            #expect(try demo.dailyBackup(day: day) != nil)
            day = day.adding(days: 1)
        }
        let kept = try FileManager.default.contentsOfDirectory(atPath: database.dailyBackupFolder).sorted().filter { $0.hasSuffix(".sqlite") }
        #expect(kept.filter { $0.hasPrefix("haian-demo-") }.count == AppDatabase.dailyCopies)
        #expect(kept.filter { !$0.hasPrefix("haian-demo-") }.count == AppDatabase.dailyCopies)
        #expect(kept.contains("haian-demo-2026-11-09.sqlite") && kept.contains("haian-2026-11-09.sqlite"))
    }
}
