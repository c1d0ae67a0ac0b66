import Model

/// Shown instead of the layout when the terminal is below the minimum size.
enum TooSmallNotice {
    static func render(into buffer: inout Buffer) {
        let lines = [
            "Cửa sổ quá nhỏ",
            "Cần ít nhất \(Layout.minWidth)×\(Layout.minHeight), hiện \(buffer.width)×\(buffer.height).",
            "Hãy phóng to cửa sổ; q để thoát.",
        ]
        let top = max(0, (buffer.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let x = max(0, (buffer.width - VietText.displayWidth(line)) / 2)
            buffer.put(line, x: x, y: top + index, style: index == 0 ? Theme.error : .plain)
        }
    }
}
