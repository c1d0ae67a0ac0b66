/// What the panes share (the plan, counts, templates), read in one consistent snapshot.
public struct Dashboard: Sendable, Equatable {
    public var movement: Movement
    public var phases: [Phase]
    public var milestones: [Milestone]
    /// Active units per group; the lists themselves are read a window at a time.
    public var unitCounts: [UnitGroup: Int]
    public var slots: [ReportSlot]
    /// Reports received per slot id.
    public var received: [Int: Int]
    public var templates: [CriteriaTemplate]
    public var bands: Bands
    /// Set when the data is generated sample data ("commune, seed 7"), so the screen says so.
    public var demo: String?

    public init(movement: Movement, phases: [Phase], milestones: [Milestone], unitCounts: [UnitGroup: Int],
                slots: [ReportSlot], received: [Int: Int], templates: [CriteriaTemplate], bands: Bands, demo: String? = nil) {
        self.movement = movement
        self.phases = phases
        self.milestones = milestones
        self.unitCounts = unitCounts
        self.slots = slots
        self.received = received
        self.templates = templates
        self.bands = bands
        self.demo = demo
    }

    /// How many reports a slot expects: one per active unit of its groups, or one from
    /// Phòng VH-XH for the compiled report.
    public func expected(for slot: ReportSlot) -> Int {
        if slot.groups.isEmpty { return 1 }
        return slot.groups.reduce(0) { $0 + (unitCounts[$1] ?? 0) }
    }

    public var activeUnits: Int { unitCounts.values.reduce(0, +) }
}
