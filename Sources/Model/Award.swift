/// Where a proposal for the Chairman's Giấy khen stands.
public enum ProposalStage: Int, Sendable, Comparable, CaseIterable {
    case proposed, appraised, voted, awarded, declined, withdrawn

    public var title: String {
        switch self {
        case .proposed: return "Đề nghị"
        case .appraised: return "Đã thẩm định"
        case .voted: return "Đã biểu quyết"
        case .awarded: return "Được khen"
        case .declined: return "Không khen"
        case .withdrawn: return "Đã rút"
        }
    }

    /// Where the proposal stands, as a clause: "mới đề nghị", "đã thẩm định", "được khen".
    public var phase: String {
        switch self {
        case .proposed: return "mới đề nghị, chờ thẩm định"
        case .appraised: return "đã thẩm định, chờ biểu quyết"
        case .voted: return "đã biểu quyết, chờ quyết định"
        case .awarded: return "được khen"
        case .declined: return "không được khen"
        case .withdrawn: return "đã rút"
        }
    }

    public static func < (a: ProposalStage, b: ProposalStage) -> Bool { a.rawValue < b.rawValue }
}

/// A step of the award flow: each is recorded by its own form and granted to its own roles.
public enum ProposalStep: Sendable, Equatable, CaseIterable, Codable {
    case propose, appraise, vote, decide
}

/// The council's vote on a proposal.
public struct Vote: Sendable, Equatable, Codable {
    public var yes: Int
    public var no: Int
    public var abstain: Int
    public var on: Day
    /// Members present when it was taken in a meeting (`M`); nil for a vote typed afterwards.
    public var present: Int?
    /// The share of those present (percent) the votes for must exceed, as the settings held it
    /// at the meeting; kept with the vote so a later change of the setting moves no result.
    public var threshold: Int?

    public init(yes: Int, no: Int, abstain: Int, on: Day, present: Int? = nil, threshold: Int? = nil) {
        self.yes = yes
        self.no = no
        self.abstain = abstain
        self.on = on
        self.present = present
        self.threshold = threshold
    }

    /// Taken in a meeting: more than the threshold's share (half by default) of the members
    /// present voted for; typed afterwards: more for than against.
    public var passed: Bool { present.map { yes * 100 > $0 * (threshold ?? 50) } ?? (yes > no) }

    /// The fewest votes for that pass with `present` members and a threshold in percent.
    public static func needed(present: Int, threshold: Int) -> Int { present * threshold / 100 + 1 }
    public var summary: String { "\(yes) tán thành · \(no) không · \(abstain) phiếu trắng" }
}

/// The Chairman's decision on a proposal.
public struct Decision: Sendable, Equatable, Codable {
    public var number: String
    public var on: Day
    public var awarded: Bool
    /// Who signed it: the Chairman named in the settings when it was recorded — not the
    /// officer who typed it in, whom the audit trail names.
    public var signedBy: String

    public init(number: String, on: Day, awarded: Bool, signedBy: String = "") {
        self.number = number
        self.on = on
        self.awarded = awarded
        self.signedBy = signedBy
    }
}

/// A proposal (đề nghị) for the Chairman's Giấy khen in a round, through appraisal, vote and decision.
public struct Proposal: Sendable, Equatable, Identifiable, Codable {
    public var id: Int64
    public var roundID: Int64
    public var subject: ScoreSubject
    public var subjectID: Int64
    /// The unit's or person's name, as read.
    public var name: String
    public var reason: String
    /// The dossier items (hồ sơ), free text.
    public var dossier: String
    public var proposedOn: Day
    public var appraisal: String
    public var appraisedOn: Day?
    public var vote: Vote?
    public var decision: Decision?
    public var withdrawn: Bool
    public var version: Int
    /// The award's number in the commune's golden book (sổ vàng), given once when it is first
    /// awarded and kept by it for good (a cancelled award keeps its number, marked so).
    public var goldenNumber: Int?

