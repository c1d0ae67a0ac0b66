import Foundation

/// Vietnamese text rules every layer goes through: normal form, terminal width, search key.
public enum VietText {
    /// NFC; control, bidirectional and zero-width characters removed (tabs and line breaks
    /// become spaces), every space-like character a plain space, runs of spaces one, trimmed:
    /// what is stored is what a person sees, so "Xóm Bốn" with hidden joiners or a right-to-left
    /// override is "Xóm Bốn", and the duplicate-name rule sees them as one.
    public static func normalize(_ s: String) -> String {
        // Most text is already clean (a province's list is millions of cells): no control
        // character and only letters that are precomposed already, so it is its own NFC.
        // (Two spaces looked for in the bytes: String.contains goes through Foundation's
        // locale-aware search, which was the largest single cost of reading a province's list.)
        if s.unicodeScalars.allSatisfy(isPlainNFC) && !zip(s.utf8, s.utf8.dropFirst()).contains(where: { $0 == 0x20 && $1 == 0x20 }) {
            guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last,
                  first == " " || last == " " else { return s }
            return s.trimmingCharacters(in: .whitespaces)
        }
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in s.unicodeScalars {
            let category = scalar.properties.generalCategory
            let space = scalar == "\t" || scalar == "\n" || scalar == "\r" || category == .spaceSeparator
                || category == .lineSeparator || category == .paragraphSeparator
            if space {
                if !lastWasSpace { scalars.append(" ") }
                lastWasSpace = true
                continue
            }
            // Controls (C0 and C1), format characters (bidi overrides, zero-width joiners, BOM,
            // soft hyphen) and the private and unassigned ones carry nothing a reader sees.
            if category == .control || category == .format || category == .privateUse || category == .unassigned
                || category == .surrogate { continue }
            scalars.append(scalar)
            lastWasSpace = false
        }
        return String(scalars).precomposedStringWithCanonicalMapping
            .trimmingCharacters(in: .whitespaces)
    }

    /// Text as it may reach a terminal or a file: lines and tabs kept, every control (an escape
    /// sequence's ESC, C1), bidi override and zero-width character dropped. What the command line
    /// prints passes through it, so a name stored before `normalize` existed cannot move the
    /// cursor, retitle the window or reverse a line.
    public static func printable(_ s: String) -> String {
        // Only the ranges that hold controls, format and private characters are looked at
        // closely: a Vietnamese name goes through on the first pass.
        func suspect(_ value: UInt32) -> Bool {
            switch value {
            case 0x0A, 0x09, 0x0D: return false
            case 0..<0x20, 0x7F...0x9F, 0xAD, 0x600...0x70F, 0x180E, 0x2000...0x206F, 0xE000...0xF8FF, 0xFEFF, 0xFFF0...0xFFFF,
                 0xE0000...: return true
            default: return false
            }
        }
        guard s.unicodeScalars.contains(where: { suspect($0.value) }) else { return s }
        var scalars = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if scalar == "\n" || scalar == "\t" || scalar == "\r" { scalars.append(scalar); continue }
            let category = scalar.properties.generalCategory
            if category == .control || category == .format || category == .privateUse || category == .surrogate { continue }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Printable ASCII, or a Latin letter below the combining marks (U+0300), or one of
    /// Vietnamese's precomposed letters (U+1E00–U+1EFF): such a scalar never changes under
    /// NFC and is neither hidden nor a space of another kind.
    private static func isPlainNFC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0xA1..<0xAD, 0xAE..<0x300, 0x1E00...0x1EFF: true
        default: false
        }
    }

    /// Search key: no tones, no diacritics, đ→d, lowercase ("Đông Hải" → "dong hai").
    public static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s.lowercased() }
        var scalars = String.UnicodeScalarView()
        for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            // Decomposed Vietnamese is ASCII letters and marks: those need no Unicode tables.
            if scalar.isASCII {
                if scalar.value >= 0x20 && scalar.value < 0x7F { scalars.append(scalar.properties.isUppercase ? Unicode.Scalar(scalar.value + 32)! : scalar) }
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .control: continue
            default: break
            }
            switch scalar {
            case "đ", "Đ": scalars.append("d")
            default: scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(scalars)
    }

    /// Terminal columns the text takes.
    public static func displayWidth(_ s: String) -> Int {
        // Printable ASCII is one column a byte: no need to look up each character's properties.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s.utf8.count }
        // Precomposed Vietnamese: each letter one scalar and one column, and two such letters
        // never join into one character, so no grapheme breaking is needed.
        var letters = 0
        for scalar in s.unicodeScalars {
            guard isNarrowLetter(scalar.value) else { return s.reduce(0) { $0 + width(of: $1) } }
            letters += 1
        }
        return letters
    }

    /// Columns one user-perceived character takes: a letter with any marks is 1, a lone
    /// combining mark 0, East Asian wide characters and emoji 2.
    public static func width(of character: Character) -> Int {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        // Every frame measures every name: a lone Latin or precomposed Vietnamese letter (and
        // printable ASCII) is one column without a look at the Unicode tables.
        if scalars.next() == nil && isNarrowLetter(first.value) { return 1 }
        let properties = first.properties
        switch properties.generalCategory {
        case .control, .format, .nonspacingMark, .enclosingMark: return 0
        default: break
        }
        if isWide(first.value) || properties.isEmojiPresentation { return 2 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && properties.isEmoji { return 2 }
        return 1
    }

    private static func isNarrowLetter(_ value: UInt32) -> Bool {
        (0x20..<0x7F).contains(value) || ((0xC0...0x24F).contains(value) && value != 0xD7 && value != 0xF7)
            || (0x1E00...0x1EFF).contains(value)
    }

    /// `s` filled with spaces on the right to `width` columns.
    public static func padded(_ s: String, toWidth width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - displayWidth(s)))
    }

    /// `s` filled with spaces on the left to `width` columns.
    public static func rightAligned(_ s: String, toWidth width: Int) -> String {
        String(repeating: " ", count: max(0, width - displayWidth(s))) + s
    }

    /// Cuts `s` to at most `width` columns, ending with "…" when something was cut.
    /// Cuts fall between characters, so a letter never loses its marks.
    public static func truncate(_ s: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        if displayWidth(s) <= width { return s }
        var result = ""
        var used = 0
        for character in s {
            let w = self.width(of: character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15, as terminals use them).
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Lines of at most `width` columns: breaks at spaces where it can, inside a word only
    /// when the word alone is wider; a line break in the text starts a new line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var word = String(word)
                let candidate = line.isEmpty ? word : line + " " + word
                if displayWidth(candidate) <= width {
                    line = candidate
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                while displayWidth(word) > width {
                    var head = ""
                    for character in word {
                        if displayWidth(head + String(character)) > width { break }
                        head.append(character)
                    }
                    lines.append(head)
                    word.removeFirst(head.count)
                }
                line = word
            }
            lines.append(line)
        }
        return lines
    }
}
