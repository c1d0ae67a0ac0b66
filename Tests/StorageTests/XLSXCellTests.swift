import Model
import Testing
@testable import Storage

/// How an export's text becomes a workbook's typed cell, and the row's XML around it.
struct XLSXCellTests {
    @Test(arguments: [
        ("87,5", XLSXWriter.Cell.number(87.5)), ("12", .number(12)), ("0", .number(0)), ("0,5", .number(0.5)), ("-3", .number(-3)),
        ("0912345678", .text("0912345678")), (",5", .text(",5")), ("1,2,3", .text("1,2,3")), ("1-2", .text("1-2")),
        ("", .text("")), ("٣", .text("٣")), ("12 ", .text("12 ")),
        ("05/01/2026", .date(Day(2026, 1, 5)!)), ("31/02/2026", .text("31/02/2026")), ("2026-01-05", .text("2026-01-05")),
        ("+5/01/2026", .date(Day(2026, 1, 5)!)), ("Xóm Đông", .text("Xóm Đông")),
    ])
    func typed(_ text: String, _ cell: XLSXWriter.Cell) {
        #expect(XLSXWriter.cells([text]) == [cell], "\(text)")
    }

    @Test func rowXMLEscapesAndTypes() {
        var out: [UInt8] = []
        XLSXWriter.appendRow(["A & <B> \"c\"", "7", "05/01/2026"], row: 2, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == #"<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">A &amp; &lt;B&gt; &quot;c&quot;</t></is></c>"#
                + #"<c r="B2"><v>7</v></c><c r="C2" s="2"><v>46027</v></c></row>"#)
        out = []
        XLSXWriter.appendRow(["7"], row: 1, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == #"<row r="1"><c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">7</t></is></c></row>"#)
    }
}
