import Foundation

/// A Vietnamese letter taken apart: base letter, letter mark, tone and case, so the input
/// method can change one part and put the letter back together in NFC.
struct VietLetter: Equatable {
    enum Mark: Equatable { case none, circumflex, breve, horn }

    /// Tones in the order the collation uses: ngang, huyền, hỏi, ngã, sắc, nặng.
    static let toneScalars: [Unicode.Scalar] = ["\u{0300}", "\u{0309}", "\u{0303}", "\u{0301}", "\u{0323}"]

    var base: Character        // lowercase a–z, or "đ"
    var mark: Mark = .none
    var tone = 0
    var upper = false

    var isVowel: Bool { "aeiouy".contains(base) }

    /// Nil for anything that is not a Latin letter with Vietnamese marks.
    init?(_ character: Character) {
        if character == "đ" || character == "Đ" {
            base = "đ"
            upper = character == "Đ"
            return
        }
        let scalars = Array(String(character).decomposedStringWithCanonicalMapping.unicodeScalars)
        guard let first = scalars.first, first.isASCII, first.properties.isAlphabetic else { return nil }
        upper = first.properties.isUppercase
        base = Character(String(first).lowercased())
        for scalar in scalars.dropFirst() {
            switch scalar {
            case "\u{0302}": mark = .circumflex
            case "\u{0306}": mark = .breve
            case "\u{031B}": mark = .horn
            default:
                guard let index = VietLetter.toneScalars.firstIndex(of: scalar) else { return nil }
                tone = index + 1
            }
        }
    }

    init(base: Character, upper: Bool) {
        self.base = base
        self.upper = upper
    }

    var character: Character {
        var text = String(base)
        switch mark {
        case .none: break
        case .circumflex: text.unicodeScalars.append("\u{0302}")
        case .breve: text.unicodeScalars.append("\u{0306}")
        case .horn: text.unicodeScalars.append("\u{031B}")
        }
        if tone > 0 { text.unicodeScalars.append(VietLetter.toneScalars[tone - 1]) }
        if upper { text = text.uppercased() }
        return Character(text.precomposedStringWithCanonicalMapping)
    }
}

extension VietText {
    /// The index in `word` that carries the tone. `modern` puts it on the second vowel of an
    /// open "oa", "oe", "uy" ("hoá", "khoẻ", "thuý"); classic on the first ("hóa").
    static func tonePosition(in word: [VietLetter], modern: Bool) -> Int? {
        var vowels = word.indices.filter { word[$0].isVowel }
        guard let last = vowels.last else { return nil }
        // Only the last run of vowels is the syllable's nucleus.
        while vowels.count > 1, vowels[vowels.count - 2] != vowels[vowels.count - 1] - 1 { vowels.removeFirst() }
        // The "u" of "qu" and the "i" of "gi" belong to the consonant.
        if vowels.count > 1, vowels[0] == 1,
           (word[0].base == "q" && word[1].base == "u") || (word[0].base == "g" && word[1].base == "i") {
            vowels.removeFirst()
        }
        if let marked = vowels.last(where: { word[$0].mark != .none }) { return marked }
        if last < word.count - 1 { return last }
        switch vowels.count {
        case 1: return vowels[0]
        case 2:
            let pair = String([word[vowels[0]].base, word[vowels[1]].base])
            return modern && ["oa", "oe", "uy"].contains(pair) ? vowels[1] : vowels[0]
        default: return vowels[vowels.count - 2]
        }
    }
}
