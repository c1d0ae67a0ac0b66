/// One of the movement's two phases, each closing with a review conference.
public struct Phase: Sendable, Equatable, Identifiable {
    public var id: Int
    public var name: String
    public var start: Day
    public var end: Day
    /// The years the plan gives the phase ("Từ 2025-2027").
    public var yearsLabel: String
    public var review: String

    public init(id: Int, name: String, start: Day, end: Day, yearsLabel: String, review: String) {
        self.id = id
        self.name = name
        self.start = start
        self.end = end
        self.yearsLabel = yearsLabel
        self.review = review
    }

    /// Share of the phase's days elapsed on `today`, from 0 to 1.
    public func elapsed(on today: Day) -> Double {
        let total = start.days(until: end) + 1
        let done = start.days(until: today) + 1
        return min(1, max(0, Double(done) / Double(total)))
    }

    public func contains(_ day: Day) -> Bool { start <= day && day <= end }
}
