import GRDB
import Model

/// A row of `person`, with the folded name for search and the given-name-first sort key.
struct PersonRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "person"

    var id: Int64?
    var name: String
    var nameFold: String
    var nameSort: String
    var unitId: Int64?
    var position: String
    var kind: String
    var phone: String
    var archived: Bool
    var joinedOn: String
    var bornOn: String?
    var gender: String?
    var version: Int
    var createdAt: String
    var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case id, name, position, kind, phone, archived, version
        case nameFold = "name_fold", nameSort = "name_sort", unitId = "unit_id"
        case createdAt = "created_at", updatedAt = "updated_at", joinedOn = "joined_on", bornOn = "born_on", gender
    }

    init(_ person: Person, now: String) {
        let name = VietText.normalize(person.name)
        id = person.id == 0 ? nil : person.id
        self.name = name
        nameFold = VietText.fold(name)
        nameSort = VietText.personSortKey(name)
        unitId = person.unitID
        position = VietText.normalize(person.position)
        kind = person.kind.rawValue
        phone = VietText.normalize(person.phone)
        archived = person.archived
        joinedOn = person.joinedOn.iso
        bornOn = person.bornOn?.iso
        gender = person.gender?.rawValue
        version = person.version
        createdAt = now
        updatedAt = now
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var model: Person {
        Person(id: id ?? 0, name: name, unitID: unitId, position: position, kind: PersonKind(rawValue: kind) ?? .khac,
               phone: phone, archived: archived,
               joinedOn: Day(iso: joinedOn) ?? Plan.movementStart, version: version,
               bornOn: bornOn.flatMap(Day.init(iso:)), gender: gender.flatMap(Gender.init(rawValue:)))
    }
}
