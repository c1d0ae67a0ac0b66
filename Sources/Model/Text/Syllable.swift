/// The shape of a Vietnamese syllable — initial consonants, a vowel nucleus, a final — by base
/// letters (marks and tone aside), to tell a word being typed in Vietnamese from one that is
/// not (an English word, a brand): Telex leaves the latter as typed, as Unikey's spelling
/// check does.
enum Syllable {
    private static let initials: Set<String> = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
                                                "ngh", "nh", "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x"]
    /// Every nucleus and every beginning of one (a word is checked while it is typed).
    private static let nuclei: Set<String> = {
        let whole = ["a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi", "oo", "ua",
                     "ue", "ui", "uo", "uu", "uy", "ya", "ye", "ieu", "yeu", "oai", "oao", "oay", "oeo", "uay", "uoi", "uou", "uya",
                     "uye", "uyu", "ueu"]
        return Set(whole.flatMap { nucleus in (1...nucleus.count).map { String(nucleus.prefix($0)) } })
    }()
    private static let finals: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]

    /// Whether the letters can be (the start of) one Vietnamese syllable.
    static func isPossible(_ word: [VietLetter]) -> Bool {
        let bases = word.map(\.base)
        guard let first = bases.firstIndex(where: { "aeiouy".contains($0) }) else { return true }
        var initial = String(bases[..<first])
        var start = first
        // "gi" and "qu" hold a vowel letter that belongs to the initial ("giữ", "quyết").
        if initial == "g" && bases[first] == "i" && first + 1 < bases.count && "aeiouy".contains(bases[first + 1]) {
            initial = "gi"
            start = first + 1
        }
        guard initials.contains(initial) else { return false }
        let rest = bases[start...]
        let vowels = rest.prefix { "aeiouy".contains($0) }
        let final = String(rest.dropFirst(vowels.count))
        return nuclei.contains(String(vowels)) && finals.contains(final)
    }

    /// The Telex keys that most likely typed the letters, for a word given back as typed: ư at
    /// the start as "w", the tone's key last, and a circumflex vowel before a final consonant
    /// doubled after it ("ÔC" from "OCO", as in OCOP; "Gô" from "Goo", as in Google).
    static func telexKeys(_ word: [VietLetter]) -> [Character] {
        var keys: [Character] = []
        var later: [Character] = []
        func put(_ text: String, upper: Bool) { keys += (upper ? text.uppercased() : text).map { $0 } }
        for (index, letter) in word.enumerated() {
            let consonantsAfter = index + 1 < word.count && word[(index + 1)...].allSatisfy { !$0.isVowel }
            switch (letter.base, letter.mark) {
            case ("đ", _): put("dd", upper: letter.upper)
            case ("u", .horn) where index == 0: put("w", upper: letter.upper)
            case (let base, .circumflex) where consonantsAfter:
                put(String(base), upper: letter.upper)
                later += (letter.upper ? String(base).uppercased() : String(base)).map { $0 }
            case (let base, .circumflex): put("\(base)\(base)", upper: letter.upper)
            case (let base, .breve), (let base, .horn): put("\(base)w", upper: letter.upper)
            case (let base, .none): put(String(base), upper: letter.upper)
            }
        }
        keys += later
        if let toned = word.first(where: { $0.tone > 0 }) {
            keys.append(Array("frxsj")[toned.tone - 1])
        }
        return keys
    }
}
