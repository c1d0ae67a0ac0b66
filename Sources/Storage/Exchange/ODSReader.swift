import Foundation
import Model
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// LibreOffice's own spreadsheet (.ods): zipped XML like .xlsx, read through the same guards
/// (caps, no declarations, a refusal for a sheet cut short). Written by hand: no Swift library
/// reads OpenDocument, and the part needed is small — rows of cells, each a value or paragraphs.
enum ODSSheet {
    static func forEachRow(_ archive: Archive, name: String, sheet: String?, notes: SheetNotes,
                           _ body: (Int, [String], Double) throws -> Void) throws -> LegacyFont? {
        guard let entry = archive["content.xml"] else { throw XLSXSheet.unreadable(name) }
        let unzipped = try XLSXSheet.unzip(entry, of: archive, name: name, part: "content.xml", sheet: sheet ?? "1")
        defer { try? FileManager.default.removeItem(at: unzipped) }
        guard let stream = InputStream(url: unzipped) else { throw XLSXSheet.unreadable(name) }
        return try withoutActuallyEscaping(body) { body in
            let fonts = FontSniffer(sample: "", body: body)
            let rows = ODSRows(sheet: sheet, notes: notes, body: fonts.row)
            let parser = XMLParser(stream: stream)
            parser.delegate = rows
            parser.shouldResolveExternalEntities = false
            parser.parse()
            if let failure = rows.failure { throw failure }
            if let error = parser.parserError { throw ZipGuard.malformed(name, part: "content.xml", line: parser.lineNumber, error) }
            if let sheet, !rows.found {
                throw StoreError.invalid(FieldError(field: "", message: "Sổ “\(name)” không có trang “\(sheet)”; có: "
                                                    + rows.names.map { "“\($0)”" }.joined(separator: ", ") + "."))
            }
            return try fonts.finish()
        }
    }
}

/// The chosen table's rows (the first, or the one named), each handed on as it ends. Repeats
/// are expanded only where they hold something: Calc writes a sheet's empty tail as one row
/// repeated a million times, and a row's empty tail as one cell repeated a thousand.
private final class ODSRows: NSObject, XMLParserDelegate {
    private static let maxColumns = 1_024
    private let wanted: String?
    private let notes: SheetNotes
    private let body: (Int, [String], Double) throws -> Void
    var failure: Error?
    private(set) var found = false
    private(set) var names: [String] = []
    private var inTable = false
    private var done = false
    private var line = 0
    private var rowRepeat = 1
    private var rowHidden = false
    private var cells: [String] = []
    private var cellRepeat = 1
    private var cellValue: String?
    private var text = ""
    private var paragraphs: [String] = []
    private var inParagraph = false
    private var inCell = false

    init(sheet: String?, notes: SheetNotes, body: @escaping (Int, [String], Double) throws -> Void) {
        wanted = sheet
        self.notes = notes
        self.body = body
        super.init()
    }

    private func repeatCount(_ attributes: [String: String], _ key: String) -> Int {
        max(1, Int(attributes[key] ?? "1") ?? 1)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) {
        switch name {
        case "table:table":
            let title = attributes["table:name"] ?? ""
            names.append(title)
            inTable = !done && (wanted.map { $0 == title } ?? true)
            if inTable { found = true }
        case "table:table-row" where inTable:
            cells = []
            rowRepeat = repeatCount(attributes, "table:number-rows-repeated")
            rowHidden = ["collapse", "filter"].contains(attributes["table:visibility"] ?? "")
        case "table:table-cell", "table:covered-table-cell":
            guard inTable else { return }
            inCell = true
            cellRepeat = repeatCount(attributes, "table:number-columns-repeated")
            paragraphs = []
            // A date as its ISO day, a number as written unformatted (a phone's digits), else the text.
            switch attributes["office:value-type"] ?? "" {
            case "date": cellValue = attributes["office:date-value"].map { String($0.prefix(10)) }
            case "float", "percentage", "currency": cellValue = attributes["office:value"]
            case "boolean": cellValue = attributes["office:boolean-value"]
            default: cellValue = nil
            }
            if attributes["table:formula"] != nil && attributes["office:value-type"] == nil {
                notes.uncalculated[line + 1, default: []].append("\(CellReference.letters(cells.count))\(line + 1)")
            }
        case "text:p" where inCell:
            inParagraph = true
            text = ""
        case "text:s" where inParagraph:
            text += String(repeating: " ", count: repeatCount(attributes, "text:c"))
        case "text:tab" where inParagraph: text += "\t"
        case "text:line-break" where inParagraph: text += "\n"
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inParagraph { text += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil else { return }
        switch name {
        case "text:p" where inParagraph:
            inParagraph = false
            paragraphs.append(text)
        case "table:table-cell", "table:covered-table-cell":
            guard inTable else { return }
            inCell = false
            let value = cellValue ?? paragraphs.joined(separator: "\n")
            let count = value.isEmpty ? cellRepeat : min(cellRepeat, Self.maxColumns)
            if cells.count + count > Self.maxColumns {
                if !value.isEmpty { refuse(parser, "hơn \(Self.maxColumns) cột có dữ liệu") }
                return
            }
            cells += Array(repeating: value, count: count)
        case "table:table-row" where inTable:
            while cells.last == "" { cells.removeLast() }
            if cells.isEmpty {
                line += rowRepeat
                return
            }
            // A row repeated with content is rare (a copied line): each copy is a row.
            for _ in 0..<min(rowRepeat, 10_000) {
                line += 1
                if line > 1_048_576 { return refuse(parser, "hơn 1.048.576 dòng") }
                if rowHidden && !notes.includeHidden {
                    notes.hiddenLines.append(line)
                    continue
                }
                do {
                    try body(line, cells, 0)
                } catch {
                    failure = error
                    parser.abortParsing()
                    return
                }
            }
        case "table:table" where inTable:
            inTable = false
            done = true
        default: break
        }
    }

    private func refuse(_ parser: XMLParser, _ reason: String) {
        guard failure == nil else { return }
        failure = StoreError.invalid(FieldError(field: "", message: "Trang tính có \(reason): tệp hỏng hoặc được làm ra để gây hại; không nhập gì."))
        parser.abortParsing()
    }
}
