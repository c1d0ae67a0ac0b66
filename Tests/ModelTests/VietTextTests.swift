import Foundation
import Testing
@testable import Model

@Suite struct VietTextTests {
    @Test func normalizeMakesDecomposedTextEqualToItsPrecomposedTwin() {
        let decomposed = "Ha\u{0309}i An"
        #expect(decomposed.unicodeScalars.count == 7)
        #expect(VietText.normalize(decomposed).unicodeScalars.count == 6)
        #expect(VietText.normalize(decomposed) == "Hải An")
        #expect(VietText.normalize("  Xóm\tĐông\u{0007}  ") == "Xóm Đông")
    }

    /// Clean text takes a shortcut (no NFC pass): it must give what the full rule gives.
    @Test(arguments: ["Xóm Đông Hải", " Xóm Đông\u{A0}", "Ấp\u{00A0}Mới ", "Trần Thị Lụa", "HẢI AN", "Ha\u{0309}i", "Å", "x\u{7F}y", "\u{85}z",
                      "Xóm  Bốn", "a\u{AD}b", "Bốn\u{200D}\u{200D}"])
    func normalizeGivesTheSameWithOrWithoutItsShortcut(_ text: String) {
        // The rule written the long way: hidden characters out, every space one plain space.
        var words: [String] = [], word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control where !"\t\n\r".unicodeScalars.contains(scalar), .format: continue
            case .spaceSeparator, .control:
                if !word.isEmpty { words.append(String(word)) }
                word = String.UnicodeScalarView()
            default: word.append(scalar)
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        let full = words.joined(separator: " ").precomposedStringWithCanonicalMapping
        #expect(VietText.normalize(text) == full)
        #expect(VietText.fold(VietText.normalize(text)) == VietText.fold(full))
    }

    /// What a person sees is what is stored: hidden joiners, bidi overrides, escape sequences
    /// and C1 controls go; the spaces of other kinds become one plain space.
    @Test func printableKeepsLinesAndLettersAndDropsWhatDrivesATerminal() {
        #expect(VietText.printable("Xóm Bốn\tA\r\nB “C” – D…") == "Xóm Bốn\tA\r\nB “C” – D…")
        #expect(VietText.printable("Xóm\u{1B}]0;x\u{07} Bốn\u{1B}[2J\u{202E}\u{200D}\u{9B}\u{AD}\u{E000}y") == "Xóm]0;x Bốn[2Jy")
    }

    @Test func hiddenAndControlCharactersNeverReachTheRecord() {
        #expect(VietText.normalize("Xóm Bốn\u{200D}\u{200D}\u{200D}") == "Xóm Bốn")
        #expect(VietText.normalize("Xóm\u{202E}nốB") == "XómnốB")
        #expect(VietText.normalize("\u{1B}]0;pwned\u{07}Xóm Đông\u{1B}[2J") == "]0;pwnedXóm Đông[2J")
        #expect(VietText.normalize("Trần\u{9B}31mThị") == "Trần31mThị")
        #expect(VietText.normalize("Ngô\u{00A0}Thị\u{2009}\u{200B}Hoà") == "Ngô Thị Hoà")
        #expect(VietText.normalize("\u{FEFF}Hải An") == "Hải An")
        #expect(Unit.nameKey("Xóm Bốn\u{200D}\u{200D}\u{200D}") == Unit.nameKey("Xóm  Bốn"))
    }

    @Test(arguments: [("Hải An", "hai an"), ("ĐÔNG HẢI", "dong hai"), ("Phòng Văn hoá - Xã hội", "phong van hoa - xa hoi"),
                      ("Ủy ban MTTQ", "uy ban mttq"), ("Ha\u{0309}i", "hai"), ("người", "nguoi")])
    func foldRemovesTonesAndDiacritics(_ text: String, _ key: String) {
        #expect(VietText.fold(text) == key)
    }

    @Test func widthCountsLettersNotScalars() {
        #expect(VietText.displayWidth("Hải An") == 6)
        #expect(VietText.displayWidth("Ha\u{0309}i An") == 6)
        #expect(VietText.displayWidth("ệ") == 1)
        #expect(VietText.displayWidth("e\u{0302}\u{0323}") == 1)
        #expect(VietText.displayWidth("中文") == 4)
        #expect(VietText.displayWidth("👍") == 2)
        #expect(VietText.displayWidth("\u{0301}") == 0)
    }

