import Testing
@testable import Model

@Suite struct AccountTests {
    @Test func eachRoleMayDoOnlyItsOwnKindsOfChange() {
        let expected: [Role: Set<ChangeKind>] = [
            .admin: Set(ChangeKind.allCases),
            .officer: [.records, .selfScores, .propose],
            .council: [.councilScores, .templates, .propose, .appraise, .vote],
            .chairman: [.decide],
            .viewer: [],
        ]
        for role in Role.allCases {
            for kind in ChangeKind.allCases {
                let allowed = expected[role]?.contains(kind) ?? false
                #expect((role.refusal(kind) == nil) == allowed, "\(role) \(kind)")
            }
        }
        #expect(Role.viewer.refusal(.records) == "Tài khoản “xem” không được nhập, sửa dữ liệu đơn vị, cá nhân, báo cáo, hoạt động.")
    }

    @Test func changesKnowTheirKind() {
        let cell = ScoreCell(roundID: 1, subject: .unit, subjectID: 1, assessor: .council, criterionID: 1)
        var own = cell
        own.assessor = .selfAssessment
        #expect(Change.setScore(cell, points: 1, expected: nil).kind == .councilScores)
        #expect(Change.setScore(own, points: 1, expected: nil).kind == .selfScores)
        let proposal = Proposal(roundID: 1, subject: .unit, subjectID: 1, proposedOn: Day(2026, 1, 1)!)
        #expect(ProposalStep.allCases.map { Change.saveProposal(proposal, step: $0, today: Day(2026, 1, 1)!).kind }
                == [.propose, .appraise, .vote, .decide])
        #expect(Change.saveUnit(Unit(id: 0, name: "A", group: .a)).kind == .records)
        #expect(Change.saveBands([90, 70, 50]).kind == .templates)
        #expect(Change.setQuota(round: 1, Quota()).kind == .settings)
        #expect(Change.saveAccount(Account(name: "A", role: .viewer), pin: nil).kind == .accounts)
    }

    @Test(arguments: [("123456", "123456", nil), ("1234", "1234", "pin"), ("12345", "12345", "pin"), ("12a456", "12a456", "pin"),
                      ("1234567890123", "1234567890123", "pin"), ("123456", "654321", "repeat"), ("٣٣٣٣٣٣", "٣٣٣٣٣٣", "pin")]
          as [(String, String, String?)])
    func newPinsAreSixToTwelveDigitsTypedTwice(pin: String, repeated: String, field: String?) {
        #expect(Account(name: "Lan", role: .officer).validationErrors(pin: pin, repeated: repeated).first?.field == field)
    }

    @Test func anOfficerLocksAfterFiveWrongPinsAnAdministratorForAnHourAfterTen() {
        let officer = Account(name: "Lan", role: .officer), admin = Account(name: "Quản", role: .admin)
        #expect((0...4).map { officer.lock(failures: $0, secondsSinceLastFailure: 0) } == [nil, nil, nil, nil, nil])
        #expect(officer.lock(failures: 5, secondsSinceLastFailure: 86_400) == .locked)
        #expect(admin.lock(failures: 9, secondsSinceLastFailure: 0) == nil)
        #expect(admin.lock(failures: 10, secondsSinceLastFailure: 600) == .mustWait(seconds: 3000))
        #expect(admin.lock(failures: 10, secondsSinceLastFailure: 3600) == nil)
        #expect(officer.triesLeft(afterFailures: 3) == 2 && admin.triesLeft(afterFailures: 3) == 7)
    }
}
