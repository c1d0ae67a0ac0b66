import Model

/// The `?` overlay: every binding of the key table, grouped by where it applies; in two
/// columns when one would not fit the terminal's height.
enum HelpOverlay {
    static func render(into buffer: inout Buffer, state: AppState) {
        var lines: [(key: String, label: String, heading: Bool)] = []
        let scopes: [KeyScope] = [.global] + PaneID.allCases.map { .pane($0) } + [.form, .help]
        for scope in scopes {
            let bindings = Keymap.bindings.filter { $0.scope == scope }
            guard !bindings.isEmpty else { continue }
            lines.append((scope.title, "", true))
            for binding in bindings { lines.append(("  " + binding.keyLabel, binding.label, false)) }
        }
        let keyWidth = lines.filter { !$0.heading }.map { VietText.displayWidth($0.key) }.max() ?? 0
        let rowsAvailable = buffer.height - 5
        let columns = lines.count > rowsAvailable ? 2 : 1
        let perColumn = (lines.count + columns - 1) / columns
        let columnWidth = min(60, (buffer.width - 6) / columns)
        let width = columnWidth * columns + 2
        let height = min(buffer.height - 2, perColumn + 3)
        let box = Rect(x: (buffer.width - width) / 2, y: (buffer.height - height) / 2, width: width, height: height)
        buffer.fill(box, style: Theme.overlay)
        buffer.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: Theme.overlayTitle)
        buffer.put(" Phím tắt — ? hoặc Esc để đóng", x: box.x, y: box.y, style: Theme.overlayTitle, maxWidth: box.width)
        var bold = Theme.overlay
        bold.bold = true
        for (index, line) in lines.enumerated() {
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
