import GRDB
import Model

/// A row of `activity`, with its folded title for search.
struct ActivityRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "activity"

    var id: Int64?
    var title: String
    var titleFold: String
    var unitId: Int64?
    var area: String
    var startOn: String
    var endOn: String
    var progress: Int
    var status: String
    var archived: Bool
    var version: Int
    var createdAt: String
    var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case id, title, area, progress, status, archived, version
        case titleFold = "title_fold", unitId = "unit_id", startOn = "start_on", endOn = "end_on"
        case createdAt = "created_at", updatedAt = "updated_at"
    }

    init(_ activity: Activity, now: String) {
        let title = VietText.normalize(activity.title)
        id = activity.id == 0 ? nil : activity.id
        self.title = title
        titleFold = VietText.fold(title)
        unitId = activity.unitID
        area = activity.area.rawValue
        startOn = activity.start.iso
        endOn = activity.end.iso
        progress = activity.progress
        status = activity.status.rawValue
        archived = activity.archived
        version = activity.version
        createdAt = now
        updatedAt = now
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func model() throws -> Activity {
        Activity(id: id ?? 0, title: title, unitID: unitId, area: ContentArea(rawValue: area) ?? .a,
                 start: try day(startOn), end: try day(endOn), progress: progress,
                 status: ActivityStatus(rawValue: status) ?? .planned, archived: archived, version: version)
    }
}
