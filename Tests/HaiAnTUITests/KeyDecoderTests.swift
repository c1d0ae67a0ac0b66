import Testing
@testable import HaiAnTUI

/// Raw bytes as terminals send them, decoded to keys whatever TERM says.
@Suite struct KeyDecoderTests {
    /// Feeds every byte, then the pause after them.
    private func keys(_ bytes: String) -> [Key] {
        var decoder = KeyDecoder()
        return bytes.unicodeScalars.flatMap { decoder.feed($0) } + decoder.timeout()
    }

    @Test(arguments: [
        ("\u{1B}[A", Key.up), ("\u{1B}OA", .up), ("\u{1B}[B", .down), ("\u{1B}OD", .left), ("\u{1B}[C", .right),
        ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
        ("\u{1B}[1~", .home), ("\u{1B}[4~", .end), ("\u{1B}[7~", .home), ("\u{1B}[8~", .end),
        ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[3~", .delete),
        ("\u{1B}OP", .function(1)), ("\u{1B}OS", .function(4)), ("\u{1B}[11~", .function(1)), ("\u{1B}[15~", .function(5)),
        ("\u{1B}[[A", .function(1)), ("\u{1B}[[C", .function(3)), ("\u{1B}[[E", .function(5)),
        ("\u{1B}[Z", .backTab), ("\u{1B}[1;5A", .up), ("\u{1B}OM", .enter),
    ])
    func everyCommonFormOfAKeyIsThatKey(_ bytes: String, _ key: Key) {
        #expect(keys(bytes) == [key])
    }

    @Test func unknownSequencesAreSwallowedWhole() {
        #expect(keys("\u{1B}[99~") == [.unknownSequence])
        #expect(keys("\u{1B}[?1;2c") == [.unknownSequence])
        #expect(keys("\u{1B}[[Z") == [.unknownSequence])
        #expect(keys("\u{1B}Ox") == [.unknownSequence])
        // A sequence cut off by the pause is swallowed too; what follows is read afresh.
        #expect(keys("\u{1B}[12") == [.unknownSequence])
        #expect(keys("\u{1B}[4~q") == [.end, .char("q")])
    }

    @Test func aLoneEscIsEsc() {
        #expect(keys("\u{1B}") == [.escape])
        #expect(keys("\u{1B}\u{1B}[A") == [.escape, .up])
        // Esc then a key typed at once: both, as ncurses reads them.
        #expect(keys("\u{1B}q") == [.escape, .char("q")])
        var decoder = KeyDecoder()
        #expect(decoder.feed("\u{1B}").isEmpty)
        #expect(decoder.isPending)
        #expect(decoder.timeout() == [.escape])
        #expect(!decoder.isPending)
    }

    @Test func plainCharactersAndControlKeys() {
        #expect(keys("qĐ/") == [.char("q"), .char("Đ"), .char("/")])
        #expect(keys("\t\r\n\u{7F}\u{08}") == [.tab, .enter, .enter, .backspace, .backspace])
        #expect(keys("\u{13}\u{03}") == [.ctrl("s"), .ctrl("c")])
    }
}
