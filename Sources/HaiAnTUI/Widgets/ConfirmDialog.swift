import Model

/// A yes/no question in a small centred box.
enum ConfirmDialog {
    static func render(into buffer: inout Buffer, confirmation: Confirmation) {
        let width = min(buffer.width - 4, max(40, VietText.displayWidth(confirmation.question) + 6))
        let box = Rect(x: (buffer.width - width) / 2, y: buffer.height / 2 - 3, width: width, height: 5)
        buffer.fill(box, style: Theme.overlay)
        buffer.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: Theme.overlayTitle)
        buffer.put(" Xác nhận", x: box.x, y: box.y, style: Theme.overlayTitle)
        buffer.put(confirmation.question, x: box.x + 2, y: box.y + 2, style: Theme.overlay, maxWidth: box.width - 4)
        buffer.put("y/Enter: đồng ý · n/Esc: không", x: box.x + 2, y: box.y + 4, style: Theme.overlay, maxWidth: box.width - 4)
    }
}
