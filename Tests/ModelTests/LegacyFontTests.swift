import Testing
@testable import Model

/// Lists typed in the fonts offices used before Unicode, recognised and converted.
@Suite struct LegacyFontTests {
    @Test(arguments: [("Xãm Hµ Néi", "Xóm Hà Nội"), ("NguyÔn V¨n H¶i", "Nguyễn Văn Hải"), ("§oµn Thanh niªn", "Đoàn Thanh niên"),
                      ("Tr­êng MÇm non", "Trường Mầm non"), ("ñy ban", "ủy ban")])
    func tcvn3BecomesUnicode(_ legacy: String, _ unicode: String) {
        #expect(LegacyFont.tcvn3.unicode(legacy) == unicode)
    }

    @Test(arguments: [("Xoùm Ñoâng Haûi", "Xóm Đông Hải"), ("Nguyeãn Vaên Löïc", "Nguyễn Văn Lực"), ("Tröôøng Sôn", "Trường Sơn"),
                      ("HAØ NOÄI", "HÀ NỘI"), ("Traàn Thò Thuûy", "Trần Thị Thủy"), ("Ñoaøn thanh nieân", "Đoàn thanh niên"),
                      ("Hôïp taùc xaõ", "Hợp tác xã"), ("Ban Chæ huy", "Ban Chỉ huy")])
    func vniBecomesUnicode(_ legacy: String, _ unicode: String) {
        #expect(LegacyFont.vni.unicode(legacy) == unicode)
    }

    @Test func eachFontIsRecognisedAndUnicodeIsNot() {
        #expect(LegacyFont.detect(in: "Xãm Hµ Néi, NguyÔn V¨n H¶i") == .tcvn3)
        #expect(LegacyFont.detect(in: "Teân ñôn vò Xoùm Tröôøng Sôn Traàn Thò Thuûy") == .vni)
        #expect(LegacyFont.detect(in: "Xóm Đông Hải, Nguyễn Văn Lực, Trường Sơn, Trần Thị Thủy, Hà Nội, ủy ban") == nil)
        #expect(LegacyFont.detect(in: "Ban Chỉ huy Quân sự xã, Hợp tác xã Dịch vụ nông nghiệp") == nil)
    }
}
