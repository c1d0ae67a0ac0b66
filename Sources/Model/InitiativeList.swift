/// What the initiatives list shows: a search, and filters by content area and status.
public struct InitiativeQuery: Hashable, Sendable {
    public var search = ""
    public var area: ContentArea?
    public var status: InitiativeStatus?

    public init() {}
}

/// One line of the initiatives list, with its owner's name.
public struct InitiativeRow: Equatable, Sendable, Identifiable {
    public var initiative: Initiative
    public var ownerName: String

    public var id: Int64 { initiative.id }

    public init(initiative: Initiative, ownerName: String) {
        self.initiative = initiative
        self.ownerName = ownerName
    }
}
