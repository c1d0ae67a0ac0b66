/// Figures drawn in block characters (five rows per scale step), to be read from the back of a room.
enum BigFigure {
    /// Each glyph is five rows of the same width; "#" is a block.
    static let glyphs: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"], "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"], "3": ["###", "  #", "###", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"], "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"], "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"], "9": ["###", "# #", "###", "  #", "###"],
        "%": ["# #", "  #", " # ", "#  ", "# #"], "/": ["  #", "  #", " # ", "#  ", "#  "],
        ",": ["   ", "   ", "   ", " # ", "#  "], "-": ["   ", "   ", "###", "   ", "   "], " ": ["   ", "   ", "   ", "   ", "   "],
    ]
    static let rows = 5

    /// Rows a figure takes at `scale`.
    static func height(scale: Int = 1) -> Int { rows * scale }

    /// Columns `text` takes at `scale` (each block drawn `scale` cells wide and tall, glyphs a cell apart).
    static func width(_ text: String, scale: Int = 1) -> Int {
        text.filter { glyphs[$0] != nil }.count * (3 * scale + 1) - 1
    }

    /// Draws `text` (digits and % / , -; anything else is skipped) with its top-left at (x, y).
    static func render(_ text: String, into buffer: inout Buffer, x: Int, y: Int, scale: Int = 1, style: Style) {
        var left = x
        for character in text {
            guard let glyph = glyphs[character] else { continue }
            for (row, line) in glyph.enumerated() {
                for (column, mark) in line.enumerated() where mark == "#" {
                    buffer.fill(Rect(x: left + column * scale, y: y + row * scale, width: scale, height: scale), symbol: "█", style: style)
                }
            }
            left += 3 * scale + 1
        }
    }
}
