import Foundation
import Model
import Storage
import Testing
@testable import HaiAnTUI

/// Pane 5's flow as keys give it: a new proposal is the one selected afterwards, a decided one
/// takes no appraisal, the meeting offers only what is still to be decided.
@Suite struct AwardsFlowTests {
    private func propose(_ name: String, _ fixture: Fixture, _ state: AppState) throws -> AppState {
        var state = fixture.run(state, .openNew)
        var form = try #require(state.form)
        form.fields[try #require(form.fields.firstIndex { $0.key == "name" })].text = name
        form.fields[try #require(form.fields.firstIndex { $0.key == "reason" })].text = "Làm tốt"
        state.form = form
        state = fixture.run(state, .formSubmit)
        #expect(state.message?.hasPrefix("Đã lưu đề nghị") == true, "\(state.message ?? state.form?.message ?? "")")
        return state
    }

    @Test func aNewProposalIsSelectedSoTheNextStepActsOnIt() throws {
        let (fixture, start) = try Fixture.demo(.awards)
        #expect(start.awardsRound?.code == "2026" && start.awards.rows.isEmpty)
        let names = try fixture.database.units(UnitQuery(year: 2026), offset: 0, limit: 80).rows.map(\.unit.name)
        var state = try propose(names[0], fixture, start)
        for name in names[1...3] {
            state = try propose(name, fixture, state)
            #expect(state.selectedAward?.proposal.name == name)
        }
        // `t` now appraises the new one, never the row that was selected before.
        state = fixture.run(state, .openAppraisal)
        #expect(state.form?.title.contains(names[3]) == true)
    }

    @Test func aDecidedProposalRefusesItsAppraisalInWords() throws {
        let (fixture, start) = try Fixture.demo(.awards)
        // The pane says so before any form opens, for the appraisal and the vote alike.
        for action in [Action.openAppraisal, .openVote] {
            let state = fixture.run(start, .switchRound(-1), action)
            #expect(state.form == nil)
            #expect(state.message?.contains("đã có Quyết định số 512/QĐ-UBND") == true, "\(String(describing: state.message))")
        }
        // The decision itself opens, with "Hủy quyết định" among its choices.
        let decide = fixture.run(start, .switchRound(-1), .openDecision)
        guard case .choice(let choices)? = decide.form?.fields.first?.kind else {
            Issue.record("no decision form")
            return
        }
        #expect(choices.contains("Hủy quyết định"))
    }
}
