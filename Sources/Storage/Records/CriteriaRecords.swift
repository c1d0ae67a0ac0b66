import GRDB
import Model

struct CriteriaTemplateRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "criteria_template"
    var id: Int64?
    var groupCode: String
    var version: Int

    enum CodingKeys: String, CodingKey {
        case id, version
        case groupCode = "group_code"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

struct CriterionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "criterion"
    var templateId: Int64
    var position: Int
    var code: String
    var title: String
    var maxPoints: Double

    enum CodingKeys: String, CodingKey {
        case position, code, title
        case templateId = "template_id", maxPoints = "max_points"
    }

    var model: Criterion { Criterion(code: code, title: title, maxPoints: maxPoints) }
}

struct BandRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "band"
    var minimum: Double
    var label: String
}

struct SettingRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "setting"
    var key: String
    var value: String
}
