import CSV
import Foundation
import Model
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// The rows of a file a commune keeps its lists in: an Excel workbook (.xlsx) or a CSV in
/// UTF-8. Cells come as text with their line number; a date Excel stored is its day number,
/// which the import reads as a day.
/// What a workbook says of its rows beyond their text: the rows hidden (left out, and listed)
/// and the formula cells whose value was never computed (a file written by a program, not saved
/// by Excel or Calc), by line.
public final class SheetNotes {
    public internal(set) var hiddenLines: [Int] = []
    /// "C5" and the like, for each line that has them; such a cell reads as empty.
    public internal(set) var uncalculated: [Int: [String]] = [:]
    /// Hidden rows read like the others (and not listed).
    let includeHidden: Bool
    public init(includeHidden: Bool = false) { self.includeHidden = includeHidden }
}

public enum SpreadsheetReader {
    /// Each row in turn — its line, its cells, and how far through the file it is (0…1) — read
    /// as a stream: a workbook's sheet is never held whole, whatever its size. Text typed in an
    /// old Vietnamese font comes converted to Unicode, and the font is returned.
    @discardableResult
    public static func forEachRow(of url: URL, sheet: String? = nil, notes: SheetNotes = SheetNotes(),
                                  _ body: (_ line: Int, _ cells: [String], _ done: Double) throws -> Void) throws -> LegacyFont? {
        let unreadable = StoreError.invalid(FieldError(field: "", message: "Không đọc được tệp “\(url.path)”."))
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw unreadable }
        let magic = (try? handle.read(upToCount: 4)) ?? Data()
        try? handle.close()
        let name = url.lastPathComponent
        // Excel's old binary format (an OLE file) and LibreOffice's own: said as what they are.
        if magic.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw StoreError.invalid(FieldError(field: "", message: "Tệp “\(name)” là sổ Excel đời cũ (.xls): mở bằng Excel hoặc "
                                                + "LibreOffice, chọn Lưu thành (Save As) “Excel Workbook (.xlsx)”, rồi nhập tệp .xlsx đó."))
        }
        if url.pathExtension.lowercased() == "ods" {
            guard let archive = try? Archive(url: url, accessMode: .read) else { throw XLSXSheet.unreadable(name) }
            return try ODSSheet.forEachRow(archive, name: name, sheet: sheet, notes: notes, body)
        }
        if url.pathExtension.lowercased() == "xlsx" || magic.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            guard let archive = try? Archive(url: url, accessMode: .read) else { throw XLSXSheet.unreadable(name) }
            return try XLSXSheet.forEachRow(archive, name: name, sheet: sheet, notes: notes, body)
        }
        guard let data = try? Data(contentsOf: url) else { throw unreadable }
        let text = try utf8Text(data, name: url.lastPathComponent)
        let font = LegacyFont.detect(in: text)
        let rows = try csvRows(text, name: url.lastPathComponent, delimiter: delimiter(of: text))
        for row in rows {
            try body(row.line, font.map { font in row.cells.map(font.unicodeCell) } ?? row.cells, Double(row.line) / Double(max(1, rows.count)))
        }
        return font
    }

    /// The separator a CSV uses: Excel with Vietnamese regional settings writes ";", "Unicode
    /// text" a tab; the one found most on the first lines (outside quotes) and on each of them.
    static func delimiter(of text: String) -> Unicode.Scalar {
        let lines = text.split(whereSeparator: \.isNewline).prefix(20).filter { !$0.isEmpty }
        func count(_ separator: Character, in line: Substring) -> Int {
            var quoted = false, found = 0
            for character in line {
                if character == "\"" { quoted.toggle() } else if character == separator && !quoted { found += 1 }
            }
            return found
        }
        let candidates: [(Character, Unicode.Scalar)] = [(",", ","), (";", ";"), ("\t", "\t")]
        let best = candidates.max { a, b in
            lines.map { count(a.0, in: $0) }.reduce(0, +) < lines.map { count(b.0, in: $0) }.reduce(0, +)
        }
        return best.flatMap { best in lines.map { count(best.0, in: $0) }.reduce(0, +) > 0 ? best.1 : nil } ?? ","
    }

    /// A CSV's text: UTF-8 (with or without a BOM), or UTF-16 by its BOM; another encoding is
    /// refused with its name.
    private static func utf8Text(_ data: Data, name: String) throws -> String {
        var bytes = data
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes.starts(with: [0xFF, 0xFE]) ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: bytes.dropFirst(2), encoding: encoding) else {
                throw StoreError.invalid(FieldError(field: "", message: "Tệp “\(name)” có dấu UTF-16 nhưng nội dung hỏng."))
            }
            return text
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw StoreError.invalid(FieldError(field: "", message: "Tệp “\(name)” không phải UTF-8 (\(LegacyEncoding.guess(bytes))). "
                + "Hãy mở trong Excel và lưu lại dạng “CSV UTF-8 (Comma delimited)”."))
        }
        return text
    }

    private static func csvRows(_ text: String, name: String, delimiter: Unicode.Scalar) throws -> [(line: Int, cells: [String])] {
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
            var rows: [(line: Int, cells: [String])] = []
            var line = 0
            while let row = reader.next() {
                line += 1
                rows.append((line, row.map(CSVFile.unguarded)))
            }
            if let error = reader.error { throw error }
            return rows
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.invalid(FieldError(field: "", message: "Tệp “\(name)” không phải CSV đọc được (dòng ngoặc kép chưa đóng?)."))
        }
    }
}

