import Foundation

/// Vietnamese alphabetical order as a sort key whose plain code-point order is the
/// Vietnamese order, so SQLite can index it and sort with its default collation.
extension VietText {
    /// a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; the Latin letters the
    /// Vietnamese alphabet lacks (f j w z) sit where Latin puts them.
    static let alphabet: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
        "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]

    private static let letterWeight: [String: Int] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0) })

    /// Tones in the traditional order: ngang, huyền, hỏi, ngã, sắc, nặng.
    private static let toneWeight: [Unicode.Scalar: Int] = [
        "\u{0300}": 1, "\u{0309}": 2, "\u{0303}": 3, "\u{0301}": 4, "\u{0323}": 5,
    ]

    /// Letters first, then tones, then case, each level after a separator below all weights.
    /// A run of digits is led by its length, so "Xóm 2" comes before "Xóm 10".
    public static func sortKey(_ s: String) -> String {
        var primary = String.UnicodeScalarView()
        var tones = String.UnicodeScalarView()
        var cases = String.UnicodeScalarView()
        let characters = Array(normalize(s))
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            if character.isASCII && character.isNumber {
                var digits = [character]
                while index < characters.count, characters[index].isASCII, characters[index].isNumber {
                    digits.append(characters[index])
                    index += 1
                }
                primary.append(Unicode.Scalar(0x300 + UInt32(min(digits.count, 0xFF)))!)
                for digit in digits { primary.append(primaryWeight(String(digit))) }
                continue
            }
            let (letter, tone, isUpper) = analyse(character)
            primary.append(primaryWeight(letter))
            if letterWeight[letter] != nil {
                tones.append(Unicode.Scalar(UInt8(0x30 + tone)))
                cases.append(isUpper ? "1" : "0")
            }
        }
        var key = String(primary)
        key.unicodeScalars.append("\u{1}")
        key.unicodeScalars.append(contentsOf: tones)
        key.unicodeScalars.append("\u{1}")
        key.unicodeScalars.append(contentsOf: cases)
        return key
    }

    public static func precedes(_ a: String, _ b: String) -> Bool {
        sortKey(a) < sortKey(b)
    }

    /// Splits one character into its base letter with its letter marks (ă â ê ô ơ ư đ),
    /// its tone, and its case.
    private static func analyse(_ character: Character) -> (letter: String, tone: Int, isUpper: Bool) {
        let isUpper = character.isUppercase
        var tone = 0
        var kept = String.UnicodeScalarView()
        for scalar in String(character).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if let weight = toneWeight[scalar] { tone = weight } else { kept.append(scalar) }
        }
        return (String(kept).precomposedStringWithCanonicalMapping, tone, isUpper)
    }

    /// Space first, then punctuation, digits, the alphabet, and other letters by code point;
    /// each class has its own block of scalars so classes never interleave.
    private static func primaryWeight(_ letter: String) -> Unicode.Scalar {
        func scalar(_ v: UInt32) -> Unicode.Scalar { Unicode.Scalar(v) ?? "\u{FFFD}" }
        if let w = letterWeight[letter] { return scalar(0x400 + UInt32(w)) }
        guard let first = letter.unicodeScalars.first else { return scalar(0x100) }
        if first.properties.isWhitespace { return scalar(0x101) }
        if first.properties.numericType == .decimal, let v = first.properties.numericValue {
            return scalar(0x300 + UInt32(v))
        }
        if first.properties.isAlphabetic { return scalar(0x500 + min(first.value, 0xCFFF)) }
        return scalar(0x200 + min(first.value, 0xFF))
    }
}

extension VietText {
    /// People sort by given name (the last word), then by the whole name.
    public static func personNamePrecedes(_ a: String, _ b: String) -> Bool {
        personSortKey(a) < personSortKey(b)
    }

    /// The given name's key, a separator below every weight (not NUL, which SQLite text
    /// functions treat as an end), then the whole name's key.
    public static func personSortKey(_ name: String) -> String {
        let normalized = normalize(name)
        let given = normalized.split(separator: " ").last.map(String.init) ?? normalized
        return sortKey(given) + "\u{1}" + sortKey(normalized)
    }
}
