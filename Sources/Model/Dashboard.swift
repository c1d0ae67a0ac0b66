/// Everything the four read-only panes show, read in one consistent snapshot.
public struct Dashboard: Sendable, Equatable {
    public var movement: Movement
    public var phases: [Phase]
    public var milestones: [Milestone]
    public var units: [Unit]
    public var slots: [ReportSlot]
    /// Reports received per slot id.
    public var received: [Int: Int]
    public var templates: [CriteriaTemplate]
    public var bands: Bands

    public init(movement: Movement, phases: [Phase], milestones: [Milestone], units: [Unit],
                slots: [ReportSlot], received: [Int: Int], templates: [CriteriaTemplate], bands: Bands) {
        self.movement = movement
        self.phases = phases
        self.milestones = milestones
        self.units = units
        self.slots = slots
        self.received = received
        self.templates = templates
        self.bands = bands
    }

    /// How many reports a slot expects: one per active unit of its groups, or one from
    /// Phòng VH-XH for the compiled report.
    public func expected(for slot: ReportSlot) -> Int {
        if slot.groups.isEmpty { return 1 }
        return units.filter { !$0.archived && slot.groups.contains($0.group) }.count
    }

    public func units(in group: UnitGroup) -> [Unit] {
        units.filter { $0.group == group && !$0.archived }
    }
}
