import Foundation
import Storage

/// A one-line bar on stderr, redrawn in place; silent when stderr is not a terminal.
final class ProgressBar: @unchecked Sendable {
    let enabled: Bool
    private var lastPercent = -1

    init(enabled: Bool) { self.enabled = enabled }

    func show(_ label: String, _ fraction: Double) {
        let percent = Int(fraction * 100)
        guard enabled, percent != lastPercent else { return }
        lastPercent = percent
        let filled = percent * 30 / 100
        let line = "\r[" + String(repeating: "█", count: filled) + String(repeating: "·", count: 30 - filled)
            + "] \(percent)% \(label)   "
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        if enabled && lastPercent >= 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

/// An export's rows passed on to where they go, the bar moved as they pass (`total` is what
/// the export will write, the header included).
final class CountedRows<Writer: RowWriter>: RowWriter {
    private let writer: Writer
    private let total: Int
    private let bar: ProgressBar
    private var count = 0

    init(_ writer: Writer, total: Int, bar: ProgressBar) {
        self.writer = writer
        self.total = max(1, total)
        self.bar = bar
    }

    func row(_ cells: [String]) throws {
        try writer.row(cells)
        count += 1
        if count % 2_000 == 0 { bar.show("\(count)/\(total) dòng", Double(count) / Double(total)) }
    }
}
