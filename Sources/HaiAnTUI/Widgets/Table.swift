import Model

/// A column of a table: a fixed width, or `flex` to take what the others leave (at least
/// `width`). When the screen is narrow, columns give way by `priority`, lowest first (the
/// rightmost of equals first); a flex column, the name, is never dropped: it is cut with "…".
public struct Column: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var title: String
    public var width: Int
    public var flex: Bool
    public var alignment: Alignment
    public var priority: Int

    /// `priority` nil: the name column, never dropped (a flex column's default).
    public init(_ title: String, width: Int = 0, flex: Bool = false, alignment: Alignment = .left, priority: Int? = nil) {
        self.title = title
        self.width = flex && width == 0 ? Column.nameWidth : width
        self.flex = flex
        self.alignment = alignment
        self.priority = priority ?? (flex ? Column.kept : 0)
    }

    /// What a name needs before other columns give way: most names of the plan fit.
    public static let nameWidth = 20
    /// The priority of a column that never gives way.
    public static let kept = Int.max
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
        for (column, width) in zip(columns, widths) where width > 0 {
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
            for (cell, (column, width)) in zip(rows[index - firstRow], zip(columns, widths)) where width > 0 {
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
            let start = area.x + widths[..<widest].filter { $0 > 0 }.reduce(0) { $0 + $1 + 1 }
            let free = widths[widest] - VietText.displayWidth(columns[widest].title) - 1
            if VietText.displayWidth(note) <= free {
                buffer.put(note, x: start + widths[widest] - VietText.displayWidth(note), y: area.y, style: Theme.muted)
            }
        }
    }

    /// Fixed columns keep their width and flexible ones share the rest (one space between
    /// columns); where that does not fit, columns give way by priority. A dropped column is 0.
    public static func widths(of columns: [Column], total: Int) -> [Int] {
        var shown = Array(repeating: true, count: columns.count)
        func needed() -> Int {
            let kept = columns.indices.filter { shown[$0] }
            return kept.reduce(0) { $0 + columns[$1].width } + max(0, kept.count - 1)
        }
        while needed() > total {
            let droppable = columns.indices.filter { shown[$0] && columns[$0].priority < Column.kept }
            guard let drop = droppable.min(by: { columns[$0].priority < columns[$1].priority
                || (columns[$0].priority == columns[$1].priority && $0 > $1) }) else { break }
            shown[drop] = false
        }
        let kept = columns.indices.filter { shown[$0] }
        let flexible = kept.filter { columns[$0].flex }
        let fixed = kept.filter { !columns[$0].flex }.reduce(0) { $0 + columns[$1].width }
        let spare = max(0, total - fixed - max(0, kept.count - 1))
        var widths = Array(repeating: 0, count: columns.count)
        for index in kept where !columns[index].flex { widths[index] = min(columns[index].width, total) }
        for (order, index) in flexible.enumerated() {
            let share = spare / flexible.count
            widths[index] = order == flexible.count - 1 ? spare - share * (flexible.count - 1) : share
        }
        return widths
    }

    func columnWidths(total: Int) -> [Int] { Table.widths(of: columns, total: total) }

    private func aligned(_ text: String, _ width: Int, _ alignment: Column.Alignment) -> String {
        let cut = VietText.truncate(text, toWidth: width)
        guard alignment == .right else { return cut }
        return String(repeating: " ", count: max(0, width - VietText.displayWidth(cut))) + cut
    }
}
