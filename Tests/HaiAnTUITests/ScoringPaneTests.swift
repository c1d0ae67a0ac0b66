import Model
import SnapshotTesting
import Storage
import Testing
@testable import HaiAnTUI

/// Panes 4 and 5 on the commune demo (seed 3, 21/05/2026), against golden text.
@Suite struct ScoringPaneTests {
    @Test func worksheetWhileTypingAt120x40() throws {
        let (fixture, start) = try Fixture.demo(.worksheet)
        let state = fixture.run(start, .switchGroup(1), .move(2), .moveColumn(1), .cellInput("7"), .cellInput(","))
        let text = screen(state)
        assertSnapshot(of: text, as: .lines)
        #expect(text.contains("7,▏"))
    }

    @Test func individualsAt80x24() throws {
        let (fixture, start) = try Fixture.demo(.worksheet, width: 80, height: 24)
        assertSnapshot(of: screen(fixture.run(start, .switchGroup(-1), .moveColumn(3))), as: .lines)
    }

    @Test func criteriaOffBy5SayHowMuch() throws {
        let (fixture, start) = try Fixture.demo(.worksheet)
        let template = try #require(start.worksheetTemplate)
        var criterion = template.criteria[0]
        criterion.maxPoints += 5
        try fixture.database.apply(.saveCriterion(round: template.roundID, group: template.group, index: 0, criterion), by: fixture.editor)
        let state = fixture.run(try fixture.state(), .selectPane(.worksheet), .switchView)
        let text = screen(state)
        assertSnapshot(of: text, as: .lines)
        #expect(text.contains("lệch +5 so với 100"))
        #expect(state.worksheetTemplate?.version == 2)
        // Typing a score under it is refused until it sums to 100 again.
        let typed = fixture.run(state, .switchView, .cellInput("1"))
        #expect(typed.worksheet.editing == nil)
        #expect(typed.message?.contains("lệch +5") == true)
    }

    @Test func awardsThroughEachStepAt120x40() throws {
        let (fixture, start) = try Fixture.demo(.worksheet)
        // 2026: the demo's 2025 round is already decided.
        let round = try #require(start.data.rounds.first { $0.code == "2026" })
        let day = Day(2026, 5, 10)!
        let ranked = fixture.run(start, .cycleSort).worksheet.rows.rows.prefix(4)
        for (index, row) in ranked.enumerated() {
            let proposal = Proposal(roundID: round.id, subject: .unit, subjectID: row.id, reason: "Hạng \(index + 1) nhóm a",
                                    dossier: "Báo cáo thành tích", proposedOn: day)
            // Each step as its own save, as the forms make them.
            var steps: [(ProposalStep, (inout Proposal) -> Void)] = [(.propose, { _ in })]
            if index < 3 { steps.append((.appraise, { $0.appraisal = "Đủ điều kiện"; $0.appraisedOn = day })) }
            if index < 2 {
                steps.append((.vote, { $0.vote = Vote(yes: 7 - index * 4, no: index * 4, abstain: 1, on: day) }))
                steps.append((.decide, { $0.decision = Decision(number: "\(12 + index)/QĐ-UBND", on: day, awarded: index == 0) }))
            }
            for (step, fill) in steps {
                var current = try fixture.database.proposal(round: round.id, subject: .unit, subjectID: row.id) ?? proposal
                fill(&current)
                try fixture.database.apply(.saveProposal(current, step: step, today: Fixture.today), by: fixture.editor)
            }
        }
        let state = fixture.run(start, .selectPane(.awards))
        let text = screen(state)
        assertSnapshot(of: text, as: .lines)
        #expect(text.contains("tập thể đề nghị 4/5, được khen 1/5"))
        let awarded = fixture.run(state, .switchView)
        #expect(awarded.awards.shown.count == 1)
        let trail = fixture.run(state, .showHistory)
        // The trail's times are the clock's, so the box is checked by its content.
        #expect(screen(trail).contains("Lịch sử đề nghị · \(state.selectedAward?.proposal.name ?? "?")"))
        for line in ["Cán bộ thử  thêm  — → Đề nghị", "Cán bộ thử  sửa  Đề nghị → Đã thẩm định",
                     "Cán bộ thử  sửa  Đã thẩm định → Đã biểu quyết", "Cán bộ thử  sửa  Đã biểu quyết → Được khen"] {
            #expect(screen(trail).contains(line), "\(line)")
        }
        #expect(fixture.run(trail, .closeHistory).history == nil)
    }

    @Test func aFifthProposalIsRefusedOverTheQuota() throws {
        let (fixture, start) = try Fixture.demo(.worksheet)
        var state = fixture.run(start, .switchGroup(1), .cycleSort)
        for _ in 0..<5 {
            state = fixture.run(state, .propose, .formSubmit, .move(1))
            #expect(state.form == nil, "\(state.form?.message ?? "")")
        }
        state = fixture.run(state, .propose, .formSubmit)
        #expect(state.form?.message == "Vượt chỉ tiêu: vòng này chỉ được đề nghị 5 tập thể, đã có 5 đề nghị.")
    }
}
