import Testing
@testable import Model

@Suite struct TimelineTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(y, m, d)! }

    @Test func columnsAndDaysRoundTripAtEveryZoom() {
        for zoom in TimelineZoom.allCases {
            let axis = TimelineAxis(start: day(2025, 7, 1), zoom: zoom, width: 60)
            #expect(axis.column(day(2025, 7, 1)) == 0)
            #expect(axis.column(axis.day(atColumn: 17)) == 17)
            #expect(axis.column(day(2025, 6, 30)) == -1)
            #expect(axis.end == axis.day(atColumn: 60).adding(days: -1))
        }
    }

    @Test func ticksFollowTheZoom() {
        let start = day(2025, 7, 1)
        let quarter = TimelineAxis(start: start, zoom: .quarter, width: 60).ticks.map { TimelineZoom.quarter.label($0.day) }
        #expect(quarter.prefix(3) == ["Q3/25", "Q4/25", "Q1/26"])
        let year = TimelineAxis(start: start, zoom: .year, width: 60).ticks.map { TimelineZoom.year.label($0.day) }
        #expect(year == ["2026", "2027", "2028"])
        let month = TimelineAxis(start: start, zoom: .month, width: 30).ticks.map { TimelineZoom.month.label($0.day) }
        #expect(month == ["T7/25", "T8/25", "T9/25"])
    }

    @Test func spansAreClippedToTheAxis() {
        let axis = TimelineAxis(start: day(2026, 1, 1), zoom: .month, width: 20)
        #expect(axis.columns(from: day(2025, 1, 1), to: day(2026, 1, 10)) == 0...3)
        #expect(axis.columns(from: day(2026, 1, 10), to: day(2030, 1, 1)) == 3...19)
        #expect(axis.columns(from: day(2024, 1, 1), to: day(2024, 12, 31)) == nil)
    }

    @Test func anActivityIsOverdueWhenItsEndPassedUnfinished() {
        var activity = Activity(title: "Tập huấn", area: .c, start: day(2026, 1, 1), end: day(2026, 3, 31), progress: 60,
                                status: .running)
        #expect(activity.standing(on: day(2026, 3, 31)) == .running)
        #expect(activity.standing(on: day(2026, 4, 1)) == .overdue)
        #expect(activity.standing(on: day(2025, 12, 31)) == .upcoming)
        activity.progress = 100
        #expect(activity.standing(on: day(2026, 4, 1)) == .done)
        var summary = PhaseSummary(elapsed: 0.5)
        for standing in [ActivityStanding.done, .overdue, .overdue, .running] { summary.count(standing) }
        #expect(summary == PhaseSummary(done: 1, running: 1, overdue: 2, upcoming: 0, elapsed: 0.5))
    }

    @Test func activityValidation() {
        let ok = Activity(title: "Số hoá hồ sơ", area: .g, start: day(2026, 1, 1), end: day(2026, 6, 30), progress: 20)
        #expect(ok.validationErrors().isEmpty)
        var bad = ok
        bad.end = day(2025, 12, 1)
        #expect(bad.validationErrors().map(\.field) == ["end"])
        bad = ok
        bad.progress = 101
        #expect(bad.validationErrors().map(\.field) == ["progress"])
        bad = ok
        bad.status = .done
        #expect(bad.validationErrors().first?.message == "Đã hoàn thành thì tiến độ phải là 100%.")
        bad = ok
        bad.title = "  "
        bad.start = day(2031, 1, 1)
        #expect(Set(bad.validationErrors().map(\.field)) == ["title", "start", "end"])
    }
}
