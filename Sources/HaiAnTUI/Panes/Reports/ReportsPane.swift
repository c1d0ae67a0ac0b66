import Model

/// Pane 3: the report matrix (units down, deadlines across, one symbol per cell) with its
/// totals, or the reminders list (`v` switches).
enum ReportsPane {
    static let columnWidth = 6
    static let summaryWidth = 8
    /// A rule, the totals (5 rows), the column's figures, the cell's detail and the legend.
    static let bottomHeight = 9

    /// The matrix rows with their two header rows; the reminders use the same rows.
    static func listArea(in body: Rect) -> Rect {
        Rect(x: body.x + 1, y: body.y + 1, width: body.width - 2, height: body.height - 1 - bottomHeight)
    }

    static func render(into buffer: inout Buffer, body: Rect, state: AppState) {
        switch state.reports.view {
        case .matrix: renderMatrix(into: &buffer, body: body, state: state)
        case .reminders: RemindersList.render(into: &buffer, body: body, state: state)
        }
    }

    static func style(for status: ReportStatus) -> Style {
        switch status {
        case .notYetDue: return Theme.muted
        case .open: return Theme.warning
        case .onTime: return Theme.good
        case .late, .overdue: return Theme.bad
        }
    }

    private static func renderMatrix(into buffer: inout Buffer, body: Rect, state: AppState) {
        let reports = state.reports
        let today = state.today
        let columns = state.reportColumns
        let selectedColumn = reports.columnIndex(columns, today: today)
        let area = listArea(in: body)
        let grid = ColumnWindow(area: area, columns: columns.count, selected: selectedColumn, cellWidth: columnWidth,
                                summaryWidth: summaryWidth, name: 20...36)
        let groups = reports.query.group.map { [$0] } ?? UnitGroup.allCases
        let year = reports.query.year.map(String.init) ?? "tất cả"
        let group = reports.query.group.map { "nhóm \($0.rawValue)" } ?? "tất cả các nhóm"
        buffer.put("Báo cáo theo hạn · năm: \(year) (y) · \(group) (f) · tính đến \(today.display)",
                   x: body.x + 1, y: body.y, style: Theme.title, maxWidth: body.width - 2)

        // Two header rows: the year over its first column, then the deadline.
        buffer.put("Đơn vị", x: area.x, y: area.y + 1, style: Theme.columnHeader, maxWidth: grid.nameWidth)
        var lastYear: Int?
        for index in grid.indices {
            let slot = columns[index].slot
            let x = grid.columnX(index)
            if slot.year != lastYear || index == grid.first {
                buffer.put(String(slot.year), x: x, y: area.y, style: Theme.title)
                lastYear = slot.year
            }
            let label = slot.kind == .launchPlan ? "KH" : "\(slot.dueBefore.day)/\(slot.dueBefore.month)"
            var style = Theme.columnHeader
            style.reverse = index == selectedColumn
            buffer.put(pad(label), x: x, y: area.y + 1, style: style, maxWidth: columnWidth)
        }
        buffer.put(pad("Đúng hạn", summaryWidth), x: grid.summaryX, y: area.y + 1, style: Theme.columnHeader, maxWidth: summaryWidth)

        // Rows: Phòng VH-XH's compiled reports first, then the window of units read.
        let list = reports.list(.matrix)
        let visible = area.height - 2
        let offset = ListState.offset(keeping: list.selected, from: list.offset, count: reports.rowCount, visible: visible)
        for line in 0..<min(visible, max(0, reports.rowCount - offset)) {
            let index = offset + line
            let y = area.y + 2 + line
            let cells: [(Int, ReportStatus?)]
            let name: String
            if index == 0 {
                name = "Phòng VH-XH (tổng hợp)"
                cells = columns.indices.map { i in
                    (i, columns[i].compiled.map { $0.status(received: reports.compiled[$0.id]?.receivedOn, today: today) })
                }
            } else if let row = reports.unitRow(at: index) {
                name = "\(row.group.rawValue) · \(row.name)"
                cells = columns.indices.map { ($0, row.status(columns[$0].slot, today: today)) }
            } else {
                continue
            }
            var nameStyle = index == 0 ? Theme.title : Style.plain
            nameStyle.reverse = index == list.selected
            buffer.put(pad(VietText.truncate(name, toWidth: grid.nameWidth), grid.nameWidth), x: area.x, y: y, style: nameStyle)
            for (i, status) in cells where grid.indices.contains(i) {
                guard let status else { continue }
                var style = style(for: status)
                style.reverse = index == list.selected && i == selectedColumn
                buffer.put(pad(" " + status.cell), x: grid.columnX(i), y: y, style: style, maxWidth: columnWidth)
            }
            if let share = ReportStatus.onTimeShare(cells.compactMap(\.1)) {
                buffer.put(right("\(share.onTime)/\(share.settled)", summaryWidth), x: grid.summaryX, y: y, style: Theme.muted)
            }
        }

        renderTotals(into: &buffer, body: body, state: state, grid: grid, columns: columns, groups: groups)
        renderDetail(into: &buffer, body: body, state: state, column: columns.isEmpty ? nil : columns[selectedColumn], groups: groups)
    }