/// The bytes of a CSV that is not UTF-8.
enum LegacyEncoding {
    /// The likely 8-bit encoding of bytes that are not UTF-8: Windows-1258 has Vietnamese's
    /// own letters (Ă ă Đ đ Ơ ơ Ư ư) and tone marks at codes Latin-1 spends on others.
    static func guess(_ bytes: Data) -> String {
        let vietnamese: Set<UInt8> = [0xC3, 0xE3, 0xD0, 0xF0, 0xD5, 0xF5, 0xDD, 0xFD, 0xCC, 0xEC, 0xDE, 0xD2, 0xF2]
        return bytes.contains(where: vietnamese.contains) ? "có vẻ là Windows-1258, bảng mã tiếng Việt của Windows"
            : "có vẻ là một bảng mã 8 bit như Windows-1252"
    }
}

/// One worksheet of an .xlsx: its shared strings in memory (each text once), its rows streamed
/// from the sheet's XML, which is unzipped to a temporary file and parsed a chunk at a time.
enum XLSXSheet {
    static func unreadable(_ name: String) -> StoreError {
        StoreError.invalid(FieldError(field: "", message: "Tệp “\(name)” không phải sổ Excel (.xlsx) đọc được."))
    }

    /// The rows of one sheet (the first when none is named) of an opened workbook, in turn.
    @discardableResult
    static func forEachRow(_ archive: Archive, name: String, sheet: String?, notes: SheetNotes = SheetNotes(),
                           _ body: (Int, [String], Double) throws -> Void) throws -> LegacyFont? {
        let unreadable = unreadable(name)
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            var bytes = Data()
            let guarded = try ZipGuard(entry, name: name, cap: path.hasSuffix("sharedStrings.xml") ? ZipGuard.maxStrings : ZipGuard.maxSmallPart)
            do {
                _ = try archive.extract(entry) { chunk in
                    try guarded.count(chunk.count)
                    bytes.append(chunk)
                }
            } catch let error as StoreError {
                throw error
            } catch {
                throw unreadable
            }
            try ZipGuard.refuseDeclarations(bytes.prefix(65_536), name: name, part: path)
            return bytes
        }
        guard let workbook = try part("xl/workbook.xml"), let relations = try part("xl/_rels/workbook.xml.rels") else {
            throw unreadable
        }
        // Written by a program that leaves formulas to be computed on opening (xlsxwriter,
        // openpyxl): no formula's stored value can be trusted.
        let computeOnLoad = try Elements(data: workbook, element: "calcPr", name: name).items
            .contains { ["1", "true"].contains($0["fullCalcOnLoad"] ?? "") }
        let sheets = try Elements(data: workbook, element: "sheet", name: name).items.map { ($0["name"] ?? "", $0["r:id"] ?? $0["id"] ?? "") }
        let targets = Dictionary(try Elements(data: relations, element: "Relationship", name: name).items.map { ($0["Id"] ?? "", $0["Target"] ?? "") },
                                 uniquingKeysWith: { first, _ in first })
        let found = sheet.map { wanted in sheets.first { $0.0 == wanted } } ?? sheets.first
        if let sheet, found == nil {
            throw StoreError.invalid(FieldError(field: "", message: "Sổ “\(name)” không có trang “\(sheet)”; có: "
                                                + sheets.map { "“\($0.0)”" }.joined(separator: ", ") + "."))
        }
        guard let chosen = found, let target = targets[chosen.1] else {
            throw StoreError.invalid(FieldError(field: "", message: "Sổ “\(name)” không có trang nào."))
        }
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        let strings = try part("xl/sharedStrings.xml").map { try SharedStrings(data: $0, name: name).strings } ?? []
        guard let entry = archive[path] else {
            throw StoreError.invalid(FieldError(field: "", message: "Sổ “\(name)” thiếu trang “\(chosen.0)”."))
        }
        // The sheet unzipped to a private 0600 file, within the caps, removed on every way out.
        let unzipped = try unzip(entry, of: archive, name: name, part: path, sheet: chosen.0)
        defer { try? FileManager.default.removeItem(at: unzipped) }
        guard let stream = InputStream(url: unzipped) else { throw unreadable }
        return try withoutActuallyEscaping(body) { body in
            let fonts = FontSniffer(sample: strings.prefix(2_000).joined(separator: " "), body: body)
            let rows = SheetRows(strings: strings, notes: notes, computeOnLoad: computeOnLoad, body: fonts.row)
            let parser = XMLParser(stream: stream)
            parser.delegate = rows
            parser.shouldResolveExternalEntities = false
            parser.parse()
            if let failure = rows.failure { throw failure }
            // A sheet cut short or malformed is refused whole, never imported in part.
            if let error = parser.parserError {
                throw ZipGuard.malformed(name, part: path, line: parser.lineNumber, error)
            }
            return try fonts.finish()
        }
    }


    /// A sheet's part unzipped to a private 0600 file within the caps, its prolog checked for
    /// declarations; the caller removes it.
    static func unzip(_ entry: Entry, of archive: Archive, name: String, part path: String, sheet: String) throws -> URL {
        let unreadable = unreadable(name)
        // The caps first: a part declared too big is refused before any file is made.
        let guarded = try ZipGuard(entry, name: name, cap: ZipGuard.maxSheet)
        let unzipped = try PrivateTemporary.file(".xml")
        guard let output = FileHandle(forWritingAtPath: unzipped.path) else {
            try? FileManager.default.removeItem(at: unzipped)
            throw unreadable
        }
        do {
            _ = try archive.extract(entry) { chunk in
                try guarded.count(chunk.count)
                try output.write(contentsOf: chunk)
            }
            try output.close()
        } catch {
            try? output.close()
            try? FileManager.default.removeItem(at: unzipped)
            if let error = error as? StoreError { throw error }
            throw StoreError.invalid(FieldError(field: "", message: "Không giải nén được trang “\(sheet)” của “\(name)” "
                                                + "(tệp hỏng, hoặc ổ đĩa tạm đã đầy)."))
        }
        if let head = FileHandle(forReadingAtPath: unzipped.path) {
            let prolog = (try? head.read(upToCount: 65_536)) ?? Data()
            try? head.close()
            do {
                try ZipGuard.refuseDeclarations(prolog, name: name, part: path)
            } catch {
                try? FileManager.default.removeItem(at: unzipped)
                throw error
            }
        }
        return unzipped
    }

}

