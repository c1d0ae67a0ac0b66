import Model

/// Pane 1's list of initiatives and good models, by content area.
enum InitiativesList {
    static func table(_ state: AppState) -> Table {
        let window = state.browser.initiatives
        let rows = window.rows.enumerated().map { index, row in
            let initiative = row.initiative
            return [TableCell(String(window.start + index + 1)), TableCell(initiative.title), TableCell(row.ownerName),
                    TableCell(initiative.area.rawValue), TableCell(statusText(initiative), style: style(initiative.status)),
                    TableCell(initiative.startedOn?.display ?? "—")]
        }
        return Table(
            // The title, its area and status stay longest; the start date and row number go first.
            columns: [Column("#", width: 6, alignment: .right, priority: 1), Column("Tên sáng kiến, mô hình", width: 24, flex: true),
                      Column("Chủ trì", width: 20, priority: 3), Column("ND", width: 2, priority: 5),
                      Column("Trạng thái", width: 22, priority: 4), Column("Bắt đầu", width: 10, priority: 2)],
            rows: rows, list: state.browser.list(.initiatives),
            emptyText: "Chưa có sáng kiến nào ở đây. Chọn đơn vị hay cá nhân rồi bấm i để thêm.",
            firstRow: window.start, total: window.total)
    }

    /// The status in a list cell: its symbol, a short word, the day it was recognised.
    static func statusText(_ initiative: Initiative) -> String {
        switch initiative.status {
        case .proposed: return "○ " + initiative.status.title
        case .recognised, .replicated:
            let word = initiative.status == .replicated ? "★ Nhân rộng" : "✓ Công nhận"
            return word + (initiative.recognisedOn.map { " \($0.display)" } ?? "")
        }
    }

    static func style(_ status: InitiativeStatus) -> Style {
        switch status {
        case .proposed: return Theme.muted
        case .recognised: return Theme.good
        case .replicated: return Theme.milestone
        }
    }
}
