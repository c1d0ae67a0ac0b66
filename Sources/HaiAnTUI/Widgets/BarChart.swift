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

    /// Draws as many bars as fit in `area`, one per row and `gap` blank rows apart; returns the
    /// rows used. A label is cut only when the bar would otherwise be shorter than a fifth of
    /// the width. Charts drawn one under another line up when given the same `figureWidth`.
    @discardableResult
    static func render(_ bars: [Bar], into buffer: inout Buffer, area: Rect, style: Style, figureWidth: Int? = nil, gap: Int = 0) -> Int {
        let figureWidth = figureWidth ?? bars.map { VietText.displayWidth($0.figure) }.max() ?? 0
        let labelWidth = min(bars.map { VietText.displayWidth($0.label) }.max() ?? 0, max(8, area.width - figureWidth - 4 - area.width / 5))
        let barWidth = max(4, area.width - labelWidth - figureWidth - 4)
        let shown = bars.prefix(max(0, (area.height + gap) / (1 + gap)))
        for (index, bar) in shown.enumerated() {
            let y = area.y + index * (1 + gap)
            buffer.put(bar.label, x: area.x, y: y, style: Theme.slideText, maxWidth: labelWidth)
            let filled = bar.of > 0 ? Int((Double(min(bar.value, bar.of)) / Double(bar.of) * Double(barWidth)).rounded()) : 0
            let x = area.x + labelWidth + 2
            buffer.put(String(repeating: "█", count: filled), x: x, y: y, style: style)
            buffer.put(String(repeating: "░", count: barWidth - filled), x: x + filled, y: y, style: Theme.slideMuted)
            buffer.put(bar.figure, x: x + barWidth + 1, y: y, style: Theme.slideText)
        }
        return shown.isEmpty ? 0 : shown.count + (shown.count - 1) * gap
    }
}
