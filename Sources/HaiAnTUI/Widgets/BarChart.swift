import Model

/// Horizontal bars with a label before and a figure after; the filled part is "█" and the
/// rest "░", so the share reads without colour too.
enum BarChart {
    struct Bar {
        var label: String
        var value: Int
        var of: Int
        var figure: String
    }

    /// Draws as many bars as fit in `area`, one per row; returns the rows used. Charts drawn one
    /// under another line up when given the same `figureWidth`.
    @discardableResult
    static func render(_ bars: [Bar], into buffer: inout Buffer, area: Rect, style: Style, figureWidth: Int? = nil) -> Int {
        let labelWidth = min(bars.map { VietText.displayWidth($0.label) }.max() ?? 0, area.width / 3)
        let figureWidth = figureWidth ?? bars.map { VietText.displayWidth($0.figure) }.max() ?? 0
        let barWidth = max(4, area.width - labelWidth - figureWidth - 4)
        for (index, bar) in bars.prefix(max(0, area.height)).enumerated() {
            let y = area.y + index
            buffer.put(bar.label, x: area.x, y: y, style: Theme.slideText, maxWidth: labelWidth)
            let filled = bar.of > 0 ? Int((Double(min(bar.value, bar.of)) / Double(bar.of) * Double(barWidth)).rounded()) : 0
            let x = area.x + labelWidth + 2
            buffer.put(String(repeating: "█", count: filled), x: x, y: y, style: style)
            buffer.put(String(repeating: "░", count: barWidth - filled), x: x + filled, y: y, style: Theme.slideMuted)
            buffer.put(bar.figure, x: x + barWidth + 1, y: y, style: Theme.slideText)
        }
        return min(bars.count, max(0, area.height))
    }
}
