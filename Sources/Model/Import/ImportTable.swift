/// A data row read: its line in the file and each known field's text, cleaned.
public struct ImportRecord: Sendable, Equatable {
    public var line: Int
    public var values: [ImportField: String]

    public subscript(_ field: ImportField) -> String { values[field] ?? "" }
}

/// A file's rows made into records as they are read (a province's list is 200,000 rows: none
/// is kept): the header found below any title rows, the columns it names, those HaiAn does not
/// know, and every problem with its line and column.
public struct ImportTable: Sendable, Equatable {
    public let kind: ImportKind
    public private(set) var headerLine = 0
    public private(set) var unknownColumns: [String] = []
    public private(set) var problems: [ImportProblem] = []
    /// The lines after the table's end (a totals row, the signature block): passed over, never records.
    public private(set) var ignoredLines: [Int] = []
    private var ended = false
    /// Where each known field is, once the header is found.
    private var positions: [ImportField: Int]?
    /// A name split over columns ("Họ đệm | Tên", "Họ | Đệm | Tên"): the columns joined, in order.
    private var nameParts: [Int] = []
    /// The row under the header may be its second row (the parts under a merged "Họ và tên").
    private var headerMayContinue = false
    private var rowsBeforeHeader = 0
    private var firstLine: Int?

    public init(_ kind: ImportKind) { self.kind = kind }

    /// Takes the next row (its line in the file, its cells as text) and gives its record: nil
    /// for title rows, the header, empty rows, and every row once the header is wrong.
    public mutating func read(line: Int, cells: [String]) -> ImportRecord? {
        if firstLine == nil { firstLine = line }
        guard let positions else {
            findHeader(line: line, cells: cells)
            return nil
        }
        // The table ends at a totals row or the signature block under it; what follows (the
        // signer's title, "(Ký, ghi rõ họ tên)", the name alone under it) is listed, not read.
        if !ended, let first = cells.lazy.map(ImportTable.clean).first(where: { !$0.isEmpty }), Self.endsTable(first) { ended = true }
        if ended {
            if cells.contains(where: { !ImportTable.clean($0).isEmpty }) { ignoredLines.append(line) }
            return nil
        }
        if headerMayContinue {
            headerMayContinue = false
            if let parts = Self.nameParts(cells), kind == .people {
                nameParts = parts
                return nil
            }
        }
        var values: [ImportField: String] = [:]
        for (field, index) in positions where index < cells.count {
            values[field] = ImportTable.clean(cells[index])
        }
        if !nameParts.isEmpty {
            values[.name] = nameParts.filter { $0 < cells.count }.map { ImportTable.clean(cells[$0]) }.filter { !$0.isEmpty }
                .joined(separator: " ")
        }
        // Trailing empty rows (and empty rows between blocks) are not records.
        guard values.values.contains(where: { !$0.isEmpty }) else { return nil }
        return ImportRecord(line: line, values: values)
    }

    /// Words that open a totals row or a signature block, folded: "Tổng cộng", "NGƯỜI LẬP BIỂU",
    /// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "(Ký, ghi rõ họ tên)", "Xác nhận của …", and the
    /// place-and-date line "Hải An, ngày 21 tháng 5 năm 2026".
    static func endsTable(_ cell: String) -> Bool {
        let folded = VietText.fold(cell)
        let openings = ["tong cong", "tong so", "cong:", "nguoi lap bieu", "nguoi lap", "tm.", "tm ", "kt.", "kt ", "q.", "chu tich",
                        "(ky", "ky ten", "xac nhan", "noi nhan"]
        if openings.contains(where: folded.hasPrefix) { return true }
        return folded.contains("ngay") && folded.contains("thang") && folded.contains("nam") && folded.contains(",")
    }

    /// After the last row: a file whose header never came is a problem.
    public mutating func finish() {
        if positions == nil && problems.isEmpty { noHeader() }
    }