    @Test func truncateCutsBetweenLettersWithAnEllipsis() {
        #expect(VietText.truncate("Phòng Văn hoá", toWidth: 20) == "Phòng Văn hoá")
        #expect(VietText.truncate("Phòng Văn hoá", toWidth: 8) == "Phòng V…")
        #expect(VietText.truncate("Ha\u{0309}i An", toWidth: 3) == "Ha\u{0309}…")
        #expect(VietText.truncate("中文字", toWidth: 4) == "中…")
        #expect(VietText.displayWidth(VietText.truncate("中文字", toWidth: 4)) == 3)
    }

    @Test func vietnameseAlphabeticalOrder() {
        let names = ["Ủy ban MTTQ xã", "Đài Phát thanh xã", "Ban Xây dựng Đảng", "Dân vận", "Ăn uống", "An Bình", "Âu Cơ", "Phòng Văn hoá - Xã hội"]
        let sorted = names.sorted(by: VietText.precedes)
        #expect(sorted == ["An Bình", "Ăn uống", "Âu Cơ", "Ban Xây dựng Đảng", "Dân vận", "Đài Phát thanh xã",
                           "Phòng Văn hoá - Xã hội", "Ủy ban MTTQ xã"])
    }

    @Test func tonesBreakTiesInTheirOrder() {
        let words = ["má", "mạ", "mà", "ma", "mã", "mả"]
        #expect(words.sorted(by: VietText.precedes) == ["ma", "mà", "mả", "mã", "má", "mạ"])
        #expect(VietText.precedes("an", "An"))
        #expect(VietText.precedes("Ha\u{0309}i", "Hải") == false && VietText.precedes("Hải", "Ha\u{0309}i") == false)
    }

    @Test func peopleSortByGivenNameThenTheRest() {
        let people = ["Nguyễn Văn Bình", "Trần Thị An", "Lê Văn An", "Phạm Đức", "Bùi Tiến Hùng"]
        #expect(people.sorted(by: VietText.personNamePrecedes)
            == ["Lê Văn An", "Trần Thị An", "Nguyễn Văn Bình", "Phạm Đức", "Bùi Tiến Hùng"])
        #expect(VietText.personNamePrecedes("Nguyễn Văn Đông", "Nguyễn Văn Dũng") == false)
    }

    @Test(arguments: [("d", "đ"), ("a", "ă"), ("ă", "â"), ("e", "ê"), ("o", "ô"), ("ô", "ơ"), ("u", "ư"),
                      ("ư", "v"), ("Đông", "Gia"), ("An", "Ăn"), ("Xóm 2", "Xóm 10")])
    func alphabetLettersBeforeTones(_ a: String, _ b: String) {
        #expect(VietText.precedes(a, b))
        #expect(!VietText.precedes(b, a))
    }

    @Test(arguments: ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"])
    func everyVowelsTonesInOrder(_ vowel: String) {
        let forms = ["", "\u{0300}", "\u{0309}", "\u{0303}", "\u{0301}", "\u{0323}"].map {
            VietText.normalize(vowel + $0)
        }
        #expect(forms.shuffled().sorted(by: VietText.precedes) == forms)
        #expect(Set(forms.map(VietText.fold)).count == 1)
        #expect(forms.allSatisfy { VietText.displayWidth($0) == 1 })
    }

    @Test func uppercaseFoldsAndSortsAfterLowercase() {
        #expect(VietText.fold("ĐẶNG") == "dang")
        #expect(VietText.precedes("đặng", "Đặng"))
        #expect(VietText.normalize("Đ") == "Đ")
    }
}

/// Paths split by hand, as people type them (Foundation's path functions trap on some).
@Suite struct FilePathTests {
    @Test func aPathSplitsAtItsLastSlash() {
        #expect(FilePath.split("a/b.xlsx") == ("a/", "b.xlsx"))
        #expect(FilePath.split("b") == ("", "b") && FilePath.split("/b") == ("/", "b"))
        #expect(FilePath.folder(of: "/home/x/haian.sqlite") == "/home/x" && FilePath.folder(of: "/haian.sqlite") == "/")
        #expect(FilePath.folder(of: "haian.sqlite") == "" && FilePath.folder(of: "\u{301}/x") == "\u{301}")
        #expect(FilePath.suffix("Tap-The.XLSX") == "xlsx" && FilePath.suffix("README") == "")
        #expect(FilePath.stem("haian.sqlite") == "haian" && FilePath.stem("demo") == "demo")
    }
}
