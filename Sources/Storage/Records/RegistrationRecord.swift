import GRDB
import Model

/// A row of `registration`; areas are stored as their letters ("acg").
struct RegistrationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "registration"

    var id: Int64?
    var unitId: Int64?
    var personId: Int64?
    var term: String
    var registeredOn: String
    var commitments: String
    var areas: String
    var version: Int
    var createdAt: String
    var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case id, term, commitments, areas, version
        case unitId = "unit_id", personId = "person_id", registeredOn = "registered_on"
        case createdAt = "created_at", updatedAt = "updated_at"
    }

    init(_ registration: Registration, now: String) {
        id = registration.id == 0 ? nil : registration.id
        unitId = registration.unitID
        personId = registration.personID
        term = registration.term.code
        registeredOn = registration.registeredOn.iso
        commitments = VietText.normalize(registration.commitments)
        areas = registration.areas.map(\.rawValue).joined()
        version = 1
        createdAt = now
        updatedAt = now
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func model() throws -> Registration {
        guard let term = RegistrationTerm(code: term), let day = Day(iso: registeredOn) else {
            throw StoreError.corrupt("registration \(id ?? 0)")
        }
        return Registration(id: id ?? 0, unitID: unitId, personID: personId, term: term, registeredOn: day,
                            commitments: commitments, areas: areas.compactMap { ContentArea(rawValue: String($0)) })
    }
}
