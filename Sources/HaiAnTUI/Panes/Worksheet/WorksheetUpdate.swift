import Model

/// Pane 4's part of `update`: round, group, assessor and order; typing into a cell and
/// committing it; the criteria view and its forms; proposals and trails from a row.
func updateWorksheet(_ state: inout AppState, _ action: Action) {
    switch action {
    case .switchView:
        state.worksheet.view = WorksheetView(rawValue: (state.worksheet.view.rawValue + 1) % WorksheetView.allCases.count) ?? .scores
        state.worksheet.editing = nil
    case .switchRound(let step):
        guard let round = state.worksheetRound, let index = state.data.rounds.firstIndex(of: round) else { return }
        state.worksheet.roundID = state.data.rounds[min(max(index + step, 0), state.data.rounds.count - 1)].id
        restartWorksheet(&state)
    case .switchGroup(let step):
        let groups = ScoringGroup.allCases
        let index = groups.firstIndex(of: state.worksheet.group) ?? 0
        state.worksheet.group = groups[((index + step) % groups.count + groups.count) % groups.count]
        state.worksheet.column = 0
        restartWorksheet(&state)
    case .cycleAssessor:
        state.worksheet.assessor = state.worksheet.assessor.other
        state.worksheet.editing = nil
    case .cycleSort:
        state.worksheet.sort = state.worksheet.sort == .name ? .rank : .name
        restartWorksheet(&state)
    case .moveColumn(let step):
        let count = state.worksheetTemplate?.criteria.count ?? 0
        state.worksheet.column = min(max(state.worksheet.column + step, 0), max(0, count - 1))
    case .cellInput(let character): typeIntoCell(&state, character)
    case .cellBackspace:
        guard var text = state.worksheet.editing else { return }
        text.removeLast()
        state.worksheet.editing = text.isEmpty ? nil : text
    case .cellCancel:
        state.worksheet.editing = nil
        state.message = "Đã bỏ, ô giữ nguyên."
    case .cellCommit: commitCell(&state)
    case .clearCell:
        guard let selected = state.selectedCell, let points = selected.points else {
            state.message = "Ô này chưa có điểm."
            return
        }
        state.confirmation = Confirmation(
            question: "Xoá điểm \(selected.criterion.code) (\(formatPoints(points))) của “\(selected.row.name)”?",
            change: .setScore(selected.cell, points: nil, expected: points))
    case .showHistory:
        guard let selected = state.selectedCell else { return }
        state.historyRequest = .cell(selected.cell, title: "Lịch sử ô \(selected.criterion.code) · \(selected.row.name) · \(state.worksheet.assessor.title)")
    case .propose: proposeSelected(&state)
    case .editBands: state.form = .bandsForm(state.data.bands)
    case .openNew, .openEdit, .askArchive: editCriteria(&state, action)
    default: break
    }
}

private func restartWorksheet(_ state: inout AppState) {
    state.worksheet.editing = nil
    state.worksheet.lists = [:]
}

/// The first key typed replaces the cell's value, as in a spreadsheet; a sheet given under
/// an older template or a template that does not sum to 100 is refused at once.
private func typeIntoCell(_ state: inout AppState, _ character: Character) {
    guard state.worksheet.view == .scores, let selected = state.selectedCell, let template = state.worksheetTemplate else {
        state.message = "Chọn một ô điểm trước."
        return
    }
    if let reason = template.unusableReason {
        state.message = reason
        return
    }
    if selected.row.sheet(state.worksheet.assessor).isUnder(otherThan: template) {
        state.message = "Bảng điểm này đã chấm theo bộ tiêu chí bản cũ; tổng giữ nguyên như đã chấm."
        return
    }
    guard Points.accepts(character) else {
        state.message = "Ô điểm chỉ nhận chữ số và dấu phẩy (“\(character)” không phải điểm)."
        return
    }
    let text = (state.worksheet.editing ?? "") + String(character)
    guard text.count <= 5 else { return }
    state.worksheet.editing = text
    if case .failure(let error) = selected.criterion.score(text), !text.hasSuffix(","), !text.hasSuffix(".") {
        state.message = error.message
    }
}