    /// The header is the first row naming a required column and another known one: merged title
    /// rows ("DANH SÁCH CÁC XÓM…") above it are passed over, up to 30 of them.
    private mutating func findHeader(line: Int, cells: [String]) {
        guard problems.isEmpty else { return }
        let columns = kind.columns
        let named = columns.filter { column in cells.contains(where: column.matches) }
        guard named.contains(where: \.required) && named.count >= 2 else {
            rowsBeforeHeader += 1
            if rowsBeforeHeader == 30 { noHeader() }
            return
        }
        headerLine = line
        // Each field takes the column its best header names ("Họ và tên" over a "Tên" beside it);
        // the others are listed as not read.
        var found: [ImportField: (index: Int, rank: Int)] = [:]
        var texts: [Int: String] = [:]
        for (index, cell) in cells.enumerated() {
            let text = VietText.normalize(cell)
            guard !text.isEmpty else { continue }
            texts[index] = text
            for column in columns {
                guard let rank = column.rank(text) else { continue }
                if found[column.field].map({ rank < $0.rank }) ?? true { found[column.field] = (index, rank) }
                break
            }
        }
        if kind == .people, let parts = Self.nameParts(cells) {
            nameParts = parts
            found[.name] = (parts.last!, 0)
        }
        let used = Set(found.values.map(\.index)).union(nameParts)
        unknownColumns = texts.keys.sorted().filter { !used.contains($0) }.compactMap { texts[$0] }
        headerMayContinue = true
        for column in columns where column.required && found[column.field] == nil {
            problems.append(ImportProblem(line: line, column: column.name, reason: "thiếu cột bắt buộc này."))
        }
        if problems.isEmpty { positions = found.mapValues(\.index) }
    }

    /// The columns of a name split in parts, family first ("Họ đệm | Tên", "Họ | Đệm | Tên",
    /// "Họ và tên đệm | Tên"): nil unless a family part and a given name are both there.
    static func nameParts(_ cells: [String]) -> [Int]? {
        let keys = cells.map(ImportColumn.key)
        let family = keys.firstIndex { ["họ đệm", "họ và đệm", "họ và tên đệm", "họ", "họ và chữ đệm"].contains($0) }
        let middle = keys.firstIndex { ["đệm", "tên đệm", "chữ đệm"].contains($0) }
        guard let family, let given = keys.firstIndex(of: "tên") else { return nil }
        return [family, middle, given].compactMap { $0 }
    }

    private mutating func noHeader() {
        let needed = kind.columns.filter(\.required).map { "“\($0.name)”" }.joined(separator: ", ")
        problems.append(ImportProblem(line: firstLine ?? 1, column: "—", reason: "không tìm thấy dòng tiêu đề: cần các cột \(needed)."))
    }

    /// NFC, no control characters, single spaces, and a number Excel stored as "12.0" as "12".
    public static func clean(_ cell: String) -> String {
        var text = VietText.normalize(cell).split(separator: " ").joined(separator: " ")
        if text.hasSuffix(".0"), text.dropLast(2).allSatisfy(\.isNumber), text.count > 2 { text.removeLast(2) }
        return text
    }
}

