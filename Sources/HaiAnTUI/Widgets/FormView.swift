import Model

/// A form drawn as a centred box: each field with its label, its value and its error.
enum FormView {
    /// `typing` names the input method and tone style in force ("Telex, dấu mới").
    static func render(into buffer: inout Buffer, form: FormState, typing: String) {
        let width = min(96, buffer.width - 4)
        // Three rows a field (the error under it) when they fit, else two.
        let spacing = min(3, max(2, (buffer.height - 8) / max(1, form.fields.count)))
        let height = min(buffer.height - 2, form.fields.count * spacing + 6)
        let box = Rect(x: (buffer.width - width) / 2, y: max(1, (buffer.height - height) / 2), width: width, height: height)
        buffer.fill(box, style: Theme.overlay)
        buffer.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: Theme.overlayTitle)
        buffer.put(" " + form.title, x: box.x, y: box.y, style: Theme.overlayTitle, maxWidth: box.width)
        // Labels are never cut where the box has room: the longest one sets the column, up to a third.
        let longest = form.fields.map { VietText.displayWidth($0.label) }.max() ?? 0
        let labelWidth = min(max(16, longest + 2), box.width / 3)
        let fieldX = box.x + 2 + labelWidth
        let fieldWidth = box.width - labelWidth - 4
        for (index, field) in form.fields.enumerated() {
            let y = box.y + 2 + index * spacing
            let focused = index == form.focus
            var labelStyle = Theme.overlay
            labelStyle.bold = focused
            buffer.put(field.label, x: box.x + 2, y: y, style: labelStyle, maxWidth: labelWidth - 1)
            buffer.fill(Rect(x: fieldX, y: y, width: fieldWidth, height: 1), style: focused ? Theme.fieldFocused : Theme.field)
            var shown = field.display
            if case .choice = field.kind { shown = "◂ \(shown) ▸" }
            if case .marks(let codes, let titles) = field.kind, titles.indices.contains(field.choice) {
                // The marks so far, then the option under the cursor with its meaning.
                let mark = field.isMarked(field.choice) ? "☑" : "☐"
                shown = focused ? "\(shown) ◂ \(mark) \(codes[field.choice]) – \(titles[field.choice]) ▸" : shown
            }
            // The end of a long value stays in view while typing.
            let room = fieldWidth - 3
            if case .marks = field.kind {
                shown = VietText.truncate(shown, toWidth: room)
            }
            while VietText.displayWidth(shown) > room, !shown.isEmpty { shown.removeFirst() }
            let used = buffer.put(shown, x: fieldX + 1, y: y, style: focused ? Theme.fieldFocused : Theme.field)
            if focused, field.isTyped {
                buffer.put("▏", x: fieldX + 1 + used, y: y, style: Theme.fieldFocused)
            }
            if focused, let maxWidth = field.maxWidth, form.errors[field.key] == nil {
                // The limit is shown where it applies: columns used of the most allowed.
                let counter = switch field.kind {
                case .date: "dd/mm/yyyy"
                case .integer(let range): "số \(range.lowerBound)–\(range.upperBound)"
                case .decimal(let range): "số \(formatPoints(range.lowerBound))–\(formatPoints(range.upperBound)), vd 7,5"
                case .secret: "\(Account.pinLengths.lowerBound)–\(Account.pinLengths.upperBound) chữ số"
                default: "\(VietText.displayWidth(field.text))/\(maxWidth)"
                }
                buffer.put(counter, x: fieldX + fieldWidth - VietText.displayWidth(counter), y: y + 1, style: Theme.muted)
            }
            if let error = form.errors[field.key] {
                buffer.put("✗ " + error, x: fieldX, y: y + 1, style: Theme.fieldError, maxWidth: fieldWidth)
            }
        }
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
}
