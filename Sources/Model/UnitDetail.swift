/// Everything about one unit, for its detail view.
public struct UnitDetail: Equatable, Sendable {
    /// One round's totals for the unit.
    public struct RoundScore: Equatable, Sendable {
        public var round: String
        public var selfTotal: Double?
        public var councilTotal: Double?

        public init(round: String, selfTotal: Double?, councilTotal: Double?) {
            self.round = round
            self.selfTotal = selfTotal
            self.councilTotal = councilTotal
        }
    }

    /// A report the unit owes, with the day it was received (nil: not yet).
    public struct ReportLine: Equatable, Sendable {
        public var slot: ReportSlot
        public var received: Day?

        public init(slot: ReportSlot, received: Day?) {
            self.slot = slot
            self.received = received
        }
    }

    public var unit: Unit
    public var people: [Person]
    public var initiatives: [Initiative]
    public var registrations: [Registration]
    public var reports: [ReportLine]
    public var scores: [RoundScore]

    public init(unit: Unit, people: [Person] = [], initiatives: [Initiative] = [], registrations: [Registration] = [],
                reports: [ReportLine] = [], scores: [RoundScore] = []) {
        self.unit = unit
        self.people = people
        self.initiatives = initiatives
        self.registrations = registrations
        self.reports = reports
        self.scores = scores
    }
}
