/// What the panes share (the plan, counts, templates), read in one consistent snapshot.
public struct Dashboard: Sendable, Equatable {
    public var movement: Movement
    public var phases: [Phase]
    public var milestones: [Milestone]
    /// Active units per group; the lists themselves are read a window at a time.
    public var unitCounts: [UnitGroup: Int]
    public var slots: [ReportSlot]
    public var templates: [CriteriaTemplate]
    public var bands: Bands
    /// Set when the data is generated sample data ("commune, seed 7"), so the screen says so.
    public var demo: String?

    public init(movement: Movement, phases: [Phase], milestones: [Milestone], unitCounts: [UnitGroup: Int],
                slots: [ReportSlot], templates: [CriteriaTemplate], bands: Bands, demo: String? = nil) {
        self.movement = movement
        self.phases = phases
        self.milestones = milestones
        self.unitCounts = unitCounts
        self.slots = slots
        self.templates = templates
        self.bands = bands
        self.demo = demo
    }

    public var activeUnits: Int { unitCounts.values.reduce(0, +) }
}
