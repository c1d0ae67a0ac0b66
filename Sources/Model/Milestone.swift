/// How exactly the plan fixes a date: "trước ngày 18/7/2025", "trong tháng 9/2025", "vào năm 2027".
public enum DatePrecision: String, Sendable, CaseIterable {
    case day, month, year
}

public enum MilestoneKind: String, Sendable, CaseIterable {
    case planBuilt = "plan_built"
    case deadline
    case soKet = "so_ket"
    case tongKet = "tong_ket"
}

/// A dated point of the plan shown on the timeline.
public struct Milestone: Sendable, Equatable, Identifiable {
    public var id: Int
    public var kind: MilestoneKind
    public var title: String
    /// For a deadline, the "before" day; for month or year precision, the last day of it.
    public var date: Day
    public var precision: DatePrecision

    public init(id: Int, kind: MilestoneKind, title: String, date: Day, precision: DatePrecision) {
        self.id = id
        self.kind = kind
        self.title = title
        self.date = date
        self.precision = precision
    }

    /// The last day it allows: the day before a "trước ngày D" deadline, else its date.
    public var lastDay: Day { kind == .deadline && precision == .day ? date.adding(days: -1) : date }

    /// Days to it, counted as report deadlines are.
    public func countdown(_ today: Day) -> Countdown {
        Countdown(from: today, to: lastDay, deadline: kind == .deadline)
    }

    /// The date as the plan words it.
    public var dateLabel: String {
        switch precision {
        case .day: return kind == .deadline ? "trước \(date.display)" : date.display
        case .month: return "tháng \(date.month)/\(date.year)"
        case .year: return "năm \(date.year)"
        }
    }
}
