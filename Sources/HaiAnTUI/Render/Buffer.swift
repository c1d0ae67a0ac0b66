import Foundation
import Model

/// A rectangle of cells that panes draw into; pure, so it can be rendered in tests.
/// Text is placed by display width: a Vietnamese letter with its marks is one cell
/// whether typed precomposed or decomposed, and nothing spills past a clip edge.
public struct Buffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Writes `text` from (x, y), at most `maxWidth` columns and never past the right edge;
    /// text that does not fit ends with "…". Returns the columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width - max(x, 0), maxWidth ?? Int.max)
        let fitted = VietText.displayWidth(text) > limit ? VietText.truncate(text, toWidth: limit) : text
        var column = x
        var used = 0
        for character in fitted.precomposedCharacters {
            let w = VietText.width(of: character)
            if w == 0 { continue }
            if used + w > limit {
                // Half a wide character would spill into the neighbour: leave a blank instead.
                if used < limit && column >= 0 { set(column, y, Cell(symbol: " ", width: 1, style: style)); used += 1 }
                break
            }
            if column >= 0 {
                set(column, y, Cell(symbol: String(character), width: w, style: style))
                if w == 2 { set(column + 1, y, Cell(symbol: "", width: 0, style: style)) }
            }
            column += w
            used += w
        }
        return used
    }

    /// Fills a rectangle with one symbol and style.
    public mutating func fill(_ rect: Rect, symbol: String = " ", style: Style = .plain) {
        for y in max(0, rect.y)..<min(height, rect.bottom) {
            for x in max(0, rect.x)..<min(width, rect.right) {
                set(x, y, Cell(symbol: symbol, width: 1, style: style))
            }
        }
    }

    /// Restyles a rectangle, keeping its symbols (a selected row, a highlighted column).
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        for y in max(0, rect.y)..<min(height, rect.bottom) {
            for x in max(0, rect.x)..<min(width, rect.right) {
                cells[y * width + x].style = transform(cells[y * width + x].style)
            }
        }
    }

    /// The rows as plain text, for the text backend and snapshot tests.
    public func lines() -> [String] {
        (0..<height).map { y in
            (0..<width).reduce(into: "") { line, x in line += self[x, y].symbol }
        }
    }

    /// Sets one cell, first breaking any wide character it would cut in half.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let index = y * width + x
        if cells[index].width == 0 && x > 0 && cell.width != 0 {
            cells[index - 1] = Cell(symbol: " ", width: 1, style: cells[index - 1].style)
        }
        if cells[index].width == 2 && x + 1 < width && cell.width != 2 {
            cells[index + 1] = Cell(symbol: " ", width: 1, style: cells[index + 1].style)
        }
        if cell.width == 2 && x + 1 >= width {
            cells[index] = Cell(symbol: " ", width: 1, style: cell.style)
            return
        }
        cells[index] = cell
    }
}

extension String {
    /// Characters in NFC: a decomposed "a" + acute becomes the one scalar "á" terminals expect.
    /// Text without combining marks — nearly all, as stored text is NFC — skips Foundation's pass.
    var precomposedCharacters: [Character] {
        let combining = unicodeScalars.contains { scalar in
            (0x300...0x36F).contains(scalar.value) || (0x1DC0...0x1DFF).contains(scalar.value)
                || (0x20D0...0x20FF).contains(scalar.value) || (0xFE20...0xFE2F).contains(scalar.value)
        }
        return Array(combining ? precomposedStringWithCanonicalMapping : self)
    }
}

extension Buffer {
    /// Rows of `rect` from its top to its last row with anything drawn.
    func usedRows(in rect: Rect) -> Int {
        for y in stride(from: min(rect.bottom, height) - 1, through: rect.y, by: -1) {
            for x in max(0, rect.x)..<min(rect.right, width) where self[x, y] != .blank { return y - rect.y + 1 }
        }
        return 0
    }

    /// Copies what `other` drew in `rect` onto this buffer, `down` rows lower; blank cells leave
    /// what is here (the slide's background) as it is.
    mutating func draw(_ other: Buffer, from rect: Rect, down: Int) {
        for y in max(0, rect.y)..<min(rect.bottom, other.height) where y + down < height {
            for x in max(0, rect.x)..<min(rect.right, other.width, width) where other[x, y] != .blank {
                cells[(y + down) * width + x] = other[x, y]
            }
        }
    }
}
