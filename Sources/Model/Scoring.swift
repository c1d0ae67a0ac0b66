/// Who gave a score: the unit (or person) itself, or the council.
public enum Assessor: String, CaseIterable, Sendable {
    case selfAssessment = "self"
    case council

    public var title: String {
        switch self {
        case .selfAssessment: return "Tự chấm"
        case .council: return "Hội đồng chấm"
        }
    }

    public var other: Assessor { self == .council ? .selfAssessment : .council }
}

/// What is scored: a collective (unit) or an individual (person).
public enum ScoreSubject: String, Sendable, Codable {
    case unit, person

    public init(_ group: ScoringGroup) { self = group == .individual ? .person : .unit }
}

/// One cell of the worksheet: a subject's score on a criterion in a round, by one assessor.
public struct ScoreCell: Equatable, Hashable, Sendable {
    public var roundID: Int64
    public var subject: ScoreSubject
    public var subjectID: Int64
    public var assessor: Assessor
    public var criterionID: Int64

    public init(roundID: Int64, subject: ScoreSubject, subjectID: Int64, assessor: Assessor, criterionID: Int64) {
        self.roundID = roundID
        self.subject = subject
        self.subjectID = subjectID
        self.assessor = assessor
        self.criterionID = criterionID
    }
}

/// How the worksheet's rows run: by name (to enter scores) or by the council's rank.
public enum WorksheetSort: Sendable, CaseIterable {
    case name, rank

    public var title: String { self == .name ? "theo tên" : "theo hạng" }
}

/// Which worksheet to show: a round, a group, and the order of its rows.
public struct WorksheetQuery: Equatable, Hashable, Sendable {
    public var roundID: Int64
    public var group: ScoringGroup
    public var sort: WorksheetSort

    public init(roundID: Int64, group: ScoringGroup, sort: WorksheetSort = .name) {
        self.roundID = roundID
        self.group = group
        self.sort = sort
    }
}

/// One assessor's scores of one subject in a round, and the template version they were given under.
public struct ScoreSheet: Equatable, Sendable {
    public var points: [Int64: Double]
    public var templateID: Int64?
    /// Whether every criterion of the version it was given under has a score (as stored with
    /// its total): what tells a sheet of an older version complete, its criteria not shown.
    public var scoredInFull: Bool

    public init(points: [Int64: Double] = [:], templateID: Int64? = nil, scoredInFull: Bool = false) {
        self.points = points
        self.templateID = templateID
        self.scoredInFull = scoredInFull
    }

    /// Nil when nothing has been scored yet.
    public var total: Double? { points.isEmpty ? nil : points.values.reduce(0, +) }

    /// The total with one cell's value replaced (nil removes it), for totals as one types.
    public func total(replacing criterionID: Int64, with value: Double?) -> Double? {
        var points = self.points
        points[criterionID] = value
        return points.isEmpty ? nil : points.values.reduce(0, +)
    }

    /// True when the sheet was given under another version than `template`: its total stands
    /// as given and its cells are not those of the template shown.
    public func isUnder(otherThan template: CriteriaTemplate) -> Bool {
        templateID != nil && templateID != template.id
    }

    /// Whether every criterion of `template` has a score (of its own version, for a sheet given
    /// under an older one): only then has the sheet a band and a rank.
    public func isComplete(under template: CriteriaTemplate) -> Bool {
        isUnder(otherThan: template) ? scoredInFull : template.criteria.allSatisfy { points[$0.id] != nil }
    }

    /// "chưa chấm đủ (4/8)": what a sheet short of some criteria says instead of its band.
    public func shortfall(under template: CriteriaTemplate) -> String? {
        guard !isComplete(under: template) else { return nil }
        if isUnder(otherThan: template) { return "chưa chấm đủ (bản cũ)" }
        let scored = template.criteria.filter { points[$0.id] != nil }.count
        return "chưa chấm đủ (\(scored)/\(template.criteria.count))"
    }
}

/// One row of the worksheet: a unit or a person with both assessors' sheets.
public struct WorksheetRow: Equatable, Sendable, Identifiable {
    public var id: Int64
    public var name: String
    /// The unit a person belongs to, or a unit's head.
    public var note: String
    public var sheets: [Assessor: ScoreSheet]

    public init(id: Int64, name: String, note: String = "", sheets: [Assessor: ScoreSheet] = [:]) {
        self.id = id
        self.name = name
        self.note = note
        self.sheets = sheets
    }

    public func sheet(_ assessor: Assessor) -> ScoreSheet { sheets[assessor] ?? ScoreSheet() }
}
