/// Days left to a last day, one function and one meaning everywhere: the unit detail, the
/// timeline, the slides and the reminders count to the same day and say which day it is.
public struct Countdown: Sendable, Equatable {
    public var days: Int
    public var lastDay: Day
    /// A deadline ("hạn cuối") rather than an event ("đến").
    public var deadline: Bool

    public init(from today: Day, to lastDay: Day, deadline: Bool = true) {
        days = today.days(until: lastDay)
        self.lastDay = lastDay
        self.deadline = deadline
    }

    /// "còn 202 ngày, hạn cuối 09/12/2026"; "hôm nay là hạn cuối"; "quá 3 ngày, hạn cuối …".
    public var phrase: String {
        let day = deadline ? "hạn cuối \(lastDay.display)" : "đến \(lastDay.display)"
        if days > 0 { return "còn \(days) ngày, \(day)" }
        if days == 0 { return deadline ? "hôm nay là hạn cuối (\(lastDay.display))" : "hôm nay (\(lastDay.display))" }
        return "đã qua \(-days) ngày, \(day)"
    }
}