/// How the cells of a record become values: the day a date means (Excel's serial numbers
/// too), a phone that lost its leading 0, a group or status in words.
public enum ImportValue {
    /// `dd/mm/yyyy`, `yyyy-mm-dd`, or Excel's day number (1 is 1900-01-01, counted with the
    /// 1900 leap day Excel assumes, so day 0 is 30/12/1899).
    public static func day(_ text: String) -> Day? {
        if let day = Day(display: text) ?? Day(iso: text) { return day }
        // "21.05.2026", "21-05-2026", "21/5/26" (a two-digit year is 20yy), as offices type them.
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).map(String.init)
        if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
           parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 || parts[2].count == 2,
           let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) {
            return Day(parts[2].count == 2 ? 2000 + y : y, m, d)
        }
        // Excel's day number, with a time of day after the point ("45853.354166…").
        let whole = text.split(separator: ".", maxSplits: 1).first.map(String.init) ?? text
        guard let serial = Int(whole), (20_000...80_000).contains(serial),
              text == whole || text.dropFirst(whole.count + 1).allSatisfy(\.isNumber) else { return nil }
        return Day(1899, 12, 30)?.adding(days: serial)
    }

    /// A mobile number Excel kept as a number lost its 0: nine digits starting 3, 5, 7, 8 or 9 get it back.
    public static func phone(_ text: String) -> String {
        var digits = text
        if let value = Double(text), text.lowercased().contains("e") { digits = String(Int(value)) }
        if digits.count == 9, digits.allSatisfy(\.isNumber), let first = digits.first, "35789".contains(first) {
            return "0" + digits
        }
        return digits
    }

    /// "a", "b", "c", or the group in words ("Xóm", "Doanh nghiệp", "Phòng ban…").
    public static func group(_ text: String) -> UnitGroup? {
        let folded = VietText.fold(text)
        if let group = UnitGroup(rawValue: folded) { return group }
        if let group = UnitGroup.allCases.first(where: { VietText.fold($0.title) == folded || "nhom \($0.rawValue)" == folded }) {
            return group
        }
        if folded.contains("xom") || folded.contains("thon") { return .b }
        if ["doanh nghiep", "cong ty", "hop tac xa", "ho kinh doanh"].contains(where: folded.contains) { return .c }
        if ["phong", "ban", "nganh", "doan the", "co quan"].contains(where: folded.contains) { return .a }
        return nil
    }

    /// "có", "x", "đã lưu trữ" archive; "không", "0" bring back; empty: nil, left as it is.
    public static func archived(_ text: String) -> Bool?? {
        switch VietText.fold(text) {
        case "": return .some(nil)
        case "co", "x", "1", "da luu tru", "luu tru": return .some(true)
        case "khong", "0": return .some(false)
        default: return nil
        }
    }

    /// A priority sector by its title or code ("Nông nghiệp", "nong_nghiep").
    public static func sector(_ text: String) -> PrioritySector?? {
        let folded = VietText.fold(text)
        if folded.isEmpty { return .some(nil) }
        return PrioritySector.allCases.first { VietText.fold($0.title) == folded || $0.rawValue == folded }.map { .some($0) }
    }

    public static func personKind(_ text: String) -> PersonKind? {
        let folded = VietText.fold(text)
        return kindsByWord[folded] ?? (folded == "khac" ? .khac : nil)
    }

    /// Each kind by its title and its code, folded once (a list is read 200,000 rows at a time).
    private static let kindsByWord: [String: PersonKind] = Dictionary(
        PersonKind.allCases.flatMap { [(VietText.fold($0.title), $0), ($0.rawValue, $0)] }, uniquingKeysWith: { first, _ in first })

    /// "a", "a. Lãnh đạo…", "Nội dung a".
    public static func area(_ text: String) -> ContentArea? {
        let folded = VietText.fold(text)
        if let area = ContentArea(rawValue: folded) { return area }
        let first = folded.split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        if let area = ContentArea(rawValue: first) { return area }
        let afterWord = folded.replacingOccurrences(of: "noi dung", with: "").split(whereSeparator: { !$0.isLetter }).first
        return afterWord.map(String.init).flatMap(ContentArea.init(rawValue:))
            ?? ContentArea.allCases.first { VietText.fold($0.title) == folded }
    }

    public static func status(_ text: String) -> InitiativeStatus? {
        let folded = VietText.fold(text)
        if folded.isEmpty { return .proposed }
        return InitiativeStatus.allCases.first { VietText.fold($0.title) == folded || $0.rawValue == folded }
            ?? (folded.contains("nhan rong") ? .replicated : folded.contains("cong nhan") ? .recognised
                : folded.contains("de xuat") ? .proposed : nil)
    }
}
