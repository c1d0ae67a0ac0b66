import Testing
@testable import Model

@Suite struct AwardTests {
    let today = Day(2027, 12, 20)!
    var proposal: Proposal {
        Proposal(roundID: 1, subject: .unit, subjectID: 4, reason: "Xếp thứ 1", proposedOn: Day(2027, 12, 1)!)
    }

    @Test func eachStepNeedsTheOneBefore() {
        var p = proposal
        #expect(p.validationErrors(today: today).isEmpty)
        #expect(p.stage == .proposed)
        p.vote = Vote(yes: 5, no: 1, abstain: 0, on: Day(2027, 12, 5)!)
        #expect(p.validationErrors(today: today).map(\.message).contains("Hội đồng thẩm định trước khi biểu quyết."))
        p.appraisal = "Đủ điều kiện"
        p.appraisedOn = Day(2027, 12, 3)
        #expect(p.validationErrors(today: today).isEmpty)
        #expect(p.stage == .voted)
        p.decision = Decision(number: "12/QĐ-UBND", on: Day(2027, 12, 10)!, awarded: true)
        #expect(p.validationErrors(today: today).isEmpty)
        #expect(p.stage == .awarded)
        p.vote = nil
        #expect(p.validationErrors(today: today).map(\.field) == ["number"])
    }

    @Test func anAwardNeedsAVoteThatPassed() {
        var p = proposal
        p.appraisal = "Đủ điều kiện"
        p.appraisedOn = Day(2027, 12, 3)
        p.vote = Vote(yes: 3, no: 3, abstain: 1, on: Day(2027, 12, 5)!)
        p.decision = Decision(number: "12/QĐ-UBND", on: Day(2027, 12, 10)!, awarded: true)
        #expect(p.validationErrors(today: today).map(\.field) == ["awarded"])
        p.decision?.awarded = false
        #expect(p.validationErrors(today: today).isEmpty)
        #expect(p.stage == .declined)
    }

    @Test func datesRunInOrderAndNotPastToday() {
        var p = proposal
        p.appraisal = "Đủ"
        p.appraisedOn = Day(2027, 11, 30)
        #expect(p.validationErrors(today: today).map(\.field) == ["appraisedOn"])
        p.appraisedOn = Day(2027, 12, 3)
        p.vote = Vote(yes: 1, no: 0, abstain: 0, on: Day(2027, 12, 21)!)
        #expect(p.validationErrors(today: today).map(\.field) == ["votedOn"])
        p.vote = Vote(yes: 0, no: 0, abstain: 0, on: Day(2027, 12, 4)!)
        #expect(p.validationErrors(today: today).map(\.field) == ["yes"])
    }

    @Test func aReasonIsRequired() {
        var p = proposal
        p.reason = "  \u{7}"
        #expect(p.validationErrors(today: today).map(\.field) == ["reason"])
    }

    @Test func theQuotaCountsProposalsAndAwardsPerKind() {
        let quota = Quota(collective: 2, individual: 1)
        let use = QuotaUse(proposed: [.unit: 2, .person: 0], awarded: [.unit: 1])
        #expect(use.refusal(adding: .unit, awarding: false, quota: quota)?.message
                == "Vượt chỉ tiêu: vòng này chỉ được đề nghị 2 tập thể, đã có 2 đề nghị.")
        #expect(use.refusal(adding: .person, awarding: false, quota: quota) == nil)
        #expect(use.refusal(adding: .unit, awarding: true, quota: quota) == nil)
        #expect(QuotaUse(awarded: [.unit: 2]).refusal(adding: .unit, awarding: true, quota: quota) != nil)
        #expect(QuotaUse().refusal(adding: .person, awarding: false, quota: Quota()) != nil)
    }

    @Test func quotasStayWithinBounds() {
        #expect(Quota(collective: 5, individual: 0).validationErrors().isEmpty)
        #expect(Quota(collective: -1, individual: 501).validationErrors().map(\.field) == ["collective", "individual"])
        #expect(Plan.rounds.filter(\.isReview).map(\.quota) == [Quota(collective: 10, individual: 20), Quota(collective: 10, individual: 20)])
    }
}
