import Model

/// Pane 4's two views: the scores of a round and group, and the criteria they are scored on.
public enum WorksheetView: Int, CaseIterable, Sendable {
    case scores, criteria

    public var title: String {
        switch self {
        case .scores: return "Bảng điểm"
        case .criteria: return "Bộ tiêu chí"
        }
    }
}

/// Pane 4's state: round, group, assessor and order; the window of rows read, the ranks,
/// the selected criterion, and the number being typed into the selected cell.
public struct WorksheetState: Equatable, Sendable {
    public var view = WorksheetView.scores
    /// Nil until the pane picks the round of the current year.
    public var roundID: Int64?
    public var group = ScoringGroup.collective(.a)
    public var assessor = Assessor.council
    public var sort = WorksheetSort.name
    public var rows = ListWindow<WorksheetRow>()
    var loaded: WorksheetQuery?
    public var ranks = RankTable()
    var loadedRanks: WorksheetQuery?
    public var column = 0
    /// What is typed into the selected cell, until Enter commits it or Esc drops it.
    public var editing: String?
    /// Set by Enter: once the score is saved the cursor moves to the next criterion.
    var advanceOnSave = false
    public var lists: [WorksheetView: ListState] = [:]

    public init() {}

    public func list(_ view: WorksheetView) -> ListState { lists[view] ?? ListState() }

    mutating func invalidate() {
        loaded = nil
        loadedRanks = nil
    }
}

/// The worksheet cell under the cursor with what it holds.
struct SelectedCell: Equatable {
    var cell: ScoreCell
    var criterion: Criterion
    var row: WorksheetRow
    var points: Double?
}

extension AppState {
    public var worksheetRound: Round? {
        data.rounds.first { $0.id == worksheet.roundID } ?? data.defaultRound(today: today)
    }

    public var worksheetTemplate: CriteriaTemplate? {
        worksheetRound.flatMap { data.template(round: $0.id, group: worksheet.group) }
    }

    public var worksheetQuery: WorksheetQuery? {
        worksheetRound.map { WorksheetQuery(roundID: $0.id, group: worksheet.group, sort: worksheet.sort) }
    }

    var selectedWorksheetRow: WorksheetRow? { worksheet.rows.row(at: worksheet.list(.scores).selected) }

    var selectedCell: SelectedCell? {
        guard let template = worksheetTemplate, template.criteria.indices.contains(worksheet.column),
              let row = selectedWorksheetRow else { return nil }
        let criterion = template.criteria[worksheet.column]
        let cell = ScoreCell(roundID: template.roundID, subject: ScoreSubject(worksheet.group), subjectID: row.id,
                             assessor: worksheet.assessor, criterionID: criterion.id)
        return SelectedCell(cell: cell, criterion: criterion, row: row, points: row.sheet(worksheet.assessor).points[criterion.id])
    }

    /// The selected row's sheet for an assessor as it would be with the typed value, so
    /// totals, band and rank follow the typing before anything is saved.
    func liveSheet(_ row: WorksheetRow, _ assessor: Assessor) -> (total: Double?, typed: Bool) {
        let (sheet, typed) = liveScoreSheet(row, assessor)
        return (sheet.total, typed)
    }

    /// The sheet with the score being typed in place, and whether one is.
    func liveScoreSheet(_ row: WorksheetRow, _ assessor: Assessor) -> (sheet: ScoreSheet, typed: Bool) {
        var sheet = row.sheet(assessor)
        guard assessor == worksheet.assessor, let typed = worksheet.editing, let selected = selectedCell,
              selected.row.id == row.id, case .success(let value) = selected.criterion.score(typed) else {
            return (sheet, false)
        }
        sheet.points[selected.criterion.id] = value
        return (sheet, true)
    }

    /// "chưa chấm đủ (4/8)" while a sheet (with any typing) lacks criteria; nil when complete.
    func liveShortfall(_ row: WorksheetRow, _ assessor: Assessor) -> String? {
        guard let template = worksheetTemplate else { return nil }
        return liveScoreSheet(row, assessor).sheet.shortfall(under: template)
    }

    /// The council total that counts for ranks: none while the sheet is short of criteria.
    private func rankedTotal(_ sheet: ScoreSheet) -> Double? {
        guard let template = worksheetTemplate, sheet.isComplete(under: template) else { return nil }
        return sheet.total
    }

    /// The ranks as they would be with the council score being typed: every row's rank
    /// follows the typing, not only the typed row's.
    var liveRanks: RankTable {
        guard worksheet.assessor == .council, let row = selectedCell?.row else { return worksheet.ranks }
        let live = liveScoreSheet(row, .council)
        return live.typed ? worksheet.ranks.moving(from: rankedTotal(row.sheet(.council)), to: rankedTotal(live.sheet)) : worksheet.ranks
    }

    /// The council rank a row holds now, given the ranks in force (`liveRanks`); none while
    /// its council sheet is short of criteria.
    func liveRank(_ row: WorksheetRow, in ranks: RankTable) -> Int? {
        rankedTotal(liveScoreSheet(row, .council).sheet).map(ranks.rank(of:))
    }

    /// Pane 4's read now, if any: the ranks, then the window of rows around the selection.
    var worksheetLoadRequest: LoadRequest? {
        guard let query = worksheetQuery else { return nil }
        let rankKey = WorksheetQuery(roundID: query.roundID, group: query.group)
        if worksheet.loadedRanks != rankKey { return .ranks(rankKey) }
        guard worksheet.view == .scores else { return nil }
        let visible = max(1, Layout.visibleRows(.worksheet, width: width, height: height))
        let list = worksheet.list(.scores)
        guard worksheet.loaded != query || !worksheet.rows.covers(offset: list.offset, count: visible) else { return nil }
        // A new query starts its list at the top, so the selection's neighbourhood is always the right window.
        return .worksheet(query, offset: max(0, list.offset - visible), limit: visible * 3)
    }
}
