/// A change an officer asks for; Storage validates it and commits it with its audit entry.
public enum Change: Equatable, Sendable {
    /// Creates the unit when its id is 0, else updates it.
    case saveUnit(Unit)
    case setUnitArchived(id: Int64, archived: Bool)
    /// Creates or updates a person; `unitName` names the unit ("" for none).
    case savePerson(Person, unitName: String)
    case setPersonArchived(id: Int64, archived: Bool)
    /// Registers, or replaces the registration for the same owner and term.
    case register(Registration)
    case saveInitiative(Initiative)
    case setInitiativeArchived(id: Int64, archived: Bool)
    /// Records a report as received (or corrects the receipt); the date may not pass `today`.
    case saveReceipt(Receipt, today: Day)
    /// Takes back a receipt recorded by mistake.
    case removeReceipt(id: Int64)
    /// Creates or updates an activity; `unitName` names the responsible unit ("" for commune-wide).
    case saveActivity(Activity, unitName: String)
    case setActivityArchived(id: Int64, archived: Bool)
    /// Gives (or with nil clears) one score; `expected` is what the screen showed, so a
    /// score someone else changed meanwhile is not overwritten.
    case setScore(ScoreCell, points: Double?, expected: Double?)
    /// Adds a criterion (`index` nil) or rewords/re-weights the one at `index` of the round's
    /// group template; a template with scores gets a new version first.
    case saveCriterion(round: Int64, group: ScoringGroup, index: Int?, Criterion)
    case removeCriterion(round: Int64, group: ScoringGroup, index: Int)
    /// New minimums for the bands, highest first.
    case saveBands([Double])
    case setQuota(round: Int64, Quota)
    /// Creates or updates a proposal through one step of the flow (only that step's fields
    /// may change); `today` bounds its dates.
    case saveProposal(Proposal, step: ProposalStep, today: Day)
    /// Creates (id 0) or updates an account; a nil PIN keeps the current one.
    case saveAccount(Account, pin: String?)
    /// The commune's names, signers, symbols and lists for its documents.
    case saveSettings(CommuneSettings)
    /// Who attended the council's meeting on a round.
    case saveMeeting(Meeting)
    /// The parts of a year's report an officer writes (ưu điểm, hạn chế, phương hướng, kiến nghị).
    case saveReportWriting(year: Int, ReportWriting)
}

/// What a committed change touched, for the screen to say and select.
public struct ChangeResult: Equatable, Sendable {
    public enum Entity: String, Sendable { case unit, person, registration, initiative, activity, score, criterion, band,
        round, proposal, account
        case communeSetting = "commune_setting"
        case meeting
        case reportWriting = "report_writing"
        case receipt = "report_receipt"
        case template = "criteria_template"
    }

    public var entity: Entity
    public var id: Int64
    /// Said on screen once committed, e.g. "Đã lưu đơn vị “Xóm Đông”."
    public var message: String

    public init(entity: Entity, id: Int64, message: String) {
        self.entity = entity
        self.id = id
        self.message = message
    }
}
