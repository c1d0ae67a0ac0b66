import Testing
@testable import Model

/// Each row: the bare vowel, then with huyền, hỏi, ngã, sắc, nặng.
private let vowelTable: [(telex: String, vni: String, forms: [String])] = [
    ("a", "a", ["a", "à", "ả", "ã", "á", "ạ"]),
    ("aw", "a8", ["ă", "ằ", "ẳ", "ẵ", "ắ", "ặ"]),
    ("aa", "a6", ["â", "ầ", "ẩ", "ẫ", "ấ", "ậ"]),
    ("e", "e", ["e", "è", "ẻ", "ẽ", "é", "ẹ"]),
    ("ee", "e6", ["ê", "ề", "ể", "ễ", "ế", "ệ"]),
    ("i", "i", ["i", "ì", "ỉ", "ĩ", "í", "ị"]),
    ("o", "o", ["o", "ò", "ỏ", "õ", "ó", "ọ"]),
    ("oo", "o6", ["ô", "ồ", "ổ", "ỗ", "ố", "ộ"]),
    ("ow", "o7", ["ơ", "ờ", "ở", "ỡ", "ớ", "ợ"]),
    ("u", "u", ["u", "ù", "ủ", "ũ", "ú", "ụ"]),
    ("uw", "u7", ["ư", "ừ", "ử", "ữ", "ứ", "ự"]),
    ("y", "y", ["y", "ỳ", "ỷ", "ỹ", "ý", "ỵ"]),
]
private let telexTones = ["f", "r", "x", "s", "j"]
private let vniTones = ["2", "3", "4", "1", "5"]

private struct Case: CustomTestStringConvertible, Sendable {
    let keys: String
    let expected: String
    var testDescription: String { "\(keys) → \(expected)" }
}

private let telexVowelCases: [Case] = vowelTable.flatMap { row in
    (0..<5).flatMap { t -> [Case] in
        [Case(keys: row.telex + telexTones[t], expected: row.forms[t + 1]),
         Case(keys: row.telex.uppercased() + telexTones[t], expected: row.forms[t + 1].uppercased())]
    } + [Case(keys: row.telex, expected: row.forms[0])]
}

private let vniVowelCases: [Case] = vowelTable.flatMap { row in
    (0..<5).map { Case(keys: row.vni + vniTones[$0], expected: row.forms[$0 + 1]) }
}

private let telexWordCases: [Case] = [
    Case(keys: "Xoms Ddoong Hair", expected: "Xóm Đông Hải"),
    Case(keys: "Hair An", expected: "Hải An"),
    Case(keys: "Nguyeenx Vawn Awn", expected: "Nguyễn Văn Ăn"),
    Case(keys: "truowngf", expected: "trường"),
    Case(keys: "truongwf", expected: "trường"),
    Case(keys: "nguwowif", expected: "người"),
    Case(keys: "dduwowcj", expected: "được"),
    Case(keys: "ruwowuj", expected: "rượu"),
    Case(keys: "hoas", expected: "hoá"),
    Case(keys: "khoer", expected: "khoẻ"),
    Case(keys: "thuys", expected: "thuý"),
    Case(keys: "toans", expected: "toán"),
    Case(keys: "hoangf", expected: "hoàng"),
    Case(keys: "hoafng", expected: "hoàng"),
    Case(keys: "quys", expected: "quý"),
    Case(keys: "quas", expected: "quá"),
    Case(keys: "quyeets", expected: "quyết"),
    Case(keys: "gias", expected: "giá"),
    Case(keys: "gif", expected: "gì"),
    Case(keys: "giuwxa", expected: "giữa"),
    Case(keys: "ngoaif", expected: "ngoài"),
    Case(keys: "khuyr", expected: "khuỷ"),
    Case(keys: "muaf", expected: "mùa"),
    Case(keys: "baif", expected: "bài"),
    Case(keys: "tieengs", expected: "tiếng"),
    Case(keys: "Vieejt Nam", expected: "Việt Nam"),
    Case(keys: "chuyeenr ddooir soos", expected: "chuyển đổi số"),
    Case(keys: "ass", expected: "as"),
    Case(keys: "aaa", expected: "aa"),
    Case(keys: "ddd", expected: "dd"),
    Case(keys: "aww", expected: "aw"),
    Case(keys: "asz", expected: "a"),
    Case(keys: "asf", expected: "à"),
    Case(keys: "w", expected: "ư"),
    Case(keys: "tw", expected: "tư"),
    Case(keys: "W", expected: "Ư"),
    Case(keys: "DDAAMS", expected: "ĐẤM"),
    Case(keys: "DDAMS", expected: "ĐÁM"),
    Case(keys: "s", expected: "s"),
    Case(keys: "z", expected: "z"),
    Case(keys: "xa", expected: "xa"),
    Case(keys: "2025", expected: "2025"),
    Case(keys: "a-b", expected: "a-b"),
]

