import Foundation

/// A one-line bar on stderr, redrawn in place; silent when stderr is not a terminal.
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
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
