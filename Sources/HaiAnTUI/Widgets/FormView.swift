import Model

/// A form drawn as a centred box: each field with its label, its value and its error.
enum FormView {
    /// `typing` names the input method and tone style in force ("Telex, dấu mới").
    static func render(into buffer: inout Buffer, form: FormState, typing: String) {
        // Below 100 columns the box takes the width: a margin would be a sliver of the pane showing through.
        let width = buffer.width < 100 ? buffer.width : min(96, buffer.width - 4)
        // Three rows a field (the error under it) when they fit, else two; a text area its rows more.
        let spacing = min(3, max(2, (buffer.height - 8) / max(1, form.fields.count)))
        let heights = form.fields.map { field -> Int in
            if case .textArea(_, let rows) = field.kind { return rows + spacing - 1 }
            return spacing
        }
        let height = min(buffer.height - 2, heights.reduce(0, +) + 6)
        let box = Rect(x: (buffer.width - width) / 2, y: max(1, (buffer.height - height) / 2), width: width, height: height)
        buffer.fill(box, style: Theme.overlay)
        buffer.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: Theme.overlayTitle)
        buffer.put(" " + form.title, x: box.x, y: box.y, style: Theme.overlayTitle, maxWidth: box.width)
        // Labels are never cut where the box has room: the longest one sets the column, up to a third.
        let longest = form.fields.map { VietText.displayWidth($0.label) }.max() ?? 0
        let labelWidth = min(max(16, longest + 2), box.width / 3)
        let fieldX = box.x + 2 + labelWidth
        let fieldWidth = box.width - labelWidth - 4
        // A form taller than the screen shows a window of its fields that holds the focus.
        let room = box.height - 5
        var first = 0
        while first < form.focus && heights[first...form.focus].reduce(0, +) > room { first += 1 }
        var y = box.y + 2
        var last = first
        for index in first..<form.fields.count {
            guard y + heights[index] - (spacing - 1) <= box.y + 2 + room else { break }
            draw(form.fields[index], focused: index == form.focus, error: form.errors[form.fields[index].key], y: y,
                 labelX: box.x + 2, labelWidth: labelWidth, fieldX: fieldX, fieldWidth: fieldWidth, into: &buffer)
            y += heights[index]
            last = index
        }
        if first > 0 { buffer.put("▲", x: box.right - 2, y: box.y + 2, style: Theme.overlay) }
        if last < form.fields.count - 1 { buffer.put("▼", x: box.right - 2, y: box.y + 1 + room, style: Theme.overlay) }
        let bottom = box.bottom - 2
        if form.confirmingCancel {
            buffer.put("Có thay đổi chưa lưu. Esc lần nữa để bỏ; phím khác để tiếp tục.", x: box.x + 2, y: bottom,
                       style: Theme.fieldError, maxWidth: box.width - 4)
        } else if let message = form.message {
            buffer.put("✗ " + message, x: box.x + 2, y: bottom, style: Theme.fieldError, maxWidth: box.width - 4)
        }
        buffer.put("Bộ gõ: \(typing) (Ctrl-T, Ctrl-O) · Ctrl-S lưu · Esc huỷ", x: box.x + 2, y: box.bottom - 1,
                   style: Theme.overlay, maxWidth: box.width - 4)
    }

    private static func draw(_ field: FormField, focused: Bool, error: String?, y: Int, labelX: Int, labelWidth: Int,
                             fieldX: Int, fieldWidth: Int, into buffer: inout Buffer) {
        var labelStyle = Theme.overlay
        labelStyle.bold = focused
        buffer.put(field.label, x: labelX, y: y, style: labelStyle, maxWidth: labelWidth - 1)
        let style = focused ? Theme.fieldFocused : Theme.field
        var rows = 1
        if case .textArea(_, let areaRows) = field.kind { rows = areaRows }
        buffer.fill(Rect(x: fieldX, y: y, width: fieldWidth, height: rows), style: style)
        let room = fieldWidth - 3
        if case .textArea = field.kind {
            // The last rows of the wrapped text: where the typing is.
            let lines = VietText.wrap(field.text, width: room)
            for (offset, line) in lines.suffix(rows).enumerated() {
                let used = buffer.put(line, x: fieldX + 1, y: y + offset, style: style)
                if focused && offset == min(rows, lines.count) - 1 { buffer.put("▏", x: fieldX + 1 + used, y: y + offset, style: style) }
            }
        } else {
            var shown = field.display
            if case .choice = field.kind { shown = "◂ \(shown) ▸" }
            if case .marks(let codes, let titles) = field.kind, titles.indices.contains(field.choice) {
                // The marks so far, then the option under the cursor with its meaning.
                let mark = field.isMarked(field.choice) ? "☑" : "☐"
                shown = focused ? VietText.truncate("\(shown) ◂ \(mark) \(codes[field.choice]) – \(titles[field.choice]) ▸", toWidth: room) : shown
            }
            // The end of a long value stays in view while typing.
            while VietText.displayWidth(shown) > room, !shown.isEmpty { shown.removeFirst() }
            let used = buffer.put(shown, x: fieldX + 1, y: y, style: style)
            if focused, field.isTyped { buffer.put("▏", x: fieldX + 1 + used, y: y, style: Theme.fieldFocused) }
        }
        if focused, let maxWidth = field.maxWidth, error == nil {
            // The limit is shown where it applies: columns used of the most allowed.
            let counter = switch field.kind {
            case .date: "dd/mm/yyyy"
            case .integer(let range): "số \(range.lowerBound)–\(range.upperBound)"
            case .decimal(let range): "số \(formatPoints(range.lowerBound))–\(formatPoints(range.upperBound)), vd 7,5"
            case .secret: "\(Account.pinLengths.lowerBound)–\(Account.pinLengths.upperBound) chữ số"
            default: "\(VietText.displayWidth(field.text))/\(maxWidth)"
            }
            buffer.put(counter, x: fieldX + fieldWidth - VietText.displayWidth(counter), y: y + rows, style: Theme.muted)
        }
        if let error {
            buffer.put("✗ " + error, x: fieldX, y: y + rows, style: Theme.fieldError, maxWidth: fieldWidth)
        }
    }
}