    /// Received and on-time rates per deadline, then on-time per group, with each
    /// group's rate over every deadline already open at the right.
    private static func renderTotals(into buffer: inout Buffer, body: Rect, state: AppState, grid: ColumnWindow,
                                     columns: [ReportColumn], groups: [UnitGroup]) {
        let tally = state.reports.tally
        let y = body.bottom - bottomHeight
        buffer.fill(Rect(x: body.x + 1, y: y, width: body.width - 2, height: 1), symbol: "─", style: Theme.muted)
        let labels = ["Đã nhận", "Đúng hạn"] + groups.map { "  Đúng hạn · nhóm \($0.rawValue)" }
        for (line, label) in labels.enumerated() {
            buffer.put(label, x: body.x + 1, y: y + 1 + line, style: Theme.title, maxWidth: grid.nameWidth)
        }
        var overall = OnTimeRate()
        for index in grid.indices {
            let slot = columns[index].slot
            let x = grid.columnX(index)
            guard state.today >= slot.opensOn else {
                buffer.put(right("—"), x: x, y: y + 1, style: Theme.muted)
                buffer.put(right("—"), x: x, y: y + 2, style: Theme.muted)
                continue
            }
            let rate = tally.rate(slot, groups: groups)
            // Before its last day a deadline shows what has come ("3/15"), not a 0% on time.
            let passed = slot.hasPassed(state.today)
            buffer.put(right(passed ? rate.receivedLabel : "\(rate.received)/\(rate.expected)"), x: x, y: y + 1)
            buffer.put(right(passed ? rate.percentLabel : "chưa"), x: x, y: y + 2, style: passed ? Theme.title : Theme.muted)
            for (line, group) in groups.enumerated() where slot.expects(group) {
                let cell = tally.rate(slot, groups: [group]).cell(slot, today: state.today)
                buffer.put(right(cell), x: x, y: y + 3 + line, style: passed ? .plain : Theme.muted)
            }
        }
        for (line, group) in groups.enumerated() {
            let rate = tally.rate(group: group, slots: columns.map(\.slot), today: state.today)
            overall = overall + rate
            buffer.put(right(rate.percentLabel, summaryWidth), x: grid.summaryX, y: y + 3 + line, style: Theme.title)
        }
        buffer.put(right(overall.percentLabel, summaryWidth), x: grid.summaryX, y: y + 2, style: Theme.title)
    }

    /// The selected deadline's counts, the selected cell in words, and the legend.
    private static func renderDetail(into buffer: inout Buffer, body: Rect, state: AppState, column: ReportColumn?,
                                     groups: [UnitGroup]) {
        let y = body.bottom - 3
        if let column {
            let slot = column.slot
            let rate = state.reports.tally.rate(slot, groups: groups)
            let text = slot.hasPassed(state.today)
                ? "\(slot.title), hạn trước \(slot.dueBefore.display): nhận \(rate.received)/\(rate.expected)"
                    + " (\(rate.onTime) đúng hạn, \(rate.received - rate.onTime) muộn), chưa nộp \(rate.expected - rate.received)"
                : "\(slot.title): \(rate.phrase(slot, today: state.today)), \(slot.countdown(state.today).phrase)"
            buffer.put(text, x: body.x + 1, y: y, maxWidth: body.width - 2)
        }
        if let target = state.reportTarget {
            let status = target.slot.status(received: target.received, today: state.today)
            let when = target.received.map { ", nhận ngày \($0.display)" } ?? ""
            buffer.put("\(target.sender): \(status.symbol) \(target.slot.statusPhrase(received: target.received, today: state.today))\(when)", x: body.x + 1, y: y + 1,
                       style: style(for: status), maxWidth: body.width - 2)
        } else {
            buffer.put("Ô này không có báo cáo phải gửi.", x: body.x + 1, y: y + 1, style: Theme.muted, maxWidth: body.width - 2)
        }
        buffer.put("✓ đúng hạn · !N muộn N ngày · ✗N quá hạn N ngày · ○ đang mở · · chưa đến hạn · “trước ngày D”: hạn cuối là D-1",
                   x: body.x + 1, y: y + 2, style: Theme.muted, maxWidth: body.width - 2)
    }

    private static func pad(_ text: String, _ width: Int = columnWidth) -> String { VietText.padded(text, toWidth: width) }

    private static func right(_ text: String, _ width: Int = columnWidth) -> String { VietText.rightAligned(text, toWidth: width) }
}
