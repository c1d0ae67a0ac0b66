/// An activity as the timeline lists it, with its unit's name ("" when commune-wide).
public struct ActivityRow: Sendable, Equatable, Identifiable {
    public var activity: Activity
    public var unitName: String

    public init(activity: Activity, unitName: String) {
        self.activity = activity
        self.unitName = unitName
    }

    public var id: Int64 { activity.id }
}

/// Which activities the timeline lists: those of a phase (overlapping its dates), by start.
public struct ActivityQuery: Hashable, Sendable {
    public var from: Day
    public var to: Day

    public init(from: Day, to: Day) {
        self.from = from
        self.to = to
    }

    public init(_ phase: Phase) { self.init(from: phase.start, to: phase.end) }
}
