import Model

/// Pane 5's two views: the round's proposals through the flow, and the public list of awards.
public enum AwardsView: Int, CaseIterable, Sendable {
    case proposals, awarded

    public var title: String {
        switch self {
        case .proposals: return "Đề nghị khen thưởng"
        case .awarded: return "Danh sách được khen"
        }
    }
}

/// Pane 5's state: the round, its proposals and quota use, and the selection.
public struct AwardsState: Equatable, Sendable {
    public var view = AwardsView.proposals
    /// Nil until the pane picks the round of the current year.
    public var roundID: Int64?
    public var rows: [AwardRow] = []
    public var use = QuotaUse()
    var loaded: Int64?
    /// The proposal to select once the rows are read again (the one just saved).
    var locate: Int64?
    public var lists: [AwardsView: ListState] = [:]

    public init() {}

    public func list(_ view: AwardsView) -> ListState { lists[view] ?? ListState() }

    /// The rows the current view lists: every proposal, or the awarded ones.
    public var shown: [AwardRow] { view == .proposals ? rows : rows.filter { $0.proposal.stage == .awarded } }

    mutating func invalidate() { loaded = nil }
}

/// The trail shown over a pane: whose it is and its entries.
public struct HistoryState: Equatable, Sendable {
    public var title: String
    public var entries: [HistoryEntry]
}

/// Whose trail to read.
public enum HistoryTarget: Equatable, Sendable {
    case cell(ScoreCell, title: String)
    case proposal(Int64, title: String)
    /// Any audited row: a unit, a person, an initiative, an activity.
    case record(ChangeResult.Entity, Int64, title: String)

    var title: String {
        switch self {
        case .cell(_, let title), .proposal(_, let title), .record(_, _, let title): return title
        }
    }
}

extension AppState {
    public var awardsRound: Round? {
        data.rounds.first { $0.id == awards.roundID } ?? data.defaultRound(today: today)
    }

    var selectedAward: AwardRow? {
        let shown = awards.shown
        let selected = awards.list(awards.view).selected
        return shown.indices.contains(selected) ? shown[selected] : nil
    }

    var awardsLoadRequest: LoadRequest? {
        guard let round = awardsRound, awards.loaded != round.id else { return nil }
        return .awards(round: round.id)
    }
}
