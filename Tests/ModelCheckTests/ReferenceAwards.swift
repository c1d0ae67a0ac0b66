import Model

/// The award flow of the plan for the scored round's units, the simplest way: a proposal takes
/// its steps in order (proposed, appraised, voted, decided), each dated from the step before to
/// today; a withdrawn one takes none until restored; the round's quota bounds the proposals
/// standing, the votes passed and the awards; who may take which step is the role table's.
struct ReferenceAwards: Equatable {
    struct Proposal: Equatable {
        var proposedOn: Day
        var appraisedOn: Day?
        var vote: (yes: Int, no: Int, on: Day)?
        var decision: (awarded: Bool, on: Day)?
        var withdrawn = false

        var passed: Bool { vote.map { $0.yes > $0.no } ?? false }

        static func == (a: Proposal, b: Proposal) -> Bool {
            a.proposedOn == b.proposedOn && a.appraisedOn == b.appraisedOn && a.withdrawn == b.withdrawn
                && a.vote?.yes == b.vote?.yes && a.vote?.no == b.vote?.no && a.vote?.on == b.vote?.on
                && a.decision?.awarded == b.decision?.awarded && a.decision?.on == b.decision?.on
        }

        /// Every date from the step before it to today; a vote has votes; an award a vote that passed.
        func isValid(today: Day) -> Bool {
            guard proposedOn <= today else { return false }
            if let appraisedOn, appraisedOn < proposedOn || appraisedOn > today { return false }
            if let vote {
                guard let appraisedOn, vote.yes + vote.no > 0, vote.on >= appraisedOn, vote.on <= today else { return false }
            }
            if let decision {
                guard let vote, decision.on >= vote.on, decision.on <= today, !decision.awarded || passed else { return false }
            }
            return true
        }
    }

    /// The scored round's collective quota (the individual one is never touched here).
    var quota: Int
    var proposals: [Int64: Proposal] = [:]

    /// Standing proposals, votes passed and awards, leaving one unit out.
    func use(excluding unit: Int64?) -> (standing: Int, passed: Int, awarded: Int) {
        let others = proposals.filter { $0.key != unit && !$0.value.withdrawn }.map(\.value)
        return (others.count, others.filter(\.passed).count, others.filter { $0.decision?.awarded == true }.count)
    }

    /// Whether `after`, made by `step`, may stand for `unit` (the quota counting everyone else):
    /// a proposal standing anew, a vote passing and an award each need room in the quota.
    func allows(_ after: Proposal, for unit: Int64, by step: AwardStep, today: Day) -> Bool {
        guard after.isValid(today: today) else { return false }
        if after.withdrawn { return true }
        let use = use(excluding: unit)
        let wasStanding = proposals[unit].map { !$0.withdrawn } ?? false
        if !wasStanding && use.standing + 1 > quota { return false }
        if case .vote = step, after.passed, use.passed + 1 > quota { return false }
        if after.decision?.awarded == true && use.awarded + 1 > quota { return false }
        return true
    }

    /// The proposal a step would make of the one there is (nil: the step cannot be taken on it).
    func step(_ kind: AwardStep, unit: Int64, today: Day) -> Proposal? {
        guard kind != .propose else {
            // A new proposal, or a withdrawn one taken up again from the start.
            return proposals[unit].map { $0.withdrawn } ?? true ? Proposal(proposedOn: today) : nil
        }
        guard var proposal = proposals[unit] else { return nil }
        if kind == .withdrawOrRestore {
            proposal.withdrawn.toggle()
            return proposal
        }
        guard !proposal.withdrawn else { return nil }
        switch kind {
        case .appraise: proposal.appraisedOn = today
        case .vote(let yes, let no): proposal.vote = (yes, no, today)
        case .decide(let awarded): proposal.decision = (awarded, today)
        default: break
        }
        return proposal
    }

    /// A quota a round may take: never below the awards made.
    func allowsQuota(_ value: Int) -> Bool { value >= use(excluding: nil).awarded }
}

/// One step of the award flow as a command.
enum AwardStep: Equatable {
    case propose, appraise, vote(yes: Int, no: Int), decide(awarded: Bool), withdrawOrRestore
}

/// Who may do what, written again from the plan's description of the roles (not read from the
/// program's table): the administrator everything; an officer the records, the self assessment
/// and proposals; the council its scores, the criteria, proposals, appraisal and the vote; the
/// chairman the decision; a viewer nothing. Undo is anyone's but a viewer's.
enum ReferenceRoles {
    enum Work: CaseIterable { case records, selfScores, councilScores, templates, propose, appraise, vote, decide, settings, undo }

    static func may(_ role: Role, _ work: Work) -> Bool {
        switch role {
        case .admin: return true
        case .officer: return [.records, .selfScores, .propose, .undo].contains(work)
        case .council: return [.councilScores, .templates, .propose, .appraise, .vote, .undo].contains(work)
        case .chairman: return [.decide, .undo].contains(work)
        case .viewer: return false
        }
    }

    static func work(_ step: AwardStep) -> Work {
        switch step {
        case .propose, .withdrawOrRestore: return .propose
        case .appraise: return .appraise
        case .vote: return .vote
        case .decide: return .decide
        }
    }
}
