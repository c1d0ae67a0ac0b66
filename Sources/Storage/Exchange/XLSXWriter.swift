import Foundation
import Model

/// A workbook Excel opens as a table: the header bold and frozen with a filter, columns fitted
/// to their text, numbers as numbers, dates as dates, Vietnamese intact (inline strings, UTF-8).
/// Written here as its few XML parts, like the documents: libxlsxwriter would add a C library
/// and an apt package for what is a page of XML.
public enum XLSXWriter {
    public enum Cell: Equatable {
        case text(String)
        case number(Double)
        case date(Day)
    }

    /// An export's lines (as its CSV holds them) made into typed cells: a number without a
    /// leading zero (a phone keeps its 0 as text), a decimal comma ("87,5"), a dd/mm/yyyy date.
    public static func cells(_ line: [String]) -> [Cell] {
        line.map { text in
            if let day = Day(display: text), text.count == 10 { return .date(day) }
            let dotted = text.replacingOccurrences(of: ",", with: ".")
            if !text.isEmpty, text.allSatisfy({ $0.isNumber || $0 == "," || $0 == "-" }), text.filter({ $0 == "," }).count <= 1,
               !(text.hasPrefix("0") && text.count > 1 && !text.hasPrefix("0,")), text.first != ",", let value = Double(dotted) {
                return .number(value)
            }
            return .text(text)
        }
    }

    /// An export's CSV (as `haian export` writes it) as a workbook.
    public static func workbook(sheet: String, csv: Data) throws -> Data {
        try workbook(sheet: sheet, lines: SpreadsheetReader.csvRows(csv, name: sheet).map(\.cells))
    }

    /// The workbook with one sheet: `lines[0]` is the header.
    public static func workbook(sheet: String, lines: [[String]]) throws -> Data {
        try ZipPackage.make([
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbookXML(sheet)), ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles), ("xl/worksheets/sheet1.xml", sheetXML(lines)),
        ])
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

    private static func sheetXML(_ lines: [[String]]) -> String {
        let columns = lines.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            min(60, max(6, (lines.map { column < $0.count ? VietText.displayWidth($0[column]) : 0 }.max() ?? 0) + 2))
        }
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
            <cols>
            """
        for (index, width) in widths.enumerated() {
            xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        xml += "</cols><sheetData>"
        for (row, line) in lines.enumerated() {
            xml += "<row r=\"\(row + 1)\">"
            let cells: [Cell] = row == 0 ? line.map(Cell.text) : Self.cells(line)
            for (column, cell) in cells.enumerated() {
                let reference = letters(column) + String(row + 1)
                switch cell {
                case .text(let text):
                    xml += "<c r=\"\(reference)\" t=\"inlineStr\"\(row == 0 ? " s=\"1\"" : "")><is><t xml:space=\"preserve\">\(ZipPackage.escape(text))</t></is></c>"
                case .number(let value):
                    xml += "<c r=\"\(reference)\"><v>\(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))</v></c>"
                case .date(let day):
                    xml += "<c r=\"\(reference)\" s=\"2\"><v>\(serial(day))</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if columns > 0 && !lines.isEmpty { xml += "<autoFilter ref=\"A1:\(letters(columns - 1))\(lines.count)\"/>" }
        return xml + "</worksheet>"
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
