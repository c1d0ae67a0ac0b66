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
}