/// Holds a sheet's first rows back until their text (with the shared strings') shows whether it
/// was typed in an old Vietnamese font; then hands every row on, converted if it was.
final class FontSniffer {
    private static let rowsToSee = 50
    private let sample: String
    private let body: (Int, [String], Double) throws -> Void
    private var held: [(Int, [String], Double)] = []
    private var font: LegacyFont?
    private var decided = false

    init(sample: String, body: @escaping (Int, [String], Double) throws -> Void) {
        self.sample = sample
        self.body = body
    }

    func row(_ line: Int, _ cells: [String], _ done: Double) throws {
        guard decided else {
            held.append((line, cells, done))
            if held.count == Self.rowsToSee { _ = try finish() }
            return
        }
        // Cell by cell: a long-kept list has old rows in the font and new ones in Unicode.
        try body(line, font.map { font in cells.map(font.unicodeCell) } ?? cells, done)
    }

    /// Decides (if the sheet was shorter than the rows held) and hands on what is held.
    func finish() throws -> LegacyFont? {
        if !decided {
            decided = true
            font = LegacyFont.detect(in: sample + " " + held.map { $0.1.joined(separator: " ") }.joined(separator: " "))
            for (line, cells, done) in held { try row(line, cells, done) }
            held = []
        }
        return font
    }
}

