/// A backend with no terminal: keeps the last frame as lines of text, for tests and snapshots.
public final class TextBackend: Backend {
    public let width: Int
    public let height: Int
    public private(set) var frame: Buffer
    public private(set) var framesDrawn = 0

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        frame = Buffer(width: width, height: height)
    }

    public func size() -> (width: Int, height: Int) { (width, height) }

    public func draw(_ buffer: Buffer) {
        frame = buffer
        framesDrawn += 1
    }

    /// The frame's rows with trailing spaces removed, joined by newlines.
    public var text: String {
        frame.lines().map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }.joined(separator: "\n")
    }
}
