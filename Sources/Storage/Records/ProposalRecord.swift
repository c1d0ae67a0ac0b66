import GRDB
import Model

/// A proposal for the Giấy khen with its appraisal, vote and decision.
struct ProposalRecord: Codable, FetchableRecord, MutablePersistableRecord, VersionedRecord {
    static let databaseTableName = "proposal"
    var id: Int64?
    var roundId: Int64
    var subject: String
    var subjectId: Int64
    var reason: String
    var dossier: String
    var proposedOn: String
    var appraisal: String
    var appraisedOn: String?
    var votesYes: Int?
    var votesNo: Int?
    var votesAbstain: Int?
    var votedOn: String?
    var votesPresent: Int?
    var votesThreshold: Int?
    var decisionNumber: String
    var decidedOn: String?
    var awarded: Bool?
    var decisionSigner: String
    var withdrawn: Bool
    var goldenNumber: Int?
    var version: Int
    var createdAt: String
    var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case id, subject, reason, dossier, appraisal, awarded, withdrawn, version
        case roundId = "round_id", subjectId = "subject_id", proposedOn = "proposed_on", appraisedOn = "appraised_on"
        case votesYes = "votes_yes", votesNo = "votes_no", votesAbstain = "votes_abstain", votedOn = "voted_on", votesPresent = "votes_present", votesThreshold = "votes_threshold"
        case decisionNumber = "decision_number", decidedOn = "decided_on", decisionSigner = "decision_signer"
        case goldenNumber = "golden_number"
        case createdAt = "created_at", updatedAt = "updated_at"
    }

    init(_ p: Proposal, now: String) {
        id = p.id == 0 ? nil : p.id
        roundId = p.roundID
        subject = p.subject.rawValue
        subjectId = p.subjectID
        reason = VietText.normalize(p.reason)
        dossier = VietText.normalize(p.dossier)
        proposedOn = p.proposedOn.iso
        appraisal = VietText.normalize(p.appraisal)
        appraisedOn = p.appraisedOn?.iso
        votesYes = p.vote?.yes
        votesNo = p.vote?.no
        votesAbstain = p.vote?.abstain
        votedOn = p.vote?.on.iso
        votesPresent = p.vote?.present
        votesThreshold = p.vote?.threshold
        decisionNumber = VietText.normalize(p.decision?.number ?? "")
        decidedOn = p.decision?.on.iso
        awarded = p.decision?.awarded
        decisionSigner = VietText.normalize(p.decision?.signedBy ?? "")
        withdrawn = p.withdrawn
        goldenNumber = p.goldenNumber
        version = p.version
        createdAt = now
        updatedAt = now
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func model(name: String) throws -> Proposal {
        var vote: Vote?
        if let votedOn, let yes = votesYes, let no = votesNo, let abstain = votesAbstain {
            vote = Vote(yes: yes, no: no, abstain: abstain, on: try day(votedOn), present: votesPresent, threshold: votesThreshold)
        }
        var decision: Decision?
        if let decidedOn, let awarded { decision = Decision(number: decisionNumber, on: try day(decidedOn), awarded: awarded, signedBy: decisionSigner) }
        return Proposal(id: id ?? 0, roundID: roundId, subject: ScoreSubject(rawValue: subject) ?? .unit, subjectID: subjectId,
                        name: name, reason: reason, dossier: dossier, proposedOn: try day(proposedOn), appraisal: appraisal,
                        appraisedOn: try appraisedOn.map(day), vote: vote, decision: decision, withdrawn: withdrawn,
                        version: version, goldenNumber: goldenNumber)
    }
}
