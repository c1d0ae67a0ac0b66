import Foundation
import Model
import Storage
import Testing
@testable import HaiAnTUI

/// The council's meeting (`M` in pane 5): attendance, votes typed and checked, the closing
/// writing the minutes, and a meeting left half-way resuming where it stopped.
@Suite struct MeetingTests {
    /// The demo's 2026 round with three collectives proposed and appraised.
    private func ready() throws -> (Fixture, AppState) {
        let (fixture, start) = try Fixture.demo(.worksheet)
        var state = fixture.run(start, .cycleSort)
        for _ in 0..<3 {
            state = fixture.run(state, .propose)
            state = fixture.run(state, .formSubmit, .move(1))
        }
        state = fixture.run(state, .selectPane(.awards))
        #expect(state.awards.rows.count == 3)
        for index in 0..<3 {
            state = fixture.run(state, .first, .page(0))
            state = fixture.run(state, .move(index), .openAppraisal)
            state.form?.fields[0].text = "Đạt yêu cầu"
            state = fixture.run(state, .formSubmit)
        }
        #expect(state.awards.rows.allSatisfy { $0.proposal.appraisedOn != nil })
        return (fixture, state)
    }

    private func type(_ text: String, _ fixture: Fixture, _ state: AppState) -> AppState {
        text.reduce(state) { state, character in
            character == "\t" ? fixture.run(state, .meetingMove(1)) : fixture.run(state, Keymap.action(for: .char(character), in: state)!)
        }
    }

    @Test func attendanceVotesAndTheMinutes() throws {
        var (fixture, state) = try ready()
        state = fixture.run(state, .openMeeting)
        let members = try #require(state.meeting?.facts?.members.count)
        #expect(members == 11 && screen(state).contains("ĐIỂM DANH THÀNH VIÊN"))
        state = fixture.run(state, .meetingMove(10), .meetingToggle, .meetingMove(-1), .meetingToggle, .meetingEnter)
        #expect(state.message == "Đã ghi điểm danh: 9/11 thành viên có mặt.")
        #expect(state.meeting?.step == 1 && screen(state).contains("ĐỀ NGHỊ 1/3"))
        // Typing owns the digits; a letter is refused; counts that do not add up save nothing.
        #expect(Keymap.action(for: .char("q"), in: state) == .meetingInput("q"))
        state = fixture.run(type("5\t3\t0", fixture, state), .meetingEnter)
        #expect(state.message == "Tán thành 5 + không tán thành 3 + không biểu quyết 0 = 8, phải bằng 9 thành viên có mặt.")
        #expect(state.meeting?.step == 1)
        state = fixture.run(state, .meetingBackspace)
        state = fixture.run(type("1", fixture, state), .meetingEnter)
        #expect(state.meeting?.step == 2)
        // Four of nine is not more than half: the vote is kept, not passed.
        state = fixture.run(type("4\t4\t1", fixture, state), .meetingEnter)
        state = fixture.run(type("7\t1\t1", fixture, state), .meetingEnter)
        #expect(state.meeting?.step == 4 && screen(state).contains("KẾT QUẢ BIỂU QUYẾT"))
        let votes = try fixture.database.awards(round: try #require(state.awardsRound?.id)).rows.compactMap(\.proposal.vote)
        #expect(votes.count == 3 && votes.filter(\.passed).count == 2 && votes.allSatisfy { $0.present == 9 })
        state = fixture.run(state, .meetingEnter)
        #expect(state.meeting == nil && state.message?.contains("van-ban/haian-bien-ban-2026.docx") == true)
        // Opened again, the meeting resumes with what was kept: the closing, all voted.
        state = fixture.run(state, .openMeeting)
        #expect(state.meeting?.step == 4 && state.meeting?.presentCount == 9)
    }

    @Test func noVoteBeforeTheAppraisalOrWithoutAQuorum() throws {
        let (fixture, start) = try Fixture.demo(.worksheet)
        var state = fixture.run(start, .cycleSort, .propose, .formSubmit, .selectPane(.awards), .openMeeting)
        // Six of eleven absent: no quorum, no vote.
        state = fixture.run(state, .meetingToggle, .meetingMove(1), .meetingToggle, .meetingMove(1), .meetingToggle,
                            .meetingMove(1), .meetingToggle, .meetingMove(1), .meetingToggle, .meetingMove(1), .meetingToggle, .meetingEnter)
        #expect(state.message?.contains("5/11 thành viên có mặt, chưa đủ quá nửa") == true)
        state = fixture.run(type("3\t1\t1", fixture, state), .meetingEnter)
        #expect(state.message?.hasPrefix("Chưa đủ quá nửa thành viên có mặt") == true)
        state = fixture.run(state, .meetingStep(-1), .meetingToggle, .meetingMove(-1), .meetingToggle, .meetingEnter)
        #expect(state.message == "Đã ghi điểm danh: 7/11 thành viên có mặt.")
        state = fixture.run(type("5\t1\t1", fixture, state), .meetingEnter)
        #expect(state.message == "Hội đồng thẩm định trước khi biểu quyết.")
        #expect(try fixture.database.awards(round: try #require(state.awardsRound?.id)).rows.allSatisfy { $0.proposal.vote == nil })
    }

    @Test func aProvincesHigherThresholdIsKeptWithTheVote() throws {
        var (fixture, state) = try ready()
        var settings = try fixture.database.settings()
        settings.voteThreshold = 70
        try fixture.database.apply(.saveSettings(settings), by: fixture.editor)
        state = fixture.run(state, .openMeeting, .meetingMove(10), .meetingToggle, .meetingMove(-1), .meetingToggle, .meetingEnter)
        #expect(screen(state).contains("Thông qua khi có từ 7/9 phiếu tán thành (trên 70% số có mặt)"))
        state = fixture.run(type("6\t2\t1", fixture, state), .meetingEnter)
        let round = try #require(state.awardsRound?.id)
        let vote = try #require(try fixture.database.awards(round: round).rows.compactMap(\.proposal.vote).first)
        #expect(vote.threshold == 70 && !vote.passed)
        // A later change of the setting moves no result already recorded.
        settings.voteThreshold = 50
        try fixture.database.apply(.saveSettings(settings), by: fixture.editor)
        #expect(try fixture.database.awards(round: round).rows.compactMap(\.proposal.vote).first?.passed == false)
    }

    @Test func anotherProgramsCommitLeavesTheCountsBeingTyped() throws {
        var (fixture, state) = try ready()
        state = fixture.run(state, .openMeeting, .meetingEnter)
        state = type("6\t2", fixture, state)
        state = fixture.run(state, .externalChange(try fixture.database.dashboard()))
        #expect(state.meeting?.facts != nil && state.meeting?.votes == ["6", "2", ""] && state.meeting?.step == 1)
    }
}
