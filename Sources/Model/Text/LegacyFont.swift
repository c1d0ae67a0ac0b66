import Foundation

/// Text typed in the fonts Vietnamese offices used before Unicode, which older spreadsheets still
/// hold: TCVN3 (ABC, fonts .VnTime) and VNI-Windows (VNI-Times) store letters as other Latin-1
/// characters, so such a file reads as "Hµ Néi" or "Haø Noäi". Recognised, and converted.
public enum LegacyFont: String, Sendable, Equatable {
    case tcvn3 = "TCVN3 (ABC, phông .VnTime)"
    case vni = "VNI-Windows (phông VNI-Times)"

    /// Characters TCVN3 uses for its commonest letters (à á ả ã ạ ă â ê ô ơ ư đ …) that neither
    /// Vietnamese in Unicode nor VNI ever holds.
    private static let tcvn3Marks: Set<Character> = Set("µ¸¶·¹¨»¾¼½ÇªÐÞß©«¬\u{AD}®§¦¤¢ç")
    /// Marks VNI-Windows puts after a vowel that are not Vietnamese letters themselves.
    private static let vniMarks: Set<Character> = Set("øûïöäåë")

    /// The font a text was typed in, when it is one of these: at least two of its telltale
    /// characters, and one in fifty of all.
    public static func detect(in text: String) -> LegacyFont? {
        let characters = text.filter { !$0.isWhitespace && $0 != "," && $0 != ";" }
        guard !characters.isEmpty else { return nil }
        let tcvnCount = characters.filter(tcvn3Marks.contains).count
        if tcvnCount >= 2 && tcvnCount * 50 >= characters.count { return .tcvn3 }
        // VNI: a vowel (or its ơ, ư: "ô", "ö") followed by one of its mark characters, as in
        // "Haø", "Tröôøng".
        let pairs = zip(characters, characters.dropFirst()).filter { "aeiouyôöAEIOUYÔÖ".contains($0.0) && vniMarks.contains($0.1) }.count
        if pairs >= 2 && pairs * 50 >= characters.count { return .vni }
        return nil
    }

    /// Letters only Vietnamese in Unicode has (ă đ ĩ ũ ơ ư and the precomposed ạ ả ế ổ …, or a
    /// combining tone): such a cell was typed in Unicode, whatever font its file's older rows use.
    public static func hasUnicodeOnlyLetters(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0,
                 0x300, 0x301, 0x303, 0x309, 0x323, 0x1EA0...0x1EF9: true
            default: false
            }
        }
    }

    /// A cell of a file typed in this font, in Unicode: converted unless it holds a letter only
    /// Unicode has — the newer rows of a list kept for years, and its retyped header, stay as
    /// typed. (A cell of shared Latin-1 letters alone, "Lê Thu Hà", cannot tell: the file's font
    /// decides it.)
    public func unicodeCell(_ text: String) -> String {
        Self.hasUnicodeOnlyLetters(text) ? text : unicode(text)
    }

    /// The text in Unicode (NFC).
    public func unicode(_ text: String) -> String {
        switch self {
        case .tcvn3: Self.fromTCVN3(text)
        case .vni: Self.fromVNI(text)
        }
    }

    /// TCVN3's letters at 0xA1…0xFF (the Latin-1 character of the same code), as glibc's
    /// TCVN5712-1 table gives them; 0xB0…0xB4 are its tone marks, put after a letter.
    private static let tcvn3Letters: [Unicode.Scalar] = [
        "\u{102}\u{C2}\u{CA}\u{D4}\u{1A0}\u{1AF}\u{110}\u{103}\u{E2}\u{EA}\u{F4}\u{1A1}\u{1B0}\u{111}\u{1EB0}\u{300}",
        "\u{309}\u{303}\u{301}\u{323}\u{E0}\u{1EA3}\u{E3}\u{E1}\u{1EA1}\u{1EB2}\u{1EB1}\u{1EB3}\u{1EB5}\u{1EAF}\u{1EB4}\u{1EAE}",
        "\u{1EA6}\u{1EA8}\u{1EAA}\u{1EA4}\u{1EC0}\u{1EB7}\u{1EA7}\u{1EA9}\u{1EAB}\u{1EA5}\u{1EAD}\u{E8}\u{1EC2}\u{1EBB}\u{1EBD}\u{E9}",
        "\u{1EB9}\u{1EC1}\u{1EC3}\u{1EC5}\u{1EBF}\u{1EC7}\u{EC}\u{1EC9}\u{1EC4}\u{1EBE}\u{1ED2}\u{129}\u{ED}\u{1ECB}\u{F2}\u{1ED4}",
        "\u{1ECF}\u{F5}\u{F3}\u{1ECD}\u{1ED3}\u{1ED5}\u{1ED7}\u{1ED1}\u{1ED9}\u{1EDD}\u{1EDF}\u{1EE1}\u{1EDB}\u{1EE3}\u{F9}\u{1ED6}",
        "\u{1EE7}\u{169}\u{FA}\u{1EE5}\u{1EEB}\u{1EED}\u{1EEF}\u{1EE9}\u{1EF1}\u{1EF3}\u{1EF7}\u{1EF9}\u{FD}\u{1EF5}\u{1ED0}"
    ].joined().unicodeScalars.map { $0 }

    private static func fromTCVN3(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0xA1...0xFF).contains(scalar.value) {
                scalars.append(tcvn3Letters[Int(scalar.value) - 0xA1])
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// VNI's marks after a vowel: a tone, a shape (circumflex; breve after "a"), or both.
    private static let vniMarksAfterVowel: [Character: String] = [
        "ù": "\u{301}", "ø": "\u{300}", "û": "\u{309}", "õ": "\u{303}", "ï": "\u{323}",
        "â": "\u{302}", "á": "\u{302}\u{301}", "à": "\u{302}\u{300}", "å": "\u{302}\u{309}", "ã": "\u{302}\u{303}", "ä": "\u{302}\u{323}",
        "ê": "\u{306}", "é": "\u{306}\u{301}", "è": "\u{306}\u{300}", "ú": "\u{306}\u{309}", "ü": "\u{306}\u{303}", "ë": "\u{306}\u{323}",
    ]
    /// VNI's letters of their own: ơ, ư, đ and the toned i and ỵ.
    private static let vniLetters: [Character: Character] = [
        "ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
    ]

    private static func fromVNI(_ text: String) -> String {
        var out = ""
        var afterVowel = false
        for character in text {
            let lower = Character(character.lowercased())
            let upper = character != lower
            if afterVowel, let marks = vniMarksAfterVowel[lower] {
                out += marks
                continue
            }
            if let letter = vniLetters[lower] {
                out.append(upper ? Character(letter.uppercased()) : letter)
                afterVowel = "ơư".contains(letter)
                continue
            }
            out.append(character)
            afterVowel = "aeouy".contains(lower)
        }
        return out.precomposedStringWithCanonicalMapping
    }
}