    public init(id: Int64 = 0, roundID: Int64, subject: ScoreSubject, subjectID: Int64, name: String = "",
                reason: String = "", dossier: String = "", proposedOn: Day, appraisal: String = "",
                appraisedOn: Day? = nil, vote: Vote? = nil, decision: Decision? = nil, withdrawn: Bool = false,
                version: Int = 1, goldenNumber: Int? = nil) {
        self.id = id
        self.roundID = roundID
        self.subject = subject
        self.subjectID = subjectID
        self.name = name
        self.reason = reason
        self.dossier = dossier
        self.proposedOn = proposedOn
        self.appraisal = appraisal
        self.appraisedOn = appraisedOn
        self.vote = vote
        self.decision = decision
        self.withdrawn = withdrawn
        self.version = version
        self.goldenNumber = goldenNumber
    }

    public static let maxTextWidth = 1000

    /// The steps whose fields differ from `old` (a new proposal: every step it fills in).
    public func steps(changedFrom old: Proposal?) -> Set<ProposalStep> {
        var steps: Set<ProposalStep> = []
        let base = old ?? Proposal(roundID: roundID, subject: subject, subjectID: subjectID, proposedOn: proposedOn)
        if old == nil || reason != base.reason || dossier != base.dossier || proposedOn != base.proposedOn
            || withdrawn != base.withdrawn { steps.insert(.propose) }
        if appraisal != base.appraisal || appraisedOn != base.appraisedOn { steps.insert(.appraise) }
        if vote != base.vote { steps.insert(.vote) }
        if decision != base.decision { steps.insert(.decide) }
        return steps
    }

    public var stage: ProposalStage {
        if withdrawn { return .withdrawn }
        if let decision { return decision.awarded ? .awarded : .declined }
        if vote != nil { return .voted }
        return appraisedOn != nil ? .appraised : .proposed
    }

    /// Each step needs the one before: appraisal, then the vote, then the decision; an
    /// award needs a vote that passed; dates run in order and not past `today`.
    public func validationErrors(today: Day) -> [FieldError] {
        var errors: [FieldError] = []
        if VietText.normalize(reason).isEmpty {
            errors.append(FieldError(field: "reason", message: "Cần ghi lý do đề nghị (thành tích)."))
        }
        for (field, text) in [("reason", reason), ("dossier", dossier), ("appraisal", appraisal)]
        where VietText.displayWidth(VietText.normalize(text)) > Self.maxTextWidth {
            errors.append(FieldError(field: field, message: "Quá dài (tối đa \(Self.maxTextWidth) ký tự)."))
        }
        if proposedOn > today { errors.append(FieldError(field: "proposedOn", message: "Ngày đề nghị chưa tới.")) }
        if let appraisedOn {
            if VietText.normalize(appraisal).isEmpty {
                errors.append(FieldError(field: "appraisal", message: "Cần ghi ý kiến thẩm định."))
            }
            if appraisedOn < proposedOn || appraisedOn > today {
                errors.append(FieldError(field: "appraisedOn", message: "Ngày thẩm định phải từ ngày đề nghị đến hôm nay."))
            }
        }
        if let vote {
            if appraisedOn == nil {
                errors.append(FieldError(field: "yes", message: "Hội đồng thẩm định trước khi biểu quyết."))
            }
            if vote.yes + vote.no + vote.abstain == 0 {
                errors.append(FieldError(field: "yes", message: "Chưa có phiếu nào."))
            }
            if let present = vote.present, vote.yes + vote.no + vote.abstain != present {
                errors.append(FieldError(field: "yes", message: "Tán thành \(vote.yes) + không tán thành \(vote.no) + không biểu quyết "
                                         + "\(vote.abstain) = \(vote.yes + vote.no + vote.abstain), phải bằng \(present) thành viên có mặt."))
            }
            if [vote.yes, vote.no, vote.abstain].contains(where: { $0 < 0 || $0 > 999 }) {
                errors.append(FieldError(field: "yes", message: "Số phiếu từ 0 đến 999."))
            }
            if vote.on < (appraisedOn ?? proposedOn) || vote.on > today {
                errors.append(FieldError(field: "votedOn", message: "Ngày biểu quyết phải từ ngày thẩm định đến hôm nay."))
            }
        }
        if let decision {
            guard let vote else {
                errors.append(FieldError(field: "number", message: "Hội đồng biểu quyết trước khi Chủ tịch quyết định."))
                return errors
            }
            if VietText.normalize(decision.number).isEmpty {
                errors.append(FieldError(field: "number", message: "Cần số quyết định (ví dụ 123/QĐ-UBND)."))
            }
            if decision.awarded && !vote.passed {
                errors.append(FieldError(field: "awarded", message: "Biểu quyết không đạt (\(vote.yes) tán thành, \(vote.no) không): không khen được."))
            }
            if decision.on < vote.on || decision.on > today {
                errors.append(FieldError(field: "decidedOn", message: "Ngày quyết định phải từ ngày biểu quyết đến hôm nay."))
            }
        }
        return errors
    }
}

