/// Which keys make Vietnamese marks.
public enum InputMethodKind: String, Sendable, CaseIterable {
    case telex, vni
}

/// A built-in Vietnamese input method for terminals without one: keys in, composed text out.
/// Text that arrives already composed (an IME, a paste) passes through untouched.
public struct InputMethod: Sendable {
    public let kind: InputMethodKind
    /// Modern tone placement ("hoá") or classic ("hóa").
    public let modernTone: Bool
    private var characters: [Character] = []
    /// A mark key that undid its mark and is not a letter (VNI digits): it follows the word.
    private var literalAfterWord: Character?

    public init(_ kind: InputMethodKind, modernTone: Bool = true, text: String = "") {
        self.kind = kind
        self.modernTone = modernTone
        characters = Array(text)
    }

    public var text: String { String(characters) }

    public static func compose(_ keys: String, _ kind: InputMethodKind) -> String {
        var method = InputMethod(kind)
        for key in keys { method.type(key) }
        return method.text
    }

    /// Feeds one key.
    public mutating func type(_ key: Character) {
        guard key.isASCII else { characters.append(key); return }
        var word = trailingWord()
        let handled: Bool
        switch kind {
        case .telex:
            // A document's symbol after "/", "-" or a number (NQ/TW, QĐ-TTg, 57-NQ) and a word
            // no Vietnamese syllable begins like (Facebook, email, online, OCOP) take their
            // letters as typed; only dd → đ still works there (QĐ, HĐND).
            let asTyped = Self.isSymbolContext(characters.dropLast(word.count).last)
                || (word.contains(where: \.isVowel) && !Syllable.isPossible(word))
            handled = asTyped ? (Character(key.lowercased()) == "d" && stroke(key, &word)) : telex(key, &word)
        case .vni: handled = vni(key, &word)
        }
        if !handled {
            guard let letter = VietLetter(key) else {
                characters.append(key)
                return
            }
            word.append(letter)
        }
        // A letter made the word impossible (Wifi's second i, website's b): the word goes back
        // to the keys that were typed, and this one after them. (A mark key taken back, "ass",
        // is not this: it keeps its own rule.)
        if kind == .telex, !handled, word.contains(where: \.isVowel), !Syllable.isPossible(word) {
            let before = trailingWord()
            if before.contains(where: { $0.mark != .none || $0.tone > 0 || $0.base == "đ" }) {
                let keys = Syllable.telexKeys(before) + [key]
                characters.removeLast(before.count)
                characters.append(contentsOf: keys)
                literalAfterWord = nil
                return
            }
        }
        replaceTrailingWord(with: placeTone(word))
        if let literal = literalAfterWord {
            characters.append(literal)
            literalAfterWord = nil
        }
    }

    /// What comes before a document's symbol: "/", "-", a digit.
    private static func isSymbolContext(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character == "/" || character == "-" || (character.isASCII && character.isNumber)
    }

    /// Deletes the last character, as Backspace does.
    public mutating func deleteBackward() {
        _ = characters.popLast()
    }

    // MARK: - Telex: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, w ư, dd đ; s f r x j tones; z none.

    private mutating func telex(_ key: Character, _ word: inout [VietLetter]) -> Bool {
        let lower = Character(key.lowercased())
        let upper = key.isUppercase
        switch lower {
        case "s": return tone(4, key, &word)
        case "f": return tone(1, key, &word)
        case "r": return tone(2, key, &word)
        case "x": return tone(3, key, &word)
        case "j": return tone(5, key, &word)
        case "z": return removeTone(&word)
        case "a", "e", "o": return circumflex(on: lower, key, &word)
        case "w":
            // A second w takes back a lone ư as Unikey does: "ww" gives "w".
            if let last = word.last, last.base == "u", last.mark == .horn, !word.dropLast().contains(where: \.isVowel) {
                word[word.count - 1].mark = .none
                word[word.count - 1].base = "w"
                return true
            }
            if horn(key, &word) { return true }
            guard !word.contains(where: { "aou".contains($0.base) }) else { return false }
            var letter = VietLetter(base: "u", upper: upper)
            letter.mark = .horn
            word.append(letter)
            return true
        case "d": return stroke(key, &word)
        default: return false
        }
    }

    // MARK: - VNI: 1–5 tones, 6 circumflex, 7 horn, 8 breve, 9 đ, 0 no tone.

