import Model

/// The `?` overlay: every binding of the key table, grouped by where it applies, the keys
/// in force where the user is first; in two columns when one would not fit, and scrolled
/// with ↑↓ when two do not either.
enum HelpOverlay {
    typealias Line = (key: String, label: String, heading: Bool)

    static let lines = lines(scopes: KeyScope.all)

    /// The lines with the scopes in force behind the overlay first.
    static func lines(for state: AppState) -> [Line] {
        var behind = state
        behind.showHelp = false
        var first: [KeyScope] = []
        for binding in Keymap.active(in: behind) where !first.contains(binding.scope) { first.append(binding.scope) }
        return lines(scopes: first + KeyScope.all.filter { !first.contains($0) })
    }

    private static func lines(scopes: [KeyScope]) -> [Line] {
        scopes.flatMap { scope -> [Line] in
            let bindings = Keymap.bindings.filter { $0.scope == scope }
            guard !bindings.isEmpty else { return [] }
            return [(scope.title, "", true)] + bindings.map { ("  " + $0.keyLabel, $0.label, false) }
        }
    }

    /// Lines per column, and columns, at this terminal size.
    static func layout(width: Int, height: Int) -> (rows: Int, columns: Int) {
        let rows = max(1, height - 5)
        return (rows, lines.count > rows ? 2 : 1)
    }

    /// The furthest the overlay scrolls, in lines.
    static func maxScroll(width: Int, height: Int) -> Int {
        let (rows, columns) = layout(width: width, height: height)
        return max(0, lines.count - rows * columns)
    }

    static func render(into buffer: inout Buffer, state: AppState) {
        let (rows, columns) = layout(width: buffer.width, height: buffer.height)
        let scroll = min(state.helpScroll, maxScroll(width: buffer.width, height: buffer.height))
        let lines = lines(for: state)
        let shown = Array(lines.dropFirst(scroll).prefix(rows * columns))
        let keyWidth = lines.filter { !$0.heading }.map { VietText.displayWidth($0.key) }.max() ?? 0
        let perColumn = columns == 1 ? shown.count : rows
        let columnWidth = min(60, (buffer.width - 6) / columns)
        // Where a margin would be a sliver of the list showing through, the box takes the width.
        let boxWidth = columnWidth * columns + 2
        let width = buffer.width - boxWidth < 8 ? buffer.width : boxWidth
        let height = min(buffer.height - 2, perColumn + 3)
        let box = Rect(x: (buffer.width - width) / 2, y: (buffer.height - height) / 2, width: width, height: height)
        buffer.fill(box, style: Theme.overlay)
        buffer.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: Theme.overlayTitle)
        let more = shown.count < lines.count ? " (dòng \(scroll + 1)–\(scroll + shown.count)/\(lines.count), ↑↓ cuộn)" : ""
        buffer.put(" Phím tắt\(more) — ? hoặc Esc để đóng", x: box.x, y: box.y, style: Theme.overlayTitle, maxWidth: box.width)
        var bold = Theme.overlay
        bold.bold = true
        for (index, line) in shown.enumerated() {
            let x = box.x + 2 + (index / perColumn) * columnWidth
            let y = box.y + 2 + index % perColumn
            guard y < box.bottom else { continue }
            if line.heading {
                buffer.put(line.key, x: x, y: y, style: bold, maxWidth: columnWidth - 1)
            } else {
                buffer.put(line.key, x: x, y: y, style: Theme.overlay, maxWidth: keyWidth + 1)
                buffer.put(line.label, x: x + keyWidth + 2, y: y, style: Theme.overlay, maxWidth: columnWidth - keyWidth - 3)
            }
        }
    }
}
