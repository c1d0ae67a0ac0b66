import Foundation
import Model
import Testing
@testable import Storage

@Suite struct ActivityStorageTests {
    let editor = Editor()
    let folder: TemporaryDirectory
    let database: AppDatabase

    init() throws {
        folder = try TemporaryDirectory()
        database = try AppDatabase.open(path: folder.path("haian.sqlite"))
    }

    @Test func activitiesAreListedByPhaseWithTheirUnitAndCounted() throws {
        try database.apply(.saveUnit(Unit(id: 0, name: "Xóm Đông", group: .b)), by: editor)
        let phases = try database.dashboard().phases
        let early = Activity(title: "Tuyên truyền NQ 57", area: .a, start: Day(2025, 8, 1)!, end: Day(2026, 3, 31)!, progress: 70)
        let late = Activity(title: "Bản đồ số", area: .h, start: Day(2028, 1, 1)!, end: Day(2028, 12, 31)!)
        try database.apply(.saveActivity(early, unitName: "xóm đông"), by: editor)
        try database.apply(.saveActivity(late, unitName: ""), by: editor)
        let first = try database.activities(ActivityQuery(phases[0]), offset: 0, limit: 10)
        #expect(first.total == 1)
        #expect(first.rows.first?.unitName == "Xóm Đông")
        #expect(try database.activities(ActivityQuery(phases[1]), offset: 0, limit: 10).rows.map(\.unitName) == [""])
        let summary = try database.activitySummary(ActivityQuery(phases[0]), today: Day(2026, 5, 21)!, elapsed: 0.45)
        #expect(summary == PhaseSummary(done: 0, running: 0, overdue: 1, upcoming: 0, elapsed: 0.45))
    }

    @Test func aBadActivityOrAnUnknownUnitIsRefusedAndArchiveCanBeUndone() throws {
        let phase = try database.dashboard().phases[0]
        let activity = Activity(title: "Số hoá", area: .g, start: Day(2026, 1, 1)!, end: Day(2026, 2, 1)!)
        #expect(throws: StoreError.self) { try database.apply(.saveActivity(activity, unitName: "Không có xóm này"), by: editor) }
        var wrong = activity
        wrong.progress = 120
        #expect(throws: StoreError.self) { try database.apply(.saveActivity(wrong, unitName: ""), by: editor) }
        #expect(try database.activities(ActivityQuery(phase), offset: 0, limit: 10).total == 0)
        let id = try database.apply(.saveActivity(activity, unitName: ""), by: editor).id
        try database.apply(.setActivityArchived(id: id, archived: true), by: editor)
        #expect(try database.activities(ActivityQuery(phase), offset: 0, limit: 10).total == 0)
        try database.undoLast(by: editor)
        #expect(try database.activities(ActivityQuery(phase), offset: 0, limit: 10).rows.map(\.id) == [id])
    }
}
