/// What the panes share (the plan, counts, templates), read in one consistent snapshot.
public struct Dashboard: Sendable, Equatable {
    public var movement: Movement
    public var phases: [Phase]
    public var milestones: [Milestone]
    /// Active units per group; the lists themselves are read a window at a time.
    public var unitCounts: [UnitGroup: Int]
    public var slots: [ReportSlot]
    /// The scoring rounds with their quotas.
    public var rounds: [Round]
    /// The newest template version of each group in each round.
    public var templates: [CriteriaTemplate]
    public var bands: Bands
    /// Set when the data is generated sample data ("commune, seed 7"), so the screen says so.
    public var demo: String?

    public init(movement: Movement, phases: [Phase], milestones: [Milestone], unitCounts: [UnitGroup: Int],
                slots: [ReportSlot], rounds: [Round] = [], templates: [CriteriaTemplate], bands: Bands, demo: String? = nil) {
        self.movement = movement
        self.phases = phases
        self.milestones = milestones
        self.unitCounts = unitCounts
        self.slots = slots
        self.rounds = rounds
        self.templates = templates
        self.bands = bands
        self.demo = demo
    }

    public var activeUnits: Int { unitCounts.values.reduce(0, +) }

    /// The template a round scores a group against now.
    public func template(round: Int64, group: ScoringGroup) -> CriteriaTemplate? {
        templates.first { $0.roundID == round && $0.group == group }
    }

    /// The round of the year nearest `today` (the year's own, not a review), for where the worksheet opens.
    public func defaultRound(today: Day) -> Round? {
        let year = Plan.year(nearest: today.year)
        return rounds.first { $0.year == year && !$0.isReview } ?? rounds.first
    }
}
