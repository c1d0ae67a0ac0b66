import Model
import Storage
import Testing
@testable import HaiAnTUI

/// A unit owes only the reports due after it joined, by one rule everywhere, and the days
/// left to a deadline are one number everywhere.
@Suite struct JoinedOnTests {
    @Test func aUnitEnteredIn2026OwesNothingDueIn2025() throws {
        let (fixture, start) = try Fixture.demo()
        let joined = Day(2026, 5, 21)!
        let saved = try fixture.database.apply(.saveUnit(Unit(id: 0, name: "Xóm Mới Lập", group: .b, joinedOn: joined)),
                                               by: fixture.editor)
        let today = Fixture.today
        // Reminders (pane 3 and the command), the overdue slide, the detail and the matrix.
        let overdue = try fixture.database.reminders(today: today, days: 0).filter { $0.unitID == saved.id }
        #expect(overdue.isEmpty)
        #expect(try fixture.database.presentationFacts(today: today).overdueReports.allSatisfy { $0.unitID != saved.id })
        let detail = try #require(try fixture.database.unitDetail(id: saved.id))
        #expect(detail.reports.allSatisfy { $0.slot.dueBefore > joined })
        #expect(detail.reports.contains { $0.slot.year == 2026 && $0.slot.kind == .yearEnd })
        let row = MatrixRow(id: saved.id, name: "Xóm Mới Lập", group: .b, received: [:], joinedOn: joined)
        for slot in start.data.slots where slot.year == 2025 { #expect(row.status(slot, today: today) == nil) }
        // The totals expect it only where it owes: one more for 10/12/2026, none more for 2025.
        let before = try Fixture.demo().0.database.reportTally(today: today)
        let after = try fixture.database.reportTally(today: today)
        for slot in start.data.slots where !slot.isCompiled {
            let key = ReportTally.Key(slotID: slot.id, group: .b)
            #expect((after.expected[key] ?? 0) - (before.expected[key] ?? 0) == (slot.dueBefore > joined ? 1 : 0), "\(slot.title)")
        }
    }

    @Test func daysLeftAreOneNumberInTheDetailTheTimelineAndTheSlide() throws {
        let (fixture, start) = try Fixture.demo()
        let today = Fixture.today
        let yearEnd = try #require(start.data.slots.first { $0.kind == .yearEnd && $0.year == 2026 })
        #expect(yearEnd.countdown(today).phrase == "còn 202 ngày, hạn cuối 09/12/2026")
        let milestone = try #require(start.data.milestones.first { $0.kind == .deadline && $0.date == yearEnd.dueBefore })
        #expect(milestone.countdown(today).days == 202)
        // The unit detail, pane 2's footer and slide 1 say the same.
        let hamlet = try #require(start.browser.units.rows.first { $0.unit.group == .b })
        let index = try #require(start.browser.units.rows.firstIndex { $0.unit.id == hamlet.unit.id })
        let detail = fixture.run(start, .move(index), .openDetail)
        #expect(screen(detail).contains("còn 202 ngày, hạn cuối 09/12/2026"))
        let timeline = fixture.run(start, .selectPane(.timeline))
        #expect(screen(timeline).contains("còn 202 ngày, hạn cuối 09/12/2026"))
        let slide = fixture.run(start, .openPresentation)
        #expect(screen(slide).contains("hạn cuối 09/12/2026"))
        #expect(slide.presentation?.facts?.nextMilestone.map { $0.countdown(today).days } == 202)
    }
}
