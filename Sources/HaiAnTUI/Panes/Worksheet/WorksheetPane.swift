import Model

/// Pane 4: the worksheet of a round and group — subjects down, criteria across, the
/// selected cell highlighted and editable in place, with totals, band and rank per row —
/// or the criteria it is scored on (`v`).
enum WorksheetPane {
    static let cellWidth = 5
    /// Total, band and rank at the right of each row.
    static let summaryWidth = 7 + 10 + 5
    /// A rule, the selected row's two sheets, the selected criterion, the bands.
    static let bottomHeight = 5

    /// The rows with their two header rows (the criteria view uses the same area).
    static func listArea(in body: Rect) -> Rect {
        Rect(x: body.x + 1, y: body.y + 2, width: body.width - 2, height: body.height - 2 - bottomHeight)
    }

    static func render(into buffer: inout Buffer, body: Rect, state: AppState) {
        let ws = state.worksheet
        let round = state.worksheetRound?.title ?? "—"
        buffer.put("Chấm điểm · \(round) ([/]) · \(ws.group.title) (f) · \(ws.assessor.title) (a) · xếp \(ws.sort.title) (s)",
                   x: body.x + 1, y: body.y, style: Theme.title, maxWidth: body.width - 2)
        guard let template = state.worksheetTemplate else {
            buffer.put("Vòng này chưa có bộ tiêu chí.", x: body.x + 1, y: body.y + 2, style: Theme.muted)
            return
        }
        let status = template.unusableReason.map { ("✗ " + $0, Theme.bad) }
            ?? ("✓ Bộ tiêu chí bản \(template.version), \(template.criteria.count) tiêu chí, tổng 100 điểm (v: xem, sửa)", Theme.good)
        buffer.put(status.0, x: body.x + 1, y: body.y + 1, style: status.1, maxWidth: body.width - 2)
        switch ws.view {
        case .scores: renderScores(into: &buffer, body: body, state: state, template: template)
        case .criteria: CriteriaView.render(into: &buffer, body: body, state: state, template: template)
        }
    }

    private static func renderScores(into buffer: inout Buffer, body: Rect, state: AppState, template: CriteriaTemplate) {
        let ws = state.worksheet
        let area = listArea(in: body)
        let grid = ColumnWindow(area: area, columns: template.criteria.count, selected: ws.column, cellWidth: cellWidth,
                                summaryWidth: summaryWidth, name: 16...40)
        let subject = ws.group == .individual ? "Cá nhân" : "Đơn vị"
        let more = grid.count < template.criteria.count ? " (←→ xem thêm)" : ""
        buffer.put(subject + more, x: area.x, y: area.y + 1, style: Theme.columnHeader, maxWidth: grid.nameWidth)
        for index in grid.indices {
            let criterion = template.criteria[index]
            var style = Theme.columnHeader
            style.reverse = index == ws.column
            buffer.put(right(criterion.code, cellWidth), x: grid.columnX(index), y: area.y, style: Theme.title, maxWidth: cellWidth)
            buffer.put(right("/" + formatPoints(criterion.maxPoints), cellWidth), x: grid.columnX(index), y: area.y + 1, style: style,
                       maxWidth: cellWidth)
        }
        buffer.put(right("Tổng", 6) + " " + pad("Xếp loại", 9) + " " + right("Hạng", 4), x: grid.summaryX, y: area.y + 1,
                   style: Theme.columnHeader)

        let list = ws.list(.scores)
        let visible = area.height - 2
        let offset = ListState.offset(keeping: list.selected, from: list.offset, count: ws.rows.total, visible: visible)
        if ws.rows.total == 0 {
            let empty = ws.sort == .rank ? "Chưa có ai được Hội đồng chấm trong vòng này." : "Nhóm này chưa có ai."
            buffer.put(empty, x: area.x, y: area.y + 2, style: Theme.muted)
        }
        let ranks = state.liveRanks
        for line in 0..<min(visible, max(0, ws.rows.total - offset)) {
            let index = offset + line
            guard let row = ws.rows.row(at: index) else { continue }
            let y = area.y + 2 + line
            let selectedRow = index == list.selected
            var nameStyle = Style.plain
            nameStyle.reverse = selectedRow
            buffer.put(pad(VietText.truncate(row.name, toWidth: grid.nameWidth), grid.nameWidth), x: area.x, y: y, style: nameStyle)
            let sheet = row.sheet(ws.assessor)
            let oldVersion = sheet.isUnder(otherThan: template)
            for column in grid.indices {
                let criterion = template.criteria[column]
                let selectedCell = selectedRow && column == ws.column
                var text = sheet.points[criterion.id].map(formatPoints) ?? (oldVersion ? "cũ" : "·")
                var style = sheet.points[criterion.id] == nil ? Theme.muted : Style.plain
                if selectedCell, let typed = ws.editing {
                    text = typed + "▏"
                    style = Theme.fieldFocused
                } else if selectedCell {
                    style = Theme.selected
                }
                buffer.put(right(text, cellWidth), x: grid.columnX(column), y: y, style: style, maxWidth: cellWidth)
            }
            renderSummary(into: &buffer, x: grid.summaryX, y: y, row: row, state: state, ranks: ranks)
        }
        renderDetail(into: &buffer, body: body, state: state, template: template, ranks: ranks)
    }