private let vniWordCases: [Case] = [
    Case(keys: "Xo1m D9o6ng Ha3i", expected: "Xóm Đông Hải"),
    Case(keys: "Nguye6n4", expected: "Nguyễn"),
    Case(keys: "tru7o7ng2", expected: "trường"),
    Case(keys: "truong72", expected: "trường"),
    Case(keys: "ho1a", expected: "hoá"),
    Case(keys: "hoa1", expected: "hoá"),
    Case(keys: "khoe3", expected: "khoẻ"),
    Case(keys: "thuy1", expected: "thuý"),
    Case(keys: "d9u7o7c5", expected: "được"),
    Case(keys: "a11", expected: "a1"),
    Case(keys: "a66", expected: "a6"),
    Case(keys: "a10", expected: "a"),
    Case(keys: "2025", expected: "2025"),
    Case(keys: "Vie6t5 Nam", expected: "Việt Nam"),
]

@Suite struct InputMethodTests {
    @Test(arguments: telexVowelCases)
    fileprivate func telexVowelWithTone(_ c: Case) {
        #expect(InputMethod.compose(c.keys, .telex) == c.expected)
    }

    @Test(arguments: vniVowelCases)
    fileprivate func vniVowelWithTone(_ c: Case) {
        #expect(InputMethod.compose(c.keys, .vni) == c.expected)
    }

    @Test(arguments: telexWordCases)
    fileprivate func telexWords(_ c: Case) {
        #expect(InputMethod.compose(c.keys, .telex) == c.expected)
    }

    @Test(arguments: vniWordCases)
    fileprivate func vniWords(_ c: Case) {
        #expect(InputMethod.compose(c.keys, .vni) == c.expected)
    }

    @Test func classicPlacementPutsTheToneOnTheFirstVowel() {
        for (keys, expected) in [("hoas", "hóa"), ("khoer", "khỏe"), ("thuys", "thúy"), ("toans", "toán")] {
            var method = InputMethod(.telex, modernTone: false)
            for key in keys { method.type(key) }
            #expect(method.text == expected)
        }
    }

    @Test func composedTextPassesThroughUntouched() {
        var method = InputMethod(.telex)
        for key in "Hải" { method.type(key) }
        #expect(method.text == "Hải")
        #expect(InputMethod.compose("Đông 中文 👍", .telex) == "Đông 中文 👍")
    }

    @Test func everyOutputIsPrecomposed() {
        for c in telexVowelCases + telexWordCases {
            let text = InputMethod.compose(c.keys, .telex)
            #expect(text == VietText.normalize(text) || text.hasSuffix(" "))
        }
    }

    @Test func backspaceRemovesTheLastLetter() {
        var method = InputMethod(.telex)
        for key in "Xoms" { method.type(key) }
        method.deleteBackward()
        #expect(method.text == "Xó")
        method.type("n")
        #expect(method.text == "Xón")
    }
}

/// Keys typed all day in an office: decision numbers, and w taken back.
@Suite struct TelexOfficeTypingTests {
    @Test(arguments: [
        ("w", "ư"), ("ww", "w"), ("Ww", "W"), ("tw", "tư"), ("tww", "tw"), ("nhw", "như"),
        ("125/QDD-UBND", "125/QĐ-UBND"), ("QDD", "QĐ"), ("QDDD", "QDD"), ("sos 12/KH-UBND", "só 12/KH-UBND"),
        ("ddi", "đi"), ("dddi", "ddi"), ("add", "add"), ("UBND", "UBND"),
        // Document symbols and the English words of the office stay as typed.
        ("Nghij quyeets 57-NQ/TW", "Nghị quyết 57-NQ/TW"), ("QDD-TTg", "QĐ-TTg"), ("02/KH-UBND", "02/KH-UBND"),
        ("HDDND", "HĐND"), ("Wifi", "Wifi"), ("website", "website"), ("Facebook", "Facebook"), ("Zalo", "Zalo"),
        ("email", "email"), ("online", "online"), ("OCOP", "OCOP"), ("NQ/TW Wifi website Facebook", "NQ/TW Wifi website Facebook"),
        // … while Vietnamese words, their capitals included, compose as before.
        ("nguwowif gioongs khuyeens quoocs giwx", "người giống khuyến quốc giữ"), ("HAIR AN", "HẢI AN"),
        ("oong Google book", "ông Google book"),
    ])
    func telex(_ keys: String, _ expected: String) {
        #expect(InputMethod.compose(keys, .telex) == expected)
    }
}
