import Testing
@testable import Model

@Suite struct ReportStatusTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(y, m, d)! }

    @Test func beforeEighteenJulyMeansSeventeenthIsTheLastOnTimeDay() {
        let due = day(2025, 7, 18)
        let today = day(2025, 8, 1)
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: day(2025, 7, 17), today: today) == .onTime)
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: day(2025, 7, 18), today: today) == .late(days: 1))
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: day(2025, 7, 20), today: today) == .late(days: 3))
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: nil, today: day(2025, 7, 17)) == .open(daysLeft: 0))
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: nil, today: day(2025, 7, 18)) == .overdue(days: 1))
    }

    @Test func decemberTenthBoundary() {
        let due = day(2026, 12, 10)
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: day(2026, 12, 9), today: day(2026, 12, 31)) == .onTime)
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: day(2026, 12, 10), today: day(2026, 12, 31)) == .late(days: 1))
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: nil, today: day(2026, 12, 9)) == .open(daysLeft: 0))
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: nil, today: day(2026, 12, 10)) == .overdue(days: 1))
    }

    @Test func mayTwentiethBoundary() {
        let due = day(2026, 5, 20)
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: day(2026, 5, 19), today: day(2026, 5, 21)) == .onTime)
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: day(2026, 5, 20), today: day(2026, 5, 21)) == .late(days: 1))
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: nil, today: day(2026, 5, 21)) == .overdue(days: 2))
    }

    @Test func lateCountsAcrossTheYearEnd() {
        let due = day(2025, 12, 10)
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: day(2026, 1, 2), today: day(2026, 2, 1)) == .late(days: 24))
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: nil, today: day(2026, 1, 1)) == .overdue(days: 23))
    }

    @Test func notYetDueUntilItsPeriodOpens() {
        let due = day(2026, 12, 10)
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2026, 5, 20), received: nil, today: day(2026, 5, 19)) == .notYetDue)
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2026, 5, 20), received: nil, today: day(2026, 5, 20)) == .open(daysLeft: 203))
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2026, 5, 20), received: nil, today: day(2026, 12, 9)) == .open(daysLeft: 0))
    }

    @Test func eachPlanSlotOpensWhenTheDeadlineBeforeItPasses() {
        let slots = Plan.reportSlots
        let midYear2026 = slots.first { $0.kind == .midYear && $0.year == 2026 }!
        let yearEnd2026 = slots.first { $0.kind == .yearEnd && $0.year == 2026 }!
        let launch = slots.first { $0.kind == .launchPlan }!
        #expect(midYear2026.opensOn == day(2025, 12, 10))
        #expect(yearEnd2026.opensOn == day(2026, 5, 20))
        #expect(launch.opensOn == Plan.movementStart)
        // On 21/5/2026 the year-end report is the one open; 2027's are not yet due.
        let today = day(2026, 5, 21)
        #expect(yearEnd2026.status(received: nil, today: today) == .open(daysLeft: 202))
        #expect(slots.first { $0.kind == .midYear && $0.year == 2027 }!.status(received: nil, today: today) == .notYetDue)
    }

    @Test func aWeekendDeadlineStaysAsWritten() {
        // 20/12/2025 is a Saturday: the last on-time day is still Friday 19/12, not moved.
        let due = day(2025, 12, 20)
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: day(2025, 12, 19), today: day(2026, 1, 1)) == .onTime)
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: day(2025, 12, 20), today: day(2026, 1, 1)) == .late(days: 1))
    }

    @Test func aReceiptDatedAfterTodayDoesNotCountYet() {
        let due = day(2026, 5, 20)
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: day(2026, 5, 25), today: day(2026, 5, 22)) == .overdue(days: 3))
        #expect(ReportStatus.of(dueBefore: due, opensOn: day(2025, 7, 1), received: day(2026, 5, 25), today: day(2026, 5, 25)) == .late(days: 6))
    }

    @Test func everyStatusHasItsOwnSymbolAndALabel() {
        let all: [ReportStatus] = [.notYetDue, .open(daysLeft: 3), .onTime, .late(days: 2), .overdue(days: 5)]
        #expect(Set(all.map(\.symbol)).count == all.count)
        #expect(ReportStatus.late(days: 2).label == "Muộn 2 ngày")
        #expect(ReportStatus.overdue(days: 5).label == "Quá hạn 5 ngày")
        #expect(all.filter(\.isReceived).count == 2)
        #expect(all.filter(\.isOverdue) == [.overdue(days: 5)])
        #expect(ReportStatus.late(days: 2).cell == "!2")
        #expect(ReportStatus.overdue(days: 15).cell == "✗15")
        #expect(ReportStatus.onTime.cell == "✓")
    }
}
