import Model
import Storage

/// What the meeting shows, read when it opens and after each vote: the round, its standing
/// proposals in the order of the council's ranking, the members, the attendance kept.
public struct MeetingFacts: Equatable, Sendable {
    public var round: Round
    public var rows: [AwardRow]
    public var ranks: [ScoringGroup: RankTable]
    public var members: [String]
    public var meeting: Meeting?
    public var bands: Bands
    public var use: QuotaUse
    /// The share of those present (percent) a vote must exceed, from the settings.
    public var threshold: Int
    /// Each proposal's two sheets (by proposal id) and each group's criteria, for paired bars.
    public var sheets: [Int64: WorksheetRow] = [:]
    public var templates: [ScoringGroup: CriteriaTemplate] = [:]

    public init(round: Round, rows: [AwardRow], ranks: [ScoringGroup: RankTable], members: [String], meeting: Meeting?,
                bands: Bands, use: QuotaUse, threshold: Int = 50) {
        self.threshold = threshold
        self.round = round
        self.rows = rows
        self.ranks = ranks
        self.members = members
        self.meeting = meeting
        self.bands = bands
        self.use = use
    }
}

/// The council's meeting (`M` in pane 5) on the projector, the secretary at the keyboard: the
/// attendance, a slide per proposal where the vote is typed, a closing slide.
public struct MeetingState: Equatable, Sendable {
    public var roundID: Int64
    public var facts: MeetingFacts?
    /// 0 the attendance, 1…n the proposals, n+1 the closing.
    public var step = 0
    /// The member under the cursor on the attendance slide.
    public var cursor = 0
    public var present: [Bool] = []
    /// The three counts being typed (for, against, abstaining) and which has the focus.
    public var votes = ["", "", ""]
    public var field = 0
    /// Set after this program's own save: the next read resets the attendance and the counts
    /// shown. A read after another program's commit leaves what is being typed as typed.
    public var refresh = false

    public init(roundID: Int64) { self.roundID = roundID }

    var proposals: Int { facts?.rows.count ?? 0 }
    var closing: Int { proposals + 1 }
    /// The proposal on the slide shown.
    var row: AwardRow? { step >= 1 && step <= proposals ? facts?.rows[step - 1] : nil }
    var presentCount: Int { present.filter { $0 }.count }

    /// Picks the meeting up where it stopped: the attendance kept, the first proposal not yet voted.
    mutating func resume(_ facts: MeetingFacts, fresh: Bool) {
        self.facts = facts
        guard fresh || refresh else { return }
        refresh = false
        let kept = Set(facts.meeting?.present ?? facts.members)
        present = facts.members.map { kept.contains($0) }
        if fresh, facts.meeting != nil {
            step = (facts.rows.firstIndex { $0.proposal.vote?.present == nil }).map { $0 + 1 } ?? closing
        }
        loadVotes()
    }

    /// The counts shown on a proposal's slide: its vote if taken, else empty.
    mutating func loadVotes() {
        field = 0
        if let vote = row?.proposal.vote {
            votes = [String(vote.yes), String(vote.no), String(vote.abstain)]
        } else {
            votes = ["", "", ""]
        }
    }
}
