import Model

/// The meeting part of `update`: attendance, typed votes, moving between slides, closing.
func updateMeeting(_ state: inout AppState, _ action: Action) {
    if action == .openMeeting {
        guard let round = state.awardsRound else { return }
        state.meeting = MeetingState(roundID: round.id)
        return
    }
    guard var meeting = state.meeting else { return }
    switch action {
    case .meetingStep(let step):
        meeting.step = min(max(0, meeting.step + step), meeting.closing)
        meeting.loadVotes()
    case .meetingMove(let step):
        if meeting.step == 0 {
            meeting.cursor = min(max(0, meeting.cursor + step), max(0, meeting.present.count - 1))
        } else {
            meeting.field = (meeting.field + step + 3) % 3
        }
    case .meetingToggle:
        guard meeting.step == 0, meeting.present.indices.contains(meeting.cursor) else { return }
        meeting.present[meeting.cursor].toggle()
    case .meetingInput(let character):
        guard meeting.row != nil else { return }
        guard character.isASCII, character.isNumber else {
            state.message = "Số phiếu chỉ gồm chữ số (“\(character)” không phải số)."
            return
        }
        guard meeting.votes[meeting.field].count < 3 else { return }
        meeting.votes[meeting.field].append(character)
    case .meetingBackspace:
        guard meeting.row != nil, !meeting.votes[meeting.field].isEmpty else { return }
        meeting.votes[meeting.field].removeLast()
    case .meetingEnter:
        guard let facts = meeting.facts else { return }
        if meeting.step == 0 {
            let present = facts.members.enumerated().filter { meeting.present[$0.offset] }.map(\.element)
            let absent = facts.members.enumerated().filter { !meeting.present[$0.offset] }.map(\.element)
            state.pendingChange = .saveMeeting(Meeting(roundID: facts.round.id, heldOn: facts.meeting?.heldOn ?? state.today,
                                                       present: present, absent: absent, version: facts.meeting?.version ?? 1))
        } else if let row = meeting.row {
            guard let record = facts.meeting, record.quorum else {
                state.message = "Chưa đủ quá nửa thành viên có mặt: chưa biểu quyết được (← về điểm danh)."
                return
            }
            let counts = meeting.votes.map { Int($0) }
            guard let yes = counts[0], let no = counts[1], let abstain = counts[2] else {
                state.message = "Gõ đủ ba số: tán thành, không tán thành, không biểu quyết (Tab sang ô sau)."
                return
            }
            var proposal = row.proposal
            proposal.vote = Vote(yes: yes, no: no, abstain: abstain, on: state.today, present: record.present.count,
                                 threshold: facts.threshold)
            state.pendingChange = .saveProposal(proposal, step: .vote, today: state.today)
        } else {
            // Closing: the minutes are written from what was recorded, then the meeting ends.
            state.documentRequest = DocumentRequest(kind: .minutes, year: facts.round.year, roundID: facts.round.id)
            state.meeting = nil
            return
        }
    case .closeMeeting:
        state.meeting = nil
        state.message = "Đã rời cuộc họp; điểm danh và phiếu đã ghi được giữ, M để họp tiếp."
        return
    default: return
    }
    state.meeting = meeting
}
