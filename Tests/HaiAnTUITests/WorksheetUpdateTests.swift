import Model
import Testing
@testable import HaiAnTUI

/// Pane 4 driven through `update` and the real database: typing, committing, refusing.
@Suite struct WorksheetUpdateTests {
    @Test func typingShowsTheTotalAndRankBeforeSavingAndEnterSavesAndMovesOn() throws {
        let (fixture, start) = try Fixture.demo(.worksheet)
        var state = fixture.run(start, .switchGroup(1))
        let row = try #require(state.selectedWorksheetRow)
        let template = try #require(state.worksheetTemplate)
        let before = row.sheet(.council)
        let old = before.points[template.criteria[0].id]
        state = fixture.run(state, .cellInput("0"))
        #expect(state.worksheet.editing == "0")
        let live = state.liveSheet(row, .council)
        #expect(live.typed && live.total == before.total(replacing: template.criteria[0].id, with: 0))
        #expect(state.liveRanks == state.worksheet.ranks.moving(from: before.total, to: live.total))
        #expect(state.liveRank(row, in: state.liveRanks) == state.liveRanks.rank(of: live.total ?? 0))
        #expect(screen(state).contains("0▏"))
        state = fixture.run(state, .cellCommit)
        #expect(state.worksheet.editing == nil)
        #expect(state.worksheet.column == 1)
        #expect(state.message?.contains("Đã lưu điểm \(template.criteria[0].code)") == true)
        let saved = try #require(state.selectedWorksheetRow)
        #expect(saved.sheet(.council).points[template.criteria[0].id] == 0)
        #expect(old != 0)
        // Undo puts the old score back and the total with it.
        state = fixture.run(state, .undo)
        #expect(state.selectedWorksheetRow?.sheet(.council).total == before.total)
    }

    @Test func aScoreAboveTheMaximumIsRefusedAndNothingIsSaved() throws {
        let (fixture, start) = try Fixture.demo(.worksheet)
        let state = fixture.run(start, .cellInput("1"), .cellInput("2"), .cellInput("0"))
        let template = try #require(state.worksheetTemplate)
        #expect(state.message == "Tiêu chí \(template.criteria[0].code) tối đa \(formatPoints(template.criteria[0].maxPoints)) điểm; không nhận 120.")
        let refused = fixture.run(state, .cellCommit)
        #expect(refused.pendingChange == nil)
        #expect(refused.worksheet.editing == "120")
        #expect(refused.selectedWorksheetRow == start.selectedWorksheetRow)
        let cancelled = fixture.run(refused, .cellCancel)
        #expect(cancelled.worksheet.editing == nil)
    }

    @Test func digitsTypeInTheWorksheetButChoosePanesElsewhere() throws {
        let (_, start) = try Fixture.demo(.worksheet)
        #expect(Keymap.action(for: .char("3"), in: start) == .cellInput("3"))
        #expect(Keymap.action(for: .function(3), in: start) == .selectPane(.reports))
        let criteria = apply(start, .switchView)
        #expect(Keymap.action(for: .char("3"), in: criteria) == .selectPane(.reports))
        let typing = apply(start, .cellInput("7"))
        #expect(Keymap.action(for: .left, in: typing) == nil)
        #expect(Keymap.action(for: .enter, in: typing) == .cellCommit)
        #expect(Keymap.action(for: .char(","), in: typing) == .cellInput(","))
    }

    @Test func theAssessorSwitchesAndTheRankOrderPutsTheBestFirst() throws {
        let (fixture, start) = try Fixture.demo(.worksheet)
        let own = fixture.run(start, .cycleAssessor)
        #expect(own.worksheet.assessor == .selfAssessment)
        let ranked = fixture.run(start, .cycleSort)
        let totals = ranked.worksheet.rows.rows.compactMap { $0.sheet(.council).total }
        #expect(!totals.isEmpty && totals == totals.sorted(by: >))
        #expect(ranked.liveRank(try #require(ranked.selectedWorksheetRow), in: ranked.liveRanks) == 1)
    }

    @Test func aProposalFromARowCarriesItsScoreAndTheQuotaHolds() throws {
        let (fixture, start) = try Fixture.demo(.worksheet)
        // 2026: the demo's 2025 round is already decided.
        var state = fixture.run(start, .cycleSort, .propose)
        let form = try #require(state.form)
        #expect(form.text("reason").contains("hạng 1"))
        state = fixture.run(state, .formSubmit)
        #expect(state.form == nil)
        #expect(state.message?.contains("Đã lưu đề nghị") == true)
        state = fixture.run(state, .selectPane(.awards))
        #expect(state.awards.rows.count == 1)
        #expect(state.awards.use.proposed[.unit] == 1)
    }
}
