import Model
import SnapshotTesting
import Storage
import Testing
@testable import HaiAnTUI

/// Pane 3 on the commune demo (seed 3), 21/05/2026: the matrix, its totals, receipts, reminders.
@Suite struct ReportsPaneTests {
    @Test func matrixAt120x40() throws {
        let (_, state) = try Fixture.demo(.reports)
        assertSnapshot(of: screen(state), as: .lines)
    }

    @Test func matrixAt80x24() throws {
        let (_, state) = try Fixture.demo(.reports, width: 80, height: 24)
        assertSnapshot(of: screen(state), as: .lines)
    }

    @Test func remindersAt120x40() throws {
        let (fixture, state) = try Fixture.demo(.reports)
        let reminders = fixture.run(state, .switchView)
        #expect(!reminders.reports.reminders.isEmpty)
        assertSnapshot(of: screen(reminders), as: .lines)
    }

    @Test func theMatrixShowsEveryStatusOnTheDay() throws {
        let (_, state) = try Fixture.demo(.reports)
        var seen: Set<String> = []
        let columns = state.reportColumns
        for row in state.reports.matrix.rows {
            for column in columns { if let status = row.status(column.slot, today: state.today) { seen.insert(status.symbol) } }
        }
        #expect(seen == ["✓", "!", "✗", "○", "·"])
    }

    @Test func markingAReportReceivedFlipsTheCellAndTheTotals() throws {
        let (fixture, state) = try Fixture.demo(.reports)
        let columns = state.reportColumns
        let column = state.reports.columnIndex(columns, today: state.today)
        let slot = columns[column].slot
        #expect(slot.kind == .midYear && slot.year == 2026)
        // The first unit still owing the 20/5 report.
        let index = try #require(state.reports.matrix.rows.firstIndex { $0.status(slot, today: state.today) == .overdue(days: 2) })
        let unit = state.reports.matrix.rows[index]
        let before = state.reports.tally.rate(slot, groups: UnitGroup.allCases)
        let form = fixture.run(state, .move(index + 1), .openReceipt)
        #expect(form.form?.title == "Ghi nhận: \(slot.title) — \(unit.name)")
        #expect(form.form?.fields.first?.text == "21/05/2026")
        let saved = fixture.run(form, .formSubmit)
        #expect(saved.form == nil)
        #expect(saved.message?.hasPrefix("Đã ghi nhận") == true)
        #expect(saved.reports.matrix.rows[index].status(slot, today: state.today) == .late(days: 2))
        let after = saved.reports.tally.rate(slot, groups: UnitGroup.allCases)
        #expect(after.received == before.received + 1)
        #expect(screen(saved).contains("nhận \(after.received)/\(after.expected)"))
    }

    @Test func aReceiptDatedTomorrowIsRefusedInTheForm() throws {
        let (fixture, state) = try Fixture.demo(.reports)
        var form = fixture.run(state, .move(1), .openReceipt)
        for _ in 0..<10 { form = fixture.run(form, .formBackspace) }
        for character in "22/05/2026" { form = fixture.run(form, .formInput(character)) }
        let refused = fixture.run(form, .formSubmit)
        #expect(refused.form?.errors["date"]?.contains("sau hôm nay") == true)
        #expect(refused.pendingChange == nil)
    }

    @Test func aCellWhoseGroupSendsNothingSaysSo() throws {
        let (fixture, state) = try Fixture.demo(.reports)
        // The compiled row has nothing under 20/5.
        let none = fixture.run(state, .openReceipt)
        #expect(none.form == nil)
        #expect(none.message == "Ô này không có báo cáo phải gửi.")
    }

    @Test func filtersByYearAndGroup() throws {
        let (fixture, state) = try Fixture.demo(.reports)
        let year = fixture.run(state, .cycleYear, .cycleYear)
        #expect(year.reports.query.year == 2026)
        #expect(year.reportColumns.map(\.slot.shortTitle) == ["20/5/2026", "10/12/2026"])
        let hamlets = fixture.run(state, .cycleFilter, .cycleFilter)
        #expect(hamlets.reports.query.group == .b)
        #expect(hamlets.reports.matrix.rows.allSatisfy { $0.group == .b })
        #expect(hamlets.reports.matrix.total == 20)
    }
}