/// Enter saves the typed value (refused in words when it is not a score of this criterion),
/// then moves to the next criterion.
private func commitCell(_ state: inout AppState) {
    guard let text = state.worksheet.editing, let selected = state.selectedCell else { return }
    switch selected.criterion.score(text) {
    case .failure(let error): state.message = error.message
    case .success(let points):
        if points == selected.points {
            state.worksheet.editing = nil
            advanceColumn(&state)
            return
        }
        state.worksheet.advanceOnSave = true
        state.pendingChange = .setScore(selected.cell, points: points, expected: selected.points)
    }
}

func advanceColumn(_ state: inout AppState) {
    let count = state.worksheetTemplate?.criteria.count ?? 0
    state.worksheet.column = min(state.worksheet.column + 1, max(0, count - 1))
}

private func proposeSelected(_ state: inout AppState) {
    guard let row = state.selectedWorksheetRow, let round = state.worksheetRound else { return }
    var reason = ""
    if let total = row.sheet(.council).total {
        let rank = state.worksheet.ranks.rank(of: total)
        reason = "Hội đồng chấm \(formatPoints(total)) điểm, xếp loại \(state.data.bands.label(for: total)), hạng \(rank) \(state.worksheet.group.shortTitle.lowercased())."
    }
    let proposal = Proposal(roundID: round.id, subject: ScoreSubject(state.worksheet.group), subjectID: row.id, name: row.name,
                            reason: reason, proposedOn: state.today)
    state.form = .proposalForm(proposal, step: .propose, today: state.today)
}

private func editCriteria(_ state: inout AppState, _ action: Action) {
    guard state.worksheet.view == .criteria, let template = state.worksheetTemplate else { return }
    let index = state.worksheet.list(.criteria).selected
    switch action {
    case .openNew:
        state.form = .criterionForm(Criterion(code: "", title: "", maxPoints: 0), template: template, index: nil)
    case .openEdit:
        guard template.criteria.indices.contains(index) else { return }
        state.form = .criterionForm(template.criteria[index], template: template, index: index)
    default:
        guard template.criteria.indices.contains(index) else { return }
        let criterion = template.criteria[index]
        state.confirmation = Confirmation(question: "Bỏ tiêu chí \(criterion.code) “\(criterion.title)” khỏi bộ tiêu chí?",
                                          change: .removeCriterion(round: template.roundID, group: template.group, index: index))
    }
}

/// Takes the results of pane 4's and 5's reads and of trails; false when not theirs.
func applyScoringLoad(_ state: inout AppState, _ result: LoadResult) -> Bool {
    switch result {
    case .worksheet(let query, let window):
        state.worksheet.rows = window
        state.worksheet.loaded = query
        moveSelection(&state, pane: .worksheet, to: state.worksheet.list(.scores).selected)
    case .ranks(let query, let table):
        state.worksheet.ranks = table
        state.worksheet.loadedRanks = query
    case .awards(let round, let rows, let use):
        state.awards.rows = rows
        state.awards.use = use
        state.awards.loaded = round
        // The proposal just saved (a new one above all) is the one selected, so the next step's key acts on it.
        let saved = state.awards.locate.flatMap { id in state.awards.shown.firstIndex { $0.proposal.id == id } }
        state.awards.locate = nil
        moveSelection(&state, pane: .awards, to: saved ?? state.awards.list(state.awards.view).selected)
    case .history(let target, let entries):
        state.historyRequest = nil
        state.history = HistoryState(title: target.title, entries: entries)
    case .failed(let request, let message):
        switch request {
        case .worksheet(let query, _, _): state.worksheet.loaded = query
        case .ranks(let query): state.worksheet.loadedRanks = query
        case .awards(let round): state.awards.loaded = round
        case .history: state.historyRequest = nil
        default: return false
        }
        state.message = message
    default: return false
    }
    return true
}