/// The Chairman's decision as one act: one number, one date, one signer, one round, and the
/// proposals it awards or declines. Proposals decided under the same number are on it; two
/// numbers are two decisions, each its own document.
public struct DecisionAct: Sendable, Equatable {
    public var number: String
    public var on: Day
    public var signedBy: String
    public var awarded: [Proposal]
    public var declined: [Proposal]

    public init(number: String, on: Day, signedBy: String, awarded: [Proposal] = [], declined: [Proposal] = []) {
        self.number = number
        self.on = on
        self.signedBy = signedBy
        self.awarded = awarded
        self.declined = declined
    }

    /// A round's decisions from its proposals, by date then number; withdrawn proposals are on none.
    public static func acts(_ proposals: [Proposal]) -> [DecisionAct] {
        var acts: [String: DecisionAct] = [:]
        for proposal in proposals where !proposal.withdrawn {
            guard let decision = proposal.decision else { continue }
            let key = numberKey(decision.number)
            var act = acts[key] ?? DecisionAct(number: decision.number, on: decision.on, signedBy: decision.signedBy)
            if decision.awarded { act.awarded.append(proposal) } else { act.declined.append(proposal) }
            acts[key] = act
        }
        return acts.values.sorted { ($0.on, numberKey($0.number)) < ($1.on, numberKey($1.number)) }
    }

    /// Two typings of one number are one decision: "125/QĐ-UBND", "125 / qđ-ubnd".
    public static func numberKey(_ number: String) -> String {
        VietText.fold(number).filter { !$0.isWhitespace }
    }
}

/// How a round's quota is used: proposals standing and awards made, per kind of recipient.
public struct QuotaUse: Sendable, Equatable {
    public var proposed: [ScoreSubject: Int]
    public var awarded: [ScoreSubject: Int]

    public init(proposed: [ScoreSubject: Int] = [:], awarded: [ScoreSubject: Int] = [:]) {
        self.proposed = proposed
        self.awarded = awarded
    }

    /// Why one more proposal (or one more award) of this kind is refused, if it is. The plan
    /// asks for awards "within the quota"; proposing beyond it would only promise what
    /// cannot be given, so proposals count against it too.
    public func refusal(adding subject: ScoreSubject, awarding: Bool, quota: Quota) -> FieldError? {
        let limit = quota.limit(subject)
        let kind = subject == .unit ? "tập thể" : "cá nhân"
        let used = (awarding ? awarded : proposed)[subject] ?? 0
        guard used + 1 > limit else { return nil }
        return FieldError(field: "quota",
                          message: awarding
                            ? "Vượt chỉ tiêu: vòng này chỉ được khen \(limit) \(kind), đã khen \(used)."
                            : "Vượt chỉ tiêu: vòng này chỉ được đề nghị \(limit) \(kind), đã có \(used) đề nghị.")
    }
}

/// A proposal as pane 5 lists it, with the subject's group and council total in the round.
public struct AwardRow: Equatable, Sendable, Identifiable {
    public var proposal: Proposal
    public var group: ScoringGroup
    public var councilTotal: Double?

    public init(proposal: Proposal, group: ScoringGroup, councilTotal: Double?) {
        self.proposal = proposal
        self.group = group
        self.councilTotal = councilTotal
    }

    public var id: Int64 { proposal.id }
}
