import GRDB
import Model

/// A row of `unit`; keeps the folded and sort keys Model computes beside the name.
struct UnitRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "unit"

    var id: Int64?
    var name: String
    var nameFold: String
    var nameSort: String
    var groupCode: String
    var head: String
    var headSort: String
    var phone: String
    var role: String
    var archived: Bool
    var joinedOn: String
    var version: Int
    var createdAt: String
    var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case id, name, head, phone, role, archived, version
        case nameFold = "name_fold", nameSort = "name_sort", groupCode = "group_code", headSort = "head_sort"
        case createdAt = "created_at", updatedAt = "updated_at", joinedOn = "joined_on"
    }

    init(_ unit: Unit, now: String) {
        let name = VietText.normalize(unit.name)
        id = unit.id == 0 ? nil : unit.id
        self.name = name
        nameFold = VietText.fold(name)
        nameSort = VietText.sortKey(name)
        groupCode = unit.group.rawValue
        head = VietText.normalize(unit.head)
        headSort = VietText.personSortKey(head)
        phone = VietText.normalize(unit.phone)
        role = VietText.normalize(unit.role)
        archived = unit.archived
        joinedOn = unit.joinedOn.iso
        version = unit.version
        createdAt = now
        updatedAt = now
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var model: Unit {
        Unit(id: id ?? 0, name: name, group: UnitGroup(rawValue: groupCode) ?? .a, head: head,
             phone: phone, role: role, archived: archived,
               joinedOn: Day(iso: joinedOn) ?? Plan.movementStart, version: version)
    }
}
