import GRDB
import Model

/// A row of `initiative`, with its folded title for search.
struct InitiativeRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "initiative"

    var id: Int64?
    var title: String
    var titleFold: String
    var titleSort: String
    var unitId: Int64?
    var personId: Int64?
    var area: String
    var sector: String?
    var startedOn: String?
    var status: String
    var recognisedBy: String
    var recognisedOn: String?
    var archived: Bool
    var version: Int
    var createdAt: String
    var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case id, title, area, sector, status, archived, version
        case titleFold = "title_fold", titleSort = "title_sort", unitId = "unit_id", personId = "person_id", startedOn = "started_on"
        case recognisedBy = "recognised_by", recognisedOn = "recognised_on"
        case createdAt = "created_at", updatedAt = "updated_at"
    }

    init(_ initiative: Initiative, now: String) {
        let title = VietText.normalize(initiative.title)
        id = initiative.id == 0 ? nil : initiative.id
        self.title = title
        titleFold = VietText.fold(title)
        titleSort = VietText.sortKey(title)
        unitId = initiative.unitID
        personId = initiative.personID
        area = initiative.area.rawValue
        sector = initiative.sector?.rawValue
        startedOn = initiative.startedOn?.iso
        status = initiative.status.rawValue
        let recognised = initiative.status >= .recognised
        recognisedBy = recognised ? VietText.normalize(initiative.recognisedBy) : ""
        recognisedOn = recognised ? initiative.recognisedOn?.iso : nil
        archived = initiative.archived
        version = initiative.version
        createdAt = now
        updatedAt = now
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var model: Initiative {
        Initiative(id: id ?? 0, title: title, unitID: unitId, personID: personId, area: ContentArea(rawValue: area) ?? .a,
                   sector: sector.flatMap(PrioritySector.init(rawValue:)), startedOn: startedOn.flatMap(Day.init(iso:)),
                   status: InitiativeStatus(rawValue: status) ?? .proposed, recognisedBy: recognisedBy,
                   recognisedOn: recognisedOn.flatMap(Day.init(iso:)), archived: archived, version: version)
    }
}
