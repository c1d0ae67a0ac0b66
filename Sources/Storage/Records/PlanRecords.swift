import GRDB
import Model

/// Rows of the plan's fixed structure: phases, milestones, report slots.
struct PhaseRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "phase"
    var id: Int
    var name: String
    var startOn: String
    var endOn: String
    var yearsLabel: String
    var review: String

    enum CodingKeys: String, CodingKey {
        case id, name, review
        case startOn = "start_on", endOn = "end_on", yearsLabel = "years_label"
    }

    init(_ phase: Phase) {
        id = phase.id
        name = phase.name
        startOn = phase.start.iso
        endOn = phase.end.iso
        yearsLabel = phase.yearsLabel
        review = phase.review
    }

    func model() throws -> Phase {
        Phase(id: id, name: name, start: try day(startOn), end: try day(endOn), yearsLabel: yearsLabel, review: review)
    }
}

struct MilestoneRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "milestone"
    var id: Int64?
    var kind: String
    var title: String
    var date: String
    var precision: String

    init(_ milestone: Milestone) {
        kind = milestone.kind.rawValue
        title = milestone.title
        date = milestone.date.iso
        precision = milestone.precision.rawValue
    }

    func model() throws -> Milestone {
        Milestone(id: Int(id ?? 0), kind: MilestoneKind(rawValue: kind) ?? .deadline, title: title,
                  date: try day(date), precision: DatePrecision(rawValue: precision) ?? .day)
    }
}

struct ReportSlotRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "report_slot"
    var id: Int64?
    var kind: String
    var year: Int
    var title: String
    var dueBefore: String
    /// Group codes joined, e.g. "ab"; empty for the compiled report.
    var groups: String

    enum CodingKeys: String, CodingKey {
        case id, kind, year, title, groups
        case dueBefore = "due_before"
    }

    init(_ slot: ReportSlot) {
        kind = slot.kind.rawValue
        year = slot.year
        title = slot.title
        dueBefore = slot.dueBefore.iso
        groups = slot.groups.map(\.rawValue).joined()
    }

    func model() throws -> ReportSlot {
        ReportSlot(id: Int(id ?? 0), kind: ReportKind(rawValue: kind) ?? .yearEnd, year: year, title: title,
                   dueBefore: try day(dueBefore), groups: groups.compactMap { UnitGroup(rawValue: String($0)) })
    }
}

/// A stored ISO date that no longer parses means the file was edited by hand.
func day(_ iso: String) throws -> Day {
    guard let value = Day(iso: iso) else { throw StoreError.failed("ngày không hợp lệ trong cơ sở dữ liệu: \(iso)") }
    return value
}
