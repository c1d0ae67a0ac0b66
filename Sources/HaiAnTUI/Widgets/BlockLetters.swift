import Foundation

/// Capitals drawn in blocks for a slide's title, to be read from the back of a room: five rows a
/// letter, with Vietnamese's marks drawn in a row above (tone, circumflex, breve, horn) and one
/// below (the dot), so "TIẾN ĐỘ" keeps its marks. Digits are the big figures'.
enum BlockLetters {
    /// Rows a title takes: the marks above, the letters, the dots below.
    static let height = BigFigure.rows + 2

    private static let letters: [Character: [String]] = [
        "A": [" ## ", "#  #", "####", "#  #", "#  #"], "B": ["### ", "#  #", "### ", "#  #", "### "],
        "C": [" ###", "#   ", "#   ", "#   ", " ###"], "D": ["### ", "#  #", "#  #", "#  #", "### "],
        "Đ": [" ### ", " #  #", "### #", " #  #", " ### "], "E": ["####", "#   ", "### ", "#   ", "####"],
        "F": ["####", "#   ", "### ", "#   ", "#   "], "G": [" ###", "#   ", "# ##", "#  #", " ###"],
        "H": ["#  #", "#  #", "####", "#  #", "#  #"], "I": ["###", " # ", " # ", " # ", "###"],
        "J": ["  ##", "   #", "   #", "#  #", " ## "], "K": ["#  #", "# # ", "##  ", "# # ", "#  #"],
        "L": ["#   ", "#   ", "#   ", "#   ", "####"], "M": ["#   #", "## ##", "# # #", "#   #", "#   #"],
        "N": ["#   #", "##  #", "# # #", "#  ##", "#   #"], "O": [" ## ", "#  #", "#  #", "#  #", " ## "],
        "P": ["### ", "#  #", "### ", "#   ", "#   "], "Q": [" ## ", "#  #", "#  #", "# # ", " # #"],
        "R": ["### ", "#  #", "### ", "# # ", "#  #"], "S": [" ###", "#   ", " ## ", "   #", "### "],
        "T": ["###", " # ", " # ", " # ", " # "], "U": ["#  #", "#  #", "#  #", "#  #", " ## "],
        "V": ["#   #", "#   #", "#   #", " # # ", "  #  "], "W": ["#   #", "#   #", "# # #", "## ##", "#   #"],
        "X": ["#   #", " # # ", "  #  ", " # # ", "#   #"], "Y": ["#   #", " # # ", "  #  ", "  #  ", "  #  "],
        "Z": ["####", "   #", "  # ", " #  ", "####"], "(": [" #", "# ", "# ", "# ", " #"], ")": ["# ", " #", " #", " #", "# "],
        ".": [" ", " ", " ", " ", "#"], ":": [" ", "#", " ", "#", " "], " ": ["  ", "  ", "  ", "  ", "  "],
    ]

    /// A letter's glyph and its marks: the base letter's blocks, the row above, the row below.
    private static func glyph(_ character: Character) -> (rows: [String], above: String, below: Bool)? {
        let scalars = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let first = scalars.first else { return nil }
        let base = character == "Đ" ? "Đ" : Character(first)
        guard let rows = letters[base] ?? BigFigure.glyphs[base] else { return nil }
        let marks = Set(scalars.dropFirst().map(\.value))
        // The shape mark in the middle, the tone after it, the horn at the right edge.
        var above = marks.contains(0x302) ? "╱╲" : marks.contains(0x306) ? "╰╯" : ""
        let tones: [UInt32: String] = [0x301: "╱", 0x300: "╲", 0x309: "╮", 0x303: "~"]
        if let tone = tones.first(where: { marks.contains($0.key) })?.value { above += tone }
        let width = rows[0].count
        var row = String(repeating: " ", count: max(0, (width - above.count) / 2)) + above
        if marks.contains(0x31B) { row = row.padding(toLength: width - 1, withPad: " ", startingAt: 0) + "▄" }
        return (rows, row, marks.contains(0x323))
    }

    /// Columns `text` takes, or nil when one of its characters has no glyph.
    static func width(_ text: String) -> Int? {
        var total = 0
        for character in text {
            guard let glyph = glyph(character) else { return nil }
            total += glyph.rows[0].count + 1
        }
        return max(0, total - 1)
    }

    /// Draws `text` with its top-left at (x, y): the marks' row, five rows of blocks, the dots' row.
    static func render(_ text: String, into buffer: inout Buffer, x: Int, y: Int, style: Style) {
        var left = x
        for character in text {
            guard let glyph = glyph(character) else { continue }
            let width = glyph.rows[0].count
            buffer.put(glyph.above, x: left, y: y, style: style, maxWidth: width)
            for (row, line) in glyph.rows.enumerated() {
                for (column, mark) in line.enumerated() where mark == "#" {
                    buffer.put("█", x: left + column, y: y + 1 + row, style: style)
                }
            }
            if glyph.below { buffer.put("▀", x: left + width / 2, y: y + 1 + BigFigure.rows, style: style) }
            left += width + 1
        }
    }
}
