import Model

/// A yes/no question in a small centred box; a long question (a file's path) wraps.
enum ConfirmDialog {
    static func render(into buffer: inout Buffer, confirmation: Confirmation) {
        let answers = confirmation.answers
        let keys = "y/Enter: \(answers.yes) · n: \(answers.no) · Esc: bỏ"
        let widest = max(VietText.displayWidth(confirmation.question), VietText.displayWidth(keys))
        let width = min(buffer.width - 4, max(40, widest + 4))
        let lines = Array(VietText.wrap(confirmation.question, width: width - 4).prefix(max(1, buffer.height - 6)))
        let box = Rect(x: (buffer.width - width) / 2, y: max(0, buffer.height / 2 - 3), width: width, height: lines.count + 4)
        buffer.fill(box, style: Theme.overlay)
        buffer.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: Theme.overlayTitle)
        buffer.put(" Xác nhận", x: box.x, y: box.y, style: Theme.overlayTitle)
        for (index, line) in lines.enumerated() {
            buffer.put(line, x: box.x + 2, y: box.y + 2 + index, style: Theme.overlay, maxWidth: box.width - 4)
        }
        buffer.put(keys, x: box.x + 2, y: box.y + 3 + lines.count, style: Theme.overlay, maxWidth: box.width - 4)
    }
}
