import Foundation
import GRDB
import Model

extension Writes {
    /// Creates or updates a proposal. A new one (or one taken back up) must fit the round's
    /// quota of proposals, and an award the quota of awards.
    static func saveProposal(_ db: Database, _ proposal: Proposal, _ step: ProposalStep, _ today: Day,
                             _ editor: Editor) throws -> ChangeResult {
        if let error = proposal.validationErrors(today: today).first { throw StoreError.invalid(error) }
        var proposal = proposal
        if step == .decide, proposal.decision != nil {
            // The Chairman signs; the officer typing it in is who the trail names.
            proposal.decision?.signedBy = try AppDatabase.settings(db).chairman
        }
        if proposal.subjectID == 0 { proposal.subjectID = try subjectID(db, proposal.subject, named: proposal.name) }
        guard let round = try RoundRecord.fetchOne(db, key: proposal.roundID)?.model else { throw StoreError.conflict }
        let name = try subjectName(db, proposal.subject, proposal.subjectID, group: nil)
        var record = ProposalRecord(proposal, now: timestamp())
        let stored = try ProposalRecord.filter(sql: "round_id = ? AND subject = ? AND subject_id = ?",
                                               arguments: [proposal.roundID, proposal.subject.rawValue, proposal.subjectID]).fetchOne(db)
        // One step at a time: its role was checked for that step, so no other step's fields may move.
        let before = try stored.map { try $0.model(name: name) }
        let base = record.id == nil && stored?.withdrawn == true ? nil : before
        if proposal.steps(changedFrom: base).contains(where: { $0 != step }) {
            throw StoreError.invalid(FieldError(field: "", message: "Mỗi lần chỉ ghi một bước của đề nghị."))
        }
        // A withdrawn proposal takes no step until it is restored (another program may have
        // withdrawn it while this one's form was open).
        if step != .propose, proposal.withdrawn || (record.id != nil && stored?.withdrawn == true) {
            throw StoreError.invalid(FieldError(field: "", message: "Đề nghị “\(name)” đã rút; khôi phục (phím d) trước."))
        }
        if record.id == nil, let stored {
            // A proposal withdrawn earlier is taken back up rather than duplicated.
            guard stored.withdrawn else {
                throw StoreError.invalid(FieldError(field: "reason", message: "“\(name)” đã được đề nghị trong \(round.title)."))
            }
            record.id = stored.id
            record.version = stored.version
        }
        let use = try AppDatabase.quotaUse(db, round: proposal.roundID, excluding: record.id)
        let wasStanding = stored.map { !$0.withdrawn && $0.id == record.id } ?? false
        if !proposal.withdrawn && !wasStanding,
           let refusal = use.refusal(adding: proposal.subject, awarding: false, quota: round.quota) {
            throw StoreError.invalid(refusal)
        }
        if step == .vote, let vote = proposal.vote, vote.passed, !proposal.withdrawn {
            // Passing beyond the quota is refused as proposing beyond it is.
            let passed = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM proposal WHERE round_id = ? AND subject = ? AND withdrawn = 0 AND id IS NOT ?
                AND votes_yes IS NOT NULL AND (CASE WHEN votes_present IS NULL THEN votes_yes > votes_no
                     ELSE votes_yes * 100 > votes_present * COALESCE(votes_threshold, 50) END)
                """, arguments: [proposal.roundID, proposal.subject.rawValue, record.id]) ?? 0
            let limit = round.quota.limit(proposal.subject)
            if passed + 1 > limit {
                throw StoreError.invalid(FieldError(field: "yes", message: "Vượt chỉ tiêu: vòng này chỉ được khen \(limit) "
                    + (proposal.subject == .unit ? "tập thể" : "cá nhân") + ", đã có \(passed) đề nghị được thông qua."))
            }
        }
        if proposal.decision?.awarded == true && !proposal.withdrawn,
           let refusal = use.refusal(adding: proposal.subject, awarding: true, quota: round.quota) {
            throw StoreError.invalid(refusal)
        }
        if let decision = before?.decision, step == .appraise || step == .vote {
            // What the Chairman decided on is closed: the decision goes first, in its own audited step.
            throw StoreError.invalid(FieldError(field: "", message: "Đã có Quyết định số \(decision.number): thẩm định, biểu quyết "
                + "đã khép lại (hủy quyết định trước khi sửa)."))
        }
        if step == .vote, let vote = proposal.vote { try checkVoteAgainstAttendance(db, vote, round: round) }
        if step == .decide, let decision = proposal.decision {
            record.decisionNumber = try decisionNumber(db, decision, round: round, proposal: record.id)
        }
        // The golden book: the next number on a first award, kept for good afterwards.
        record.goldenNumber = stored?.goldenNumber
        if record.goldenNumber == nil, proposal.decision?.awarded == true, !proposal.withdrawn {
            record.goldenNumber = (try Int.fetchOne(db, sql: "SELECT MAX(golden_number) FROM proposal") ?? 0) + 1
        }
        let id = try save(db, &record, entity: .proposal, editor: editor)
        return ChangeResult(entity: .proposal, id: id, message: "Đã lưu đề nghị khen thưởng “\(name)” (\(proposal.stage.phase)).")
    }
}

extension Writes {
    /// A number is one decision: typed again for another proposal, it must carry the same date
    /// and round (a second act takes a number of its own). Returns the number as first typed.
    private static func decisionNumber(_ db: Database, _ decision: Decision, round: Round, proposal id: Int64?) throws -> String {
        let key = DecisionAct.numberKey(decision.number)
        for row in try Row.fetchAll(db, sql: """
            SELECT decision_number, decided_on, round_id FROM proposal
            WHERE decided_on IS NOT NULL AND withdrawn = 0 AND id IS NOT ?
            """, arguments: [id]) where DecisionAct.numberKey(row["decision_number"]) == key {
            let number: String = row["decision_number"]
            let on = Day(iso: row["decided_on"]).map(\.display) ?? ""
            if row["round_id"] as Int64 != round.id {
                throw StoreError.invalid(FieldError(field: "number", message: "Số \(number) đã là quyết định của đợt khác: mỗi quyết định một số."))
            }
            if row["decided_on"] as String != decision.on.iso {
                throw StoreError.invalid(FieldError(field: "number", message: "Quyết định số \(number) đã ghi ngày \(on): cùng số là cùng "
                    + "một quyết định, cùng ngày; quyết định khác cần số khác."))
            }
            return number
        }
        return VietText.normalize(decision.number)
    }

    /// Votes are never more than the members there: the meeting's attendance when the round has
    /// one, else the council's members in the settings.
    private static func checkVoteAgainstAttendance(_ db: Database, _ vote: Vote, round: Round) throws {
        let cast = vote.yes + vote.no + vote.abstain
        let present: Int?
        let what: String
        if let list = try String.fetchOne(db, sql: "SELECT present FROM meeting WHERE id = ?", arguments: [round.id]),
           let names = try? JSONDecoder().decode([String].self, from: Data(list.utf8)) {
            present = names.count
            what = "\(names.count) thành viên có mặt trong cuộc họp"
        } else {
            let members = try AppDatabase.settings(db).councilMembers.count
            present = members == 0 ? nil : members
            what = "\(members) thành viên Hội đồng (cài đặt)"
        }
        if let present, cast > present {
            throw StoreError.invalid(FieldError(field: "yes", message: "\(cast) phiếu nhiều hơn \(what)."))
        }
    }
}

extension Writes {
    /// The active unit or person a typed name means (by hand, from pane 5).
    private static func subjectID(_ db: Database, _ subject: ScoreSubject, named name: String) throws -> Int64 {
        if subject == .unit {
            guard let id = try unitID(db, named: name, current: nil) else {
                throw StoreError.invalid(FieldError(field: "name", message: "Ghi tên đơn vị."))
            }
            return id
        }
        let name = VietText.normalize(name)
        let candidates = try Row.fetchAll(db, sql: "SELECT id, name FROM person WHERE archived = 0 AND name_fold = ?",
                                          arguments: [VietText.fold(name)])
        let exact = candidates.filter { VietText.normalize($0["name"]) == name }
        if exact.count == 1 { return exact[0]["id"] }
        if candidates.count == 1 { return candidates[0]["id"] }
        throw StoreError.invalid(FieldError(field: "name", message: candidates.isEmpty
            ? "Không có cá nhân nào tên “\(name)”."
            : "Nhiều người cùng tên này; hãy đề nghị từ bảng điểm (ô 4, phím p)."))
    }
}

extension AppDatabase {
    /// Standing proposals and awards of a round per kind, leaving one proposal out (the one being saved).
    static func quotaUse(_ db: Database, round: Int64, excluding id: Int64? = nil) throws -> QuotaUse {
        var use = QuotaUse()
        for row in try Row.fetchAll(db, sql: """
            SELECT subject, COUNT(*) AS proposed, SUM(awarded = 1) AS awarded FROM proposal
            WHERE round_id = ? AND withdrawn = 0 AND id IS NOT ? GROUP BY subject
            """, arguments: [round, id]) {
            guard let subject = ScoreSubject(rawValue: row["subject"]) else { continue }
            use.proposed[subject] = row["proposed"]
            use.awarded[subject] = row["awarded"] ?? 0
        }
        return use
    }
}
