import GRDB
import Model

/// One version of a group's criteria in a round.
struct CriteriaTemplateRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "criteria_template"
    var id: Int64?
    var roundId: Int64
    var groupCode: String
    var version: Int

    enum CodingKeys: String, CodingKey {
        case id, version
        case roundId = "round_id", groupCode = "group_code"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

struct CriterionRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "criterion"
    var id: Int64?
    var templateId: Int64
    var position: Int
    var code: String
    var title: String
    var maxPoints: Double
    var version: Int
    var createdAt: String
    var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case id, position, code, title, version
        case templateId = "template_id", maxPoints = "max_points", createdAt = "created_at", updatedAt = "updated_at"
    }

    init(templateId: Int64, position: Int, _ criterion: Criterion, now: String) {
        id = criterion.id == 0 ? nil : criterion.id
        self.templateId = templateId
        self.position = position
        code = VietText.normalize(criterion.code)
        title = VietText.normalize(criterion.title)
        maxPoints = criterion.maxPoints
        version = 1
        createdAt = now
        updatedAt = now
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var model: Criterion { Criterion(id: id ?? 0, code: code, title: title, maxPoints: maxPoints) }
}

struct BandRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "band"
    var id: Int64?
    var minimum: Double
    var label: String
    var version = 1
    var createdAt = ""
    var updatedAt = ""

    enum CodingKeys: String, CodingKey {
        case id, minimum, label, version
        case createdAt = "created_at", updatedAt = "updated_at"
    }
}

struct SettingRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "setting"
    var key: String
    var value: String
}

struct RoundRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "round"
    var id: Int64
    var code: String
    var title: String
    var year: Int
    var quotaCollective: Int
    var quotaIndividual: Int

    enum CodingKeys: String, CodingKey {
        case id, code, title, year
        case quotaCollective = "quota_collective", quotaIndividual = "quota_individual"
    }

    var model: Round {
        Round(id: id, code: code, title: title, year: year, quota: Quota(collective: quotaCollective, individual: quotaIndividual))
    }
}
