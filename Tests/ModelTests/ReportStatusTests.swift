import Testing
@testable import Model

@Suite struct ReportStatusTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(y, m, d)! }

    @Test func beforeEighteenJulyMeansSeventeenthIsTheLastOnTimeDay() {
        let due = day(2025, 7, 18)
        let today = day(2025, 8, 1)
        #expect(ReportStatus.of(dueBefore: due, received: day(2025, 7, 17), today: today) == .onTime)
        #expect(ReportStatus.of(dueBefore: due, received: day(2025, 7, 18), today: today) == .late(days: 1))
        #expect(ReportStatus.of(dueBefore: due, received: day(2025, 7, 20), today: today) == .late(days: 3))
        #expect(ReportStatus.of(dueBefore: due, received: nil, today: day(2025, 7, 17)) == .open(daysLeft: 0))
        #expect(ReportStatus.of(dueBefore: due, received: nil, today: day(2025, 7, 18)) == .overdue(days: 1))
    }

    @Test func decemberTenthBoundary() {
        let due = day(2026, 12, 10)
        #expect(ReportStatus.of(dueBefore: due, received: day(2026, 12, 9), today: day(2026, 12, 31)) == .onTime)
        #expect(ReportStatus.of(dueBefore: due, received: day(2026, 12, 10), today: day(2026, 12, 31)) == .late(days: 1))
        #expect(ReportStatus.of(dueBefore: due, received: nil, today: day(2026, 12, 9)) == .open(daysLeft: 0))
        #expect(ReportStatus.of(dueBefore: due, received: nil, today: day(2026, 12, 10)) == .overdue(days: 1))
    }

    @Test func mayTwentiethBoundary() {
        let due = day(2026, 5, 20)
        #expect(ReportStatus.of(dueBefore: due, received: day(2026, 5, 19), today: day(2026, 5, 21)) == .onTime)
        #expect(ReportStatus.of(dueBefore: due, received: day(2026, 5, 20), today: day(2026, 5, 21)) == .late(days: 1))
        #expect(ReportStatus.of(dueBefore: due, received: nil, today: day(2026, 5, 21)) == .overdue(days: 2))
    }

    @Test func lateCountsAcrossTheYearEnd() {
        let due = day(2025, 12, 10)
        #expect(ReportStatus.of(dueBefore: due, received: day(2026, 1, 2), today: day(2026, 2, 1)) == .late(days: 24))
        #expect(ReportStatus.of(dueBefore: due, received: nil, today: day(2026, 1, 1)) == .overdue(days: 23))
    }

    @Test func notYetDueUntilTheOpenWindow() {
        let due = day(2026, 12, 10)
        #expect(ReportStatus.of(dueBefore: due, received: nil, today: day(2026, 11, 8)) == .notYetDue)
        #expect(ReportStatus.of(dueBefore: due, received: nil, today: day(2026, 11, 10)) == .open(daysLeft: 29))
        #expect(ReportStatus.of(dueBefore: due, received: nil, today: day(2026, 11, 10), openWindow: 10) == .notYetDue)
    }

    @Test func aReceiptDatedAfterTodayDoesNotCountYet() {
        let due = day(2026, 5, 20)
        #expect(ReportStatus.of(dueBefore: due, received: day(2026, 5, 25), today: day(2026, 5, 22)) == .overdue(days: 3))
        #expect(ReportStatus.of(dueBefore: due, received: day(2026, 5, 25), today: day(2026, 5, 25)) == .late(days: 6))
    }

    @Test func everyStatusHasItsOwnSymbolAndALabel() {
        let all: [ReportStatus] = [.notYetDue, .open(daysLeft: 3), .onTime, .late(days: 2), .overdue(days: 5)]
        #expect(Set(all.map(\.symbol)).count == all.count)
        #expect(ReportStatus.late(days: 2).label == "Muộn 2 ngày")
        #expect(ReportStatus.overdue(days: 5).label == "Quá hạn 5 ngày")
        #expect(all.filter(\.isReceived).count == 2)
    }
}
