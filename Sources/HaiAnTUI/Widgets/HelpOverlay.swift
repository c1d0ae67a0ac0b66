import Model

/// The `?` overlay: every binding of the key table, grouped by where it applies.
enum HelpOverlay {
    static func render(into buffer: inout Buffer, state: AppState) {
        var lines: [(String, String, Style)] = []
        let scopes: [KeyScope] = [.global] + PaneID.allCases.map { .pane($0) } + [.help]
        for scope in scopes {
            let bindings = Keymap.bindings.filter { $0.scope == scope }
            guard !bindings.isEmpty else { continue }
            lines.append((scope.title, "", Theme.title))
            for binding in bindings { lines.append(("  " + binding.keyLabel, binding.label, .plain)) }
        }
        let keyWidth = lines.map { VietText.displayWidth($0.0) }.max() ?? 0
        let width = min(buffer.width - 4, max(44, keyWidth + 30))
        let height = min(buffer.height - 2, lines.count + 3)
        let box = Rect(x: (buffer.width - width) / 2, y: (buffer.height - height) / 2, width: width, height: height)
        buffer.fill(box, style: Theme.overlay)
        buffer.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: Theme.overlayTitle)
        buffer.put(" Phím tắt — ? hoặc Esc để đóng", x: box.x, y: box.y, style: Theme.overlayTitle, maxWidth: box.width)
        for (index, line) in lines.prefix(box.height - 2).enumerated() {
            let y = box.y + 2 + index
            var style = Theme.overlay
            if line.2.bold { style.bold = true }
            buffer.put(line.0, x: box.x + 2, y: y, style: style, maxWidth: keyWidth + 1)
            buffer.put(line.1, x: box.x + 4 + keyWidth, y: y, style: Theme.overlay, maxWidth: box.width - keyWidth - 5)
        }
    }
}