/// Runs a part through the parser. (Each reader below is its own delegate class: a shared base
/// class would not do, as Linux's Foundation calls a delegate's methods through the protocol
/// extension's defaults and never reaches a subclass's.)
private func parse(_ data: Data, with delegate: XMLParserDelegate, name: String, part: String) throws {
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    parser.shouldResolveExternalEntities = false
    parser.parse()
    if let error = parser.parserError { throw ZipGuard.malformed(name, part: part, line: parser.lineNumber, error) }
}

/// Every element of one name with its attributes.
private final class Elements: NSObject, XMLParserDelegate {
    private let element: String
    var items: [[String: String]] = []

    init(data: Data, element: String, name: String) throws {
        self.element = element
        super.init()
        try parse(data, with: self, name: name, part: element)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) {
        if name == element || name.hasSuffix(":" + element) { items.append(attributes) }
    }
}

/// The shared strings: each <si>'s text, rich-text runs joined, phonetic runs left out.
private final class SharedStrings: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    init(data: Data, name: String) throws {
        super.init()
        try parse(data, with: self, name: name, part: "xl/sharedStrings.xml")
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) {
        switch name {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
}

/// A worksheet's rows, each handed on as it ends: shared, inline and plain values by column,
/// gaps filled with "". The sheet's `<dimension>` says its last row, for the progress.
private final class SheetRows: NSObject, XMLParserDelegate {
    private let strings: [String]
    private let notes: SheetNotes
    private let computeOnLoad: Bool
    private let body: (Int, [String], Double) throws -> Void
    /// What the body threw: the parse stops there and it is thrown again.
    var failure: Error?
    private var lastRow = 0
    private var line = 0
    private var cells: [String] = []
    private var column = 0
    private var type = ""
    private var value = ""
    private var inValue = false
    private var formula = false
    private var valued = false
    private var hidden = false
    private var reference = ""

    init(strings: [String], notes: SheetNotes, computeOnLoad: Bool, body: @escaping (Int, [String], Double) throws -> Void) {
        self.strings = strings
        self.notes = notes
        self.computeOnLoad = computeOnLoad
        self.body = body
        super.init()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) {
        switch name {
        case "dimension":
            lastRow = attributes["ref"].flatMap { $0.split(separator: ":").last }.flatMap { Int($0.drop { $0.isLetter }) } ?? 0
        case "row":
            line = attributes["r"].flatMap(Int.init) ?? line + 1
            cells = []
            hidden = ["1", "true"].contains(attributes["hidden"] ?? "")
            if !(1...CellReference.maxRow).contains(line) { refuse(parser, "dòng số \(attributes["r"] ?? "?") nằm ngoài 1–1.048.576") }
        case "c":
            if let reference = attributes["r"] {
                guard let cell = CellReference(reference) else {
                    return refuse(parser, "ô “\(reference.prefix(20))” không phải địa chỉ ô (A1 … XFD1048576)")
                }
                column = cell.column
            } else {
                column = cells.count
            }
            type = attributes["t"] ?? "n"
            value = ""
            formula = false
            valued = false
            reference = attributes["r"] ?? "\(CellReference.letters(column))\(line)"
        case "f": formula = true
        case "v", "t":
            inValue = true
            valued = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inValue { value += string } }

    private func refuse(_ parser: XMLParser, _ reason: String) {
        guard failure == nil else { return }
        failure = StoreError.invalid(FieldError(field: "", message: "Trang tính có \(reason): tệp hỏng hoặc được làm ra để gây hại; không nhập gì."))
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil else { return }
        switch name {
        case "v", "t": inValue = false
        case "c":
            if formula && (!valued || computeOnLoad) {
                notes.uncalculated[line, default: []].append(reference)
                value = ""
            }
            let text = type == "s" ? Int(value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? "" : value
            if column >= cells.count { cells += Array(repeating: "", count: column - cells.count + 1) }
            cells[column] = text
        case "row":
            if hidden && !notes.includeHidden {
                if cells.contains(where: { !$0.isEmpty }) { notes.hiddenLines.append(line) }
                return
            }
            do {
                try body(line, cells, lastRow > 0 ? min(1, Double(line) / Double(lastRow)) : 0)
            } catch {
                failure = error
                parser.abortParsing()
            }
        default: break
        }
    }
}
