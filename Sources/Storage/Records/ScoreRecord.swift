import GRDB
import Model

/// One score: a subject's points on a criterion in a round, by one assessor.
struct ScoreRecord: Codable, FetchableRecord, MutablePersistableRecord, VersionedRecord {
    static let databaseTableName = "score"
    var id: Int64?
    var roundId: Int64
    var subject: String
    var subjectId: Int64
    var assessor: String
    var criterionId: Int64
    var points: Double
    var givenBy: String
    var givenAt: String
    var version: Int
    var createdAt: String
    var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case id, subject, assessor, points, version
        case roundId = "round_id", subjectId = "subject_id", criterionId = "criterion_id", givenBy = "given_by"
        case givenAt = "given_at", createdAt = "created_at", updatedAt = "updated_at"
    }

    init(_ cell: ScoreCell, points: Double, by who: String, now: String) {
        roundId = cell.roundID
        subject = cell.subject.rawValue
        subjectId = cell.subjectID
        assessor = cell.assessor.rawValue
        criterionId = cell.criterionID
        self.points = points
        givenBy = who
        givenAt = now
        version = 1
        createdAt = now
        updatedAt = now
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