    private mutating func vni(_ key: Character, _ word: inout [VietLetter]) -> Bool {
        switch key {
        case "1": return tone(4, key, &word)
        case "2": return tone(1, key, &word)
        case "3": return tone(2, key, &word)
        case "4": return tone(3, key, &word)
        case "5": return tone(5, key, &word)
        case "0": return removeTone(&word)
        case "6":
            guard let index = word.lastIndex(where: { "aeo".contains($0.base) && $0.mark != .breve && $0.mark != .horn })
            else { return false }
            return toggle(.circumflex, at: [index], key, &word)
        case "7": return horn(key, &word, breveToo: false)
        case "8":
            guard let index = word.lastIndex(where: { $0.base == "a" }) else { return false }
            return toggle(.breve, at: [index], key, &word)
        case "9": return stroke(key, &word)
        default: return false
        }
    }

    // MARK: - Shared rules

    /// Sets a tone; the same tone again removes it and keeps the key as a letter ("ass" → "as").
    private mutating func tone(_ tone: Int, _ key: Character, _ word: inout [VietLetter]) -> Bool {
        guard let current = word.firstIndex(where: { $0.tone > 0 }) ?? VietText.tonePosition(in: word, modern: modernTone)
        else { return false }
        if word[current].tone == tone {
            word[current].tone = 0
            appendLiteral(key, &word)
        } else {
            word[current].tone = tone
        }
        return true
    }

    private mutating func removeTone(_ word: inout [VietLetter]) -> Bool {
        guard let index = word.firstIndex(where: { $0.tone > 0 }) else { return false }
        word[index].tone = 0
        return true
    }

    private mutating func circumflex(on base: Character, _ key: Character, _ word: inout [VietLetter]) -> Bool {
        guard let index = word.lastIndex(where: { $0.base == base && ($0.mark == .none || $0.mark == .circumflex) }),
              word.indices.contains(index) else { return false }
        return toggle(.circumflex, at: [index], key, &word)
    }

    /// ư ơ (and ă in Telex): "uo" takes the horn on both ("ươ").
    private mutating func horn(_ key: Character, _ word: inout [VietLetter], breveToo: Bool = true) -> Bool {
        if let u = word.indices.last(where: { $0 + 1 < word.count && word[$0].base == "u" && word[$0 + 1].base == "o" }),
           word[u].mark == word[u + 1].mark, word[u].mark == .none || word[u].mark == .horn {
            return toggle(.horn, at: [u, u + 1], key, &word)
        }
        let targets: Set<Character> = breveToo ? ["a", "o", "u"] : ["o", "u"]
        guard let index = word.lastIndex(where: { targets.contains($0.base) }) else { return false }
        return toggle(word[index].base == "a" ? .breve : .horn, at: [index], key, &word)
    }

    /// dd → đ at the start of the word, or at the end of a run of capitals or consonants
    /// with no vowel (an abbreviation: "QDD" → "QĐ", "125/QĐ-UBND"); again gives "dd".
    private mutating func stroke(_ key: Character, _ word: inout [VietLetter]) -> Bool {
        let isD = { (letter: VietLetter) in letter.base == "d" || letter.base == "đ" }
        let index: Int
        if let first = word.first, isD(first) {
            index = 0
        } else if let last = word.indices.last, isD(word[last]), !word.contains(where: \.isVowel) {
            index = last
        } else {
            return false
        }
        let wasStroked = word[index].base == "đ"
        word[index].base = wasStroked ? "d" : "đ"
        if wasStroked { appendLiteral(key, &word) }
        return true
    }

    /// Puts `mark` on the letters, or takes it off and keeps the key when they already have it.
    private mutating func toggle(_ mark: VietLetter.Mark, at indices: [Int], _ key: Character, _ word: inout [VietLetter]) -> Bool {
        if indices.allSatisfy({ word[$0].mark == mark }) {
            for index in indices { word[index].mark = .none }
            appendLiteral(key, &word)
        } else {
            for index in indices { word[index].mark = mark }
        }
        return true
    }

    private mutating func appendLiteral(_ key: Character, _ word: inout [VietLetter]) {
        if let letter = VietLetter(key) { word.append(letter) } else { literalAfterWord = key }
    }

    /// Moves the word's tone to where the spelling rule puts it now that letters changed.
    private func placeTone(_ word: [VietLetter]) -> [VietLetter] {
        guard let current = word.firstIndex(where: { $0.tone > 0 }),
              let target = VietText.tonePosition(in: word, modern: modernTone), target != current else { return word }
        var moved = word
        moved[target].tone = moved[current].tone
        moved[current].tone = 0
        return moved
    }

    /// The letters at the end of the text since the last non-letter: the word being typed.
    private func trailingWord() -> [VietLetter] {
        var word: [VietLetter] = []
        for character in characters.reversed() {
            guard let letter = VietLetter(character) else { break }
            word.insert(letter, at: 0)
        }
        return word
    }

    private mutating func replaceTrailingWord(with word: [VietLetter]) {
        let count = trailingWord().count
        characters.removeLast(count)
        characters.append(contentsOf: word.map(\.character))
    }
}