    /// Total, band and rank: of the assessor shown for the total, of the council for the rank.
    private static func renderSummary(into buffer: inout Buffer, x: Int, y: Int, row: WorksheetRow, state: AppState,
                                      ranks: RankTable) {
        let live = state.liveSheet(row, state.worksheet.assessor)
        guard let total = live.total else {
            buffer.put(right("—", 6), x: x, y: y, style: Theme.muted)
            return
        }
        let style = live.typed ? Theme.warning : Theme.title
        buffer.put(right(formatPoints(total), 6), x: x, y: y, style: style)
        // A sheet short of criteria has no band or rank yet.
        if state.liveShortfall(row, state.worksheet.assessor) != nil {
            buffer.put(pad("chưa đủ", 9), x: x + 7, y: y, style: Theme.muted)
            return
        }
        let band = state.data.bands.label(for: total)
        buffer.put(pad(VietText.truncate(band, toWidth: 9), 9), x: x + 7, y: y, style: bandStyle(total, bands: state.data.bands))
        if let rank = state.liveRank(row, in: ranks) {
            buffer.put(right(String(rank), 4), x: x + 17, y: y, style: live.typed ? Theme.warning : .plain)
        }
    }

    static func bandStyle(_ total: Double, bands: Bands) -> Style {
        guard let top = bands.bands.first?.minimum else { return .plain }
        if total >= top { return Theme.good }
        return total >= (bands.bands.last?.minimum ?? 0) ? .plain : Theme.bad
    }

    /// The selected row's two sheets side by side, the selected criterion in full, the bands.
    private static func renderDetail(into buffer: inout Buffer, body: Rect, state: AppState, template: CriteriaTemplate,
                                     ranks: RankTable) {
        let y = body.bottom - bottomHeight
        buffer.fill(Rect(x: body.x + 1, y: y, width: body.width - 2, height: 1), symbol: "─", style: Theme.muted)
        let width = body.width - 2
        if let row = state.selectedWorksheetRow {
            let note = row.note.isEmpty ? "" : " (\(row.note))"
            let sheets = Assessor.allCases.map { assessor -> String in
                let live = state.liveSheet(row, assessor)
                let standing = { (total: Double) in state.liveShortfall(row, assessor) ?? state.data.bands.label(for: total) }
                let total = live.total.map { "\(formatPoints($0)) · \(standing($0))" } ?? "chưa chấm"
                return "\(assessor.title): \(total)"
            }
            let rank = state.liveRank(row, in: ranks).map { " · hạng \($0)/\(ranks.ranked)" } ?? ""
            buffer.put(row.name + note + " — " + sheets.joined(separator: " │ ") + rank, x: body.x + 1, y: y + 1, style: Theme.title,
                       maxWidth: width)
            if row.sheet(state.worksheet.assessor).isUnder(otherThan: template) {
                buffer.put("Bảng điểm này chấm theo bộ tiêu chí bản cũ: tổng giữ nguyên như đã chấm.", x: body.x + 1, y: y + 2,
                           style: Theme.warning, maxWidth: width)
            } else {
                // The other assessor's score of each criterion, to compare with the cells shown.
                let other = state.worksheet.assessor.other
                let points = template.criteria.map { "\($0.code) \(row.sheet(other).points[$0.id].map(formatPoints) ?? "—")" }
                buffer.put("\(other.title) từng tiêu chí: " + points.joined(separator: " · "), x: body.x + 1, y: y + 2,
                           style: Theme.muted, maxWidth: width)
            }
        }
        if template.criteria.indices.contains(state.worksheet.column) {
            let criterion = template.criteria[state.worksheet.column]
            buffer.put("\(criterion.code) (tối đa \(formatPoints(criterion.maxPoints))): \(criterion.title)", x: body.x + 1, y: y + 3,
                       maxWidth: width)
        }
        let bands = state.data.bands
        let text = bands.bands.map { "≥ \(formatPoints($0.minimum)) \($0.label)" } + ["còn lại \(bands.belowAll)"]
        buffer.put("Xếp loại (b: sửa): " + text.joined(separator: " · ") + " · gõ số để chấm, Enter lưu, Esc bỏ",
                   x: body.x + 1, y: y + 4, style: Theme.muted, maxWidth: width)
    }

    private static func pad(_ text: String, _ width: Int) -> String { VietText.padded(text, toWidth: width) }

    private static func right(_ text: String, _ width: Int) -> String { VietText.rightAligned(text, toWidth: width) }
}
