/// A change an officer asks for; Storage validates it and commits it with its audit entry.
public enum Change: Equatable, Sendable {
    /// Creates the unit when its id is 0, else updates it.
    case saveUnit(Unit)
    case setUnitArchived(id: Int64, archived: Bool)
    /// Creates or updates a person; `unitName` names the unit ("" for none).
    case savePerson(Person, unitName: String)
    case setPersonArchived(id: Int64, archived: Bool)
    /// Registers, or replaces the registration for the same owner and term.
    case register(Registration)
    case saveInitiative(Initiative)
    case setInitiativeArchived(id: Int64, archived: Bool)
    /// Records a report as received (or corrects the receipt); the date may not pass `today`.
    case saveReceipt(Receipt, today: Day)
    /// Takes back a receipt recorded by mistake.
    case removeReceipt(id: Int64)
    /// Creates or updates an activity; `unitName` names the responsible unit ("" for commune-wide).
    case saveActivity(Activity, unitName: String)
    case setActivityArchived(id: Int64, archived: Bool)
}

/// What a committed change touched, for the screen to say and select.
public struct ChangeResult: Equatable, Sendable {
    public enum Entity: String, Sendable { case unit, person, registration, initiative, activity
        case receipt = "report_receipt"
    }

    public var entity: Entity
    public var id: Int64
    /// Said on screen once committed, e.g. "Đã lưu đơn vị “Xóm Đông”."
    public var message: String

    public init(entity: Entity, id: Int64, message: String) {
        self.entity = entity
        self.id = id
        self.message = message
    }
}
