/// How much time one column of the timeline stands for.
public enum TimelineZoom: Int, CaseIterable, Sendable {
    case month, quarter, year

    public var title: String {
        switch self {
        case .month: return "tháng"
        case .quarter: return "quý"
        case .year: return "năm"
        }
    }

    /// Days per column: a month is about 10 columns, a quarter 11, a year 18 (so a whole
    /// phase fits a 120-column terminal).
    public var daysPerColumn: Int {
        switch self {
        case .month: return 3
        case .quarter: return 8
        case .year: return 20
        }
    }

    /// Whether a day starts a tick of this zoom (a month, a quarter, a year).
    public func isTick(_ day: Day) -> Bool {
        guard day.day == 1 else { return false }
        switch self {
        case .month: return true
        case .quarter: return (day.month - 1) % 3 == 0
        case .year: return day.month == 1
        }
    }

    /// The tick's label: "T5/26", "Q2/26" or "2026".
    public func label(_ day: Day) -> String {
        switch self {
        case .month: return "T\(day.month)/\(day.year % 100)"
        case .quarter: return "Q\((day.month - 1) / 3 + 1)/\(day.year % 100)"
        case .year: return String(day.year)
        }
    }
}

/// Maps days to columns of a timeline that starts at `start`, `zoom.daysPerColumn` days a column.
public struct TimelineAxis: Sendable, Equatable {
    public var start: Day
    public var zoom: TimelineZoom
    public var width: Int

    public init(start: Day, zoom: TimelineZoom, width: Int) {
        self.start = start
        self.zoom = zoom
        self.width = width
    }

    /// The column a day falls in (may be outside 0..<width).
    public func column(_ day: Day) -> Int {
        let days = start.days(until: day)
        let step = zoom.daysPerColumn
        return days >= 0 ? days / step : -((-days + step - 1) / step)
    }

    /// The first day a column stands for.
    public func day(atColumn column: Int) -> Day { start.adding(days: column * zoom.daysPerColumn) }

    public var end: Day { day(atColumn: width).adding(days: -1) }

    /// The columns a span covers, clipped to the axis; nil when it is wholly outside.
    public func columns(from first: Day, to last: Day) -> ClosedRange<Int>? {
        let a = max(0, column(first)), b = min(width - 1, column(last))
        return a <= b ? a...b : nil
    }

    /// The tick days in view, each with its column.
    public var ticks: [(day: Day, column: Int)] {
        var result: [(Day, Int)] = []
        guard var day = Day(start.year, start.month, 1) else { return [] }
        while day <= end {
            if day >= start && zoom.isTick(day) { result.append((day, column(day))) }
            day = day.month == 12 ? Day(day.year + 1, 1, 1)! : Day(day.year, day.month + 1, 1)!
        }
        return result
    }
}
