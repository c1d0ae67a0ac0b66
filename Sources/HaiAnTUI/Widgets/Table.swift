import Model

/// A column of a table: a fixed width, or `flex` to take what the others leave.
public struct Column: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var title: String
    public var width: Int
    public var flex: Bool
    public var alignment: Alignment

    public init(_ title: String, width: Int = 0, flex: Bool = false, alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.flex = flex
        self.alignment = alignment
    }
}

/// One cell's text and, when it carries a state, its style.
public struct TableCell: Sendable {
    public var text: String
    public var style: Style?

    public init(_ text: String, style: Style? = nil) {
        self.text = text
        self.style = style
    }
}

/// The list every pane shares: a header row, rows clipped by display width, the selected
/// row highlighted, and only the rows in view drawn. `rows` may be a window of a longer
/// list: `firstRow` is the position of its first row, `total` the whole list's length.
public struct Table {
    public var columns: [Column]
    public var rows: [[TableCell]]
    public var list: ListState
    public var emptyText: String
    public var firstRow: Int
    public var total: Int

    public init(columns: [Column], rows: [[TableCell]], list: ListState, emptyText: String = "Chưa có dữ liệu.",
                firstRow: Int = 0, total: Int? = nil) {
        self.columns = columns
        self.rows = rows
        self.list = list
        self.emptyText = emptyText
        self.firstRow = firstRow
        self.total = total ?? rows.count
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.height > 0 else { return }
        let widths = columnWidths(total: area.width)
        var x = area.x
        for (column, width) in zip(columns, widths) {
            buffer.put(aligned(column.title, width, column.alignment), x: x, y: area.y, style: Theme.columnHeader, maxWidth: width)
            x += width + 1
        }
        let visible = area.height - 1
        guard total > 0 else {
            buffer.put(emptyText, x: area.x + 1, y: area.y + 1, style: Theme.muted, maxWidth: area.width - 1)
            return
        }
        let offset = ListState.offset(keeping: list.selected, from: list.offset, count: total, visible: visible)
        for line in 0..<min(visible, total - offset) {
            let index = offset + line
            guard rows.indices.contains(index - firstRow) else { continue }
            let y = area.y + 1 + line
            x = area.x
            for (cell, (column, width)) in zip(rows[index - firstRow], zip(columns, widths)) {
                buffer.put(aligned(cell.text, width, column.alignment), x: x, y: y, style: cell.style ?? .plain, maxWidth: width)
                x += width + 1
            }
            if index == list.selected {
                buffer.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { style in
                    var selected = style
                    selected.reverse = true
                    return selected
                }
            }
        }
        // The position goes at the right of the widest column's header, where it covers no title.
        if total > visible, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) {
            let note = " \(list.selected + 1)/\(total) "
            let start = area.x + widths[..<widest].reduce(0) { $0 + $1 + 1 }
            let free = widths[widest] - VietText.displayWidth(columns[widest].title) - 1
            if VietText.displayWidth(note) <= free {
                buffer.put(note, x: start + widths[widest] - VietText.displayWidth(note), y: area.y, style: Theme.muted)
            }
        }
    }

    /// Fixed columns keep their width; flexible ones share the rest (one space between columns).
    func columnWidths(total: Int) -> [Int] {
        let fixed = columns.filter { !$0.flex }.reduce(0) { $0 + $1.width }
        let gaps = max(0, columns.count - 1)
        let flexCount = columns.filter(\.flex).count
        let spare = max(0, total - fixed - gaps)
        var given = 0
        return columns.enumerated().map { index, column in
            guard column.flex else { return column.width }
            given += 1
            let share = spare / max(1, flexCount)
            return given == flexCount ? spare - share * (flexCount - 1) : share
        }
    }

    private func aligned(_ text: String, _ width: Int, _ alignment: Column.Alignment) -> String {
        let cut = VietText.truncate(text, toWidth: width)
        guard alignment == .right else { return cut }
        return String(repeating: " ", count: max(0, width - VietText.displayWidth(cut))) + cut
    }
}
