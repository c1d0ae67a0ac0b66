import Foundation
import Model

/// A workbook Excel opens as a table: the header bold and frozen with a filter, columns fitted
/// to their text, numbers as numbers, dates as dates, Vietnamese intact (inline strings, UTF-8).
/// Written here as its few XML parts, like the documents: libxlsxwriter would add a C library
/// and an apt package for what is a page of XML.
public enum XLSXWriter {
    public enum Cell: Equatable, Sendable {
        case text(String)
        case number(Double)
        case date(Day)
    }

    /// An export's lines (as its CSV holds them) made into typed cells: a number without a
    /// leading zero (a phone keeps its 0 as text), a decimal comma ("87,5"), a dd/mm/yyyy date.
    public static func cells(_ line: [String]) -> [Cell] { line.map(cell) }

    /// One cell, judged on its UTF-8 bytes (a province's export has two million of them): only
    /// ASCII digits, commas and minus signs can make a number, only "dd/mm/yyyy" a date.
    static func cell(_ text: String) -> Cell {
        let bytes = text.utf8, count = bytes.count
        let slash = UInt8(ascii: "/"), comma = UInt8(ascii: ","), zero = UInt8(ascii: "0")
        if count == 10, let day = date(bytes) ?? (Array(bytes)[2] == slash ? Day(display: text) : nil) {
            return .date(day)
        }
        guard count > 0 else { return .text(text) }
        var commas = 0
        for byte in bytes {
            switch byte {
            case zero...UInt8(ascii: "9"), UInt8(ascii: "-"): continue
            case comma: commas += 1
            default: return .text(text)
            }
        }
        let first = bytes.first, second = bytes.dropFirst().first
        guard commas <= 1, first != comma, !(first == zero && count > 1 && second != comma),
              let value = Double(String(decoding: bytes.map { $0 == comma ? UInt8(ascii: ".") : $0 }, as: UTF8.self)) else {
            return .text(text)
        }
        return .number(value)
    }

    /// "A", "B", … "Z", "AA": a column's letters.
    static func letters(_ index: Int) -> String {
        var index = index + 1, out = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            out = String(UnicodeScalar(65 + remainder)!) + out
            index = (index - 1) / 26
        }
        return out
    }

    /// Excel's day number: 1 is 1900-01-01, counted with Excel's 1900 leap day.
    static func serial(_ day: Day) -> Int { Day(1899, 12, 30)!.days(until: day) }

    /// "dd/mm/yyyy" of ASCII digits read straight from the bytes (every row of an export has
    /// dates); anything else is left to `Day(display:)`.
    private static func date(_ bytes: String.UTF8View) -> Day? {
        var digits: [Int] = []
        for (index, byte) in bytes.enumerated() {
            if index == 2 || index == 5 {
                guard byte == UInt8(ascii: "/") else { return nil }
            } else {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                digits.append(Int(byte - UInt8(ascii: "0")))
            }
        }
        return Day(digits[4] * 1000 + digits[5] * 100 + digits[6] * 10 + digits[7], digits[2] * 10 + digits[3], digits[0] * 10 + digits[1])
    }

    /// One row's XML, as UTF-8 onto `out`: the header's cells bold text, the others typed.
    static func appendRow(_ line: [String], row: Int, to out: inout [UInt8]) {
        let number = String(row)
        out += #"<row r=""#.utf8
        out += number.utf8
        out += #"">"#.utf8
        for (column, text) in line.enumerated() {
            out += #"<c r=""#.utf8
            out += letters(column).utf8
            out += number.utf8
            switch row == 1 ? .text(text) : cell(text) {
            case .text(let text):
                out += (row == 1 ? #"" t="inlineStr" s="1"><is><t xml:space="preserve">"# : #"" t="inlineStr"><is><t xml:space="preserve">"#).utf8
                appendEscaped(text, to: &out)
                out += "</t></is></c>".utf8
            case .number(let value):
                out += #""><v>"#.utf8
                out += (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)).utf8
                out += "</v></c>".utf8
            case .date(let day):
                out += #"" s="2"><v>"#.utf8
                out += String(serial(day)).utf8
                out += "</v></c>".utf8
            }
        }
        out += "</row>".utf8
    }

    /// `ZipPackage.escape` on bytes: the characters XML reserves are ASCII.
    private static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            default: out.append(byte)
            }
        }
    }

    /// What comes before the rows: their extent (readers size their progress by it), the frozen
    /// header and the columns' widths.
    static func sheetHead(widths: [Int], rows: Int) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <dimension ref="A1:\(letters(max(0, widths.count - 1)))\(max(1, rows))"/>\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
            <cols>
            """
        for (index, width) in widths.enumerated() {
            xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        return xml + "</cols><sheetData>"
    }

    /// What comes after the rows: the header's filter over all of them.
    static func sheetTail(columns: Int, rows: Int) -> String {
        "</sheetData>" + (columns > 0 && rows > 0 ? "<autoFilter ref=\"A1:\(letters(columns - 1))\(rows)\"/>" : "") + "</worksheet>"
    }

    /// The parts around the sheet.
    static func parts(sheet: String) -> [(path: String, text: String)] {
        [("[Content_Types].xml", contentTypes), ("_rels/.rels", rootRelationships), ("xl/workbook.xml", workbookXML(sheet)),
         ("xl/_rels/workbook.xml.rels", workbookRelationships), ("xl/styles.xml", styles)]
    }

    private static func workbookXML(_ sheet: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheets><sheet name="\(ZipPackage.escape(String(sheet.prefix(31))))" sheetId="1" r:id="rId1"/></sheets></workbook>
        """
    }

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        </Types>
        """

    private static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    private static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    /// Styles: 0 plain, 1 bold (the header), 2 a date shown dd/mm/yyyy.
    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}
