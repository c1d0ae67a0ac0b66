import Foundation
import GRDB
import Model
import Testing
@testable import Storage

@Suite struct VerifyTests {
    let editor = Editor(who: "Cán bộ A")
    let folder: TemporaryDirectory
    let database: AppDatabase
    let unit: Int64

    init() throws {
        folder = try TemporaryDirectory()
        database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        unit = try database.apply(.saveUnit(Unit(id: 0, name: "Xóm Đông", group: .b)), by: editor).id
        let data = try database.dashboard()
        let round = try #require(data.rounds.first { $0.code == "2026" })
        let template = try #require(data.template(round: round.id, group: .collective(.b)))
        for (index, points) in [8.0, 7.5].enumerated() {
            let cell = ScoreCell(roundID: round.id, subject: .unit, subjectID: unit, assessor: .council,
                                 criterionID: template.criteria[index].id)
            try database.apply(.setScore(cell, points: points, expected: nil), by: editor)
        }
        _ = try database.undoLast(by: editor)
    }

    /// Another connection, as the sqlite3 shell would be.
    private func behindTheBack(_ sql: String) throws {
        let queue = try DatabaseQueue(path: folder.path("haian.sqlite"))
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
    }

    @Test func anUntouchedTrailVerifies() throws {
        let report = try database.verify()
        #expect(report.isSound)
        #expect(report.entries == 4 && report.rowsChecked == 3 && report.sheetsChecked == 1, "\(report)")
    }

    @Test func aScoreChangedBehindTheProgramsBackIsNamed() throws {
        try behindTheBack("UPDATE score SET points = 1")
        let problems = try database.verify().problems
        #expect(problems.count == 2)
        #expect(problems[0].hasPrefix("Bản ghi score #1 khác với mục nhật ký #2"))
        #expect(problems[0].contains("Cán bộ A"))
        #expect(problems[1].contains("Tổng điểm unit #\(unit)"))
    }

    @Test func anEditedOrRemovedEntryBreaksTheChainFromThere() throws {
        try behindTheBack("UPDATE audit SET who = 'Người khác' WHERE id = 2")
        let edited = try database.verify().problems
        #expect(edited.count == 1 && edited[0].hasPrefix("Mục nhật ký #2 "))
        try behindTheBack("UPDATE audit SET who = 'Cán bộ A' WHERE id = 2; DELETE FROM audit WHERE id = 2")
        #expect(try database.verify().problems.first?.hasPrefix("Mục nhật ký #3 ") == true)
    }

    @Test func anArchivedUnitUnarchivedByHandIsNamed() throws {
        try database.apply(.setUnitArchived(id: unit, archived: true), by: editor)
        try behindTheBack("UPDATE unit SET archived = 0 WHERE id = \(unit)")
        #expect(try database.verify().problems.first?.hasPrefix("Bản ghi unit #\(unit) khác với mục nhật ký #5") == true)
    }
}

@Suite struct RecordHistoryTests {
    @Test func aUnitsTrailSaysWhatChangedInEachEntry() throws {
        let folder = try TemporaryDirectory()
        let database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        let editor = Editor(who: "Cán bộ B")
        var unit = Unit(id: 0, name: "Xóm Đoài", group: .b)
        unit.id = try database.apply(.saveUnit(unit), by: editor).id
        unit.head = "Lê Văn Hải"
        try database.apply(.saveUnit(unit), by: editor)
        try database.apply(.setUnitArchived(id: unit.id, archived: true), by: editor)
        let trail = try database.history(of: .unit, id: unit.id)
        #expect(trail.map(\.action) == ["create", "update", "archive"])
        #expect(trail.map(\.summary) == ["Xóm Đoài", "Người đứng đầu: — → Lê Văn Hải", "Lưu trữ: không → có"])
        #expect(trail.allSatisfy { $0.who == "Cán bộ B" })
    }
}
