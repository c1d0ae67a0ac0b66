import Testing
@testable import HaiAnTUI

@Suite struct BufferTests {
    @Test func precomposedAndDecomposedTextTakeTheSameCells() {
        var a = Buffer(width: 10, height: 1)
        var b = Buffer(width: 10, height: 1)
        a.put("Hải An", x: 0, y: 0)
        b.put("Ha\u{0309}i An", x: 0, y: 0)
        #expect(a == b)
        #expect(a[1, 0].symbol == "ả")
        #expect(a[1, 0].symbol.unicodeScalars.count == 1)
        #expect(a.lines() == ["Hải An    "])
    }

    @Test func stackedMarksStayOnTheirLetter() {
        var buffer = Buffer(width: 6, height: 1)
        let used = buffer.put("Nghe\u{0302}\u{0323}", x: 0, y: 0)
        #expect(used == 4)
        #expect(buffer[3, 0].symbol == "ệ")
        #expect(buffer[4, 0].symbol == " ")
    }

    @Test func clipsByDisplayWidthWithAnEllipsis() {
        var buffer = Buffer(width: 20, height: 1)
        buffer.put("|", x: 8, y: 0)
        let used = buffer.put("Phòng Văn hoá", x: 0, y: 0, maxWidth: 8)
        #expect(used == 8)
        #expect(buffer.lines()[0].hasPrefix("Phòng V…|"))
    }

    @Test func aWideCharacterNeverSpillsPastTheEdge() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.put("ab中文", x: 0, y: 0)
        #expect(buffer[2, 0].symbol == "中" && buffer[2, 0].width == 2)
        #expect(buffer[3, 0].width == 0)
        #expect(buffer[4, 0].symbol == "…")
        #expect(buffer.lines()[0] == "ab中…")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.put("中文", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        #expect(buffer.lines()[0] == " x文  ")
        buffer.put("y", x: 2, y: 0)
        #expect(buffer.lines()[0] == " xy   ")
    }

    @Test func writesOutsideTheBufferAreIgnored() {
        var buffer = Buffer(width: 4, height: 2)
        #expect(buffer.put("abc", x: 0, y: 5) == 0)
        #expect(buffer.put("abc", x: 9, y: 0) == 0)
        buffer.fill(Rect(x: -2, y: -1, width: 10, height: 10), symbol: "#")
        #expect(buffer.lines() == ["####", "####"])
    }

    @Test func restyleKeepsSymbols() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.put("Xóm", x: 0, y: 0)
        buffer.restyle(Rect(x: 0, y: 0, width: 4, height: 1)) { var s = $0; s.reverse = true; return s }
        #expect(buffer[1, 0].symbol == "ó" && buffer[1, 0].style.reverse)
    }

    @Test func textBackendTrimsTrailingSpaces() {
        var buffer = Buffer(width: 8, height: 2)
        buffer.put("Đơn vị", x: 1, y: 1)
        let backend = TextBackend(width: 8, height: 2)
        backend.draw(buffer)
        #expect(backend.text == "\n Đơn vị")
        #expect(backend.framesDrawn == 1)
    }
}
