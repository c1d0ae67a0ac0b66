/// A data row read: its line in the file and each known field's text, cleaned.
public struct ImportRecord: Sendable, Equatable {
    public var line: Int
    public var values: [ImportField: String]

    public subscript(_ field: ImportField) -> String { values[field] ?? "" }
}

/// A file's rows made into records: the header found (below any title rows), the columns it
/// names, those it names that HaiAn does not know, and every problem with its line and column.
public struct ImportTable: Sendable, Equatable {
    public var headerLine: Int
    public var unknownColumns: [String]
    public var records: [ImportRecord]
    public var problems: [ImportProblem]

    /// Rows as a spreadsheet or CSV gives them: each with its line number, cells as text.
    public init(_ kind: ImportKind, rows: [(line: Int, cells: [String])]) {
        headerLine = 0
        unknownColumns = []
        records = []
        problems = []
        // The header is the first row naming a required column and another known one: merged
        // title rows ("DANH SÁCH CÁC XÓM…") above it are passed over.
        let columns = kind.columns
        guard let headerIndex = rows.prefix(30).firstIndex(where: { row in
            let named = columns.filter { column in row.cells.contains(where: column.matches) }
            return named.contains(where: \.required) && named.count >= 2
        }) else {
            let needed = columns.filter(\.required).map { "“\($0.name)”" }.joined(separator: ", ")
            problems.append(ImportProblem(line: rows.first?.line ?? 1, column: "—",
                                          reason: "không tìm thấy dòng tiêu đề: cần các cột \(needed)."))
            return
        }
        let header = rows[headerIndex]
        headerLine = header.line
        var positions: [ImportField: Int] = [:]
        for (index, cell) in header.cells.enumerated() {
            let text = VietText.normalize(cell)
            guard !text.isEmpty else { continue }
            if let column = columns.first(where: { $0.matches(text) }), positions[column.field] == nil {
                positions[column.field] = index
            } else {
                unknownColumns.append(text)
            }
        }
        for column in columns where column.required && positions[column.field] == nil {
            problems.append(ImportProblem(line: header.line, column: column.name, reason: "thiếu cột bắt buộc này."))
        }
        guard problems.isEmpty else { return }
        for row in rows[(headerIndex + 1)...] {
            var values: [ImportField: String] = [:]
            for (field, index) in positions where index < row.cells.count {
                values[field] = ImportTable.clean(row.cells[index])
            }
            // Trailing empty rows (and empty rows between blocks) are not records.
            guard values.values.contains(where: { !$0.isEmpty }) else { continue }
            records.append(ImportRecord(line: row.line, values: values))
        }
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
        guard let serial = Int(text), (20_000...80_000).contains(serial) else { return nil }
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

    public static func personKind(_ text: String) -> PersonKind? {
        let folded = VietText.fold(text)
        return PersonKind.allCases.first { VietText.fold($0.title) == folded || $0.rawValue == folded }
            ?? (folded == "khac" ? .khac : nil)
    }

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
