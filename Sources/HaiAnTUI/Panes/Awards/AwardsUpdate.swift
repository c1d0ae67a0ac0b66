import Model

/// Pane 5's part of `update`: the round, the views, and each step of a proposal.
func updateAwards(_ state: inout AppState, _ action: Action) {
    switch action {
    case .switchView:
        state.awards.view = AwardsView(rawValue: (state.awards.view.rawValue + 1) % AwardsView.allCases.count) ?? .proposals
    case .switchRound(let step):
        guard let round = state.awardsRound, let index = state.data.rounds.firstIndex(of: round) else { return }
        state.awards.roundID = state.data.rounds[min(max(index + step, 0), state.data.rounds.count - 1)].id
        state.awards.lists = [:]
    case .openNew:
        guard let round = state.awardsRound else { return }
        state.form = .proposalForm(Proposal(roundID: round.id, subject: .unit, subjectID: 0, proposedOn: state.today),
                                   step: .propose, today: state.today)
    case .openEdit, .openAppraisal, .openVote, .openDecision:
        guard let proposal = state.selectedAward?.proposal else {
            state.message = "Chưa chọn đề nghị nào."
            return
        }
        guard !proposal.withdrawn else {
            state.message = "Đề nghị đã rút; phím d để khôi phục trước."
            return
        }
        let step: ProposalStep = switch action {
        case .openAppraisal: .appraise
        case .openVote: .vote
        case .openDecision: .decide
        default: .propose
        }
        // What the Chairman decided is closed to appraisal and vote: said before any form opens.
        if let decision = proposal.decision, step == .appraise || step == .vote {
            state.message = "“\(proposal.name)” đã có Quyết định số \(decision.number): thẩm định, biểu quyết đã khép lại "
                + "(c, “Hủy quyết định” trước khi sửa)."
            return
        }
        state.form = .proposalForm(proposal, step: step, today: state.today)
    case .askArchive:
        guard var proposal = state.selectedAward?.proposal else { return }
        proposal.withdrawn.toggle()
        state.confirmation = Confirmation(
            question: proposal.withdrawn ? "Rút đề nghị khen thưởng “\(proposal.name)”?" : "Khôi phục đề nghị “\(proposal.name)”?",
            change: .saveProposal(proposal, step: .propose, today: state.today))
    case .showHistory:
        guard let proposal = state.selectedAward?.proposal else { return }
        state.historyRequest = .proposal(proposal.id, title: "Lịch sử đề nghị · \(proposal.name)")
    case .editQuota:
        guard let round = state.awardsRound else { return }
        state.form = .quotaForm(round)
    case .openDocuments:
        guard let round = state.awardsRound else { return }
        state.form = .documentsForm([.proposal, .minutes, .decision, .certificates, .achievements], year: round.year, round: round)
    default: break
    }
}
