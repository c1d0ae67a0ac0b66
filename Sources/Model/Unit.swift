/// A collective taking part: a commune body (group a), a hamlet (b) or an enterprise (c).
public struct Unit: Sendable, Equatable, Identifiable, Codable {
    public var id: Int64
    public var name: String
    public var group: UnitGroup
    public var head: String
    public var phone: String
    public var role: String
    public var archived: Bool
    /// The day it joined the movement: it owes only the reports due after it.
    public var joinedOn: Day
    /// Bumped by every save; a save from an older read is refused.
    public var version: Int

    public init(id: Int64, name: String, group: UnitGroup, head: String = "", phone: String = "",
                role: String = "", archived: Bool = false, joinedOn: Day = Plan.movementStart, version: Int = 1) {
        self.joinedOn = joinedOn
        self.id = id
        self.name = name
        self.group = group
        self.head = head
        self.phone = phone
        self.role = role
        self.archived = archived
        self.version = version
    }
}
