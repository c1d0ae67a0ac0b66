/// What an import would do, shown before anything is written: records new, changed (field
/// by field, before → after) and unchanged, the columns ignored, and every problem. It holds
/// counts and the first records only (a province's file has 200,000): writing reads the file
/// again and plans each record anew inside the write, so it also sees any edit made since.
public struct ImportPlan: Sendable, Equatable {
    public struct FieldChange: Sendable, Equatable {
        public var column: String
        public var before: String
        public var after: String

        public init(column: String, before: String, after: String) {
            self.column = column
            self.before = before
            self.after = after
        }
    }

    /// One record to write: its line, its name, and what moves.
    public struct Item: Sendable, Equatable {
        public var line: Int
        public var name: String
        /// Empty for a new record.
        public var fields: [FieldChange]
        public var isNew: Bool

        public init(line: Int, name: String, fields: [FieldChange], isNew: Bool) {
            self.line = line
            self.name = name
            self.fields = fields
            self.isNew = isNew
        }
    }

    /// Records shown one by one in the preview; the rest are counted.
    public static let shownItems = 1_000

    public var kind: ImportKind
    /// The file (and its sheet) the plan was read from: writing reads it again.
    public var file: String
    public var sheet: String?
    /// Whether rows hidden in the workbook are read too (`--hidden`); by default they are left out.
    public var includeHidden = false
    /// The first new or changed records, up to `shownItems`.
    public private(set) var items: [Item] = []
    public private(set) var created = 0
    public private(set) var changed = 0
    public var unchanged = 0
    public var unknownColumns: [String] = []
    /// Lines after the table's end, passed over.
    public var ignoredLines: [Int] = []
    /// Rows hidden in the workbook (often "đã chuyển công tác"): left out, and listed.
    public var hiddenLines: [Int] = []
    public var problems: [ImportProblem] = []
    /// The old font the file's text was typed in, converted to Unicode as it was read.
    public var convertedFrom: LegacyFont?

    public init(kind: ImportKind, file: String, sheet: String? = nil, includeHidden: Bool = false) {
        self.kind = kind
        self.file = file
        self.sheet = sheet
        self.includeHidden = includeHidden
    }

    /// Every new or changed record's line and fields (before and after), hashed (FNV-1a): the
    /// write compares it with the preview's, so an edit made in between is never overwritten.
    public private(set) var fingerprint: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Records a new or changed record.
    public mutating func add(_ item: Item) {
        if item.isNew { created += 1 } else { changed += 1 }
        if items.count < Self.shownItems { items.append(item) }
        let text = "\(item.line)\u{1}\(item.isNew)" + item.fields.map { "\u{1}\($0.column)\u{2}\($0.before)\u{2}\($0.after)" }.joined()
        for byte in text.utf8 { fingerprint = (fingerprint ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }

    /// Whether writing would change anything.
    public var writesSomething: Bool { created + changed > 0 }

    /// The preview in words, one line each: counts, the columns ignored, the changes, the problems.
    public var lines: [String] {
        var lines = ["\(created) \(kind.title) mới, \(changed) thay đổi, \(unchanged) không đổi"
                     + (problems.isEmpty ? "." : "; \(problems.count) lỗi: không ghi gì cho đến khi sửa hết.")]
        if let convertedFrom {
            lines.append("Chữ trong tệp gõ bằng bảng mã cũ \(convertedFrom.rawValue): đã chuyển sang Unicode, hãy xem lại các tên dưới đây.")
        }
        if !hiddenLines.isEmpty {
            lines.append("Không nhập \(hiddenLines.count) dòng đang ẩn trong sổ: dòng "
                         + hiddenLines.prefix(8).map(String.init).joined(separator: ", ") + (hiddenLines.count > 8 ? " …" : "")
                         + " (thêm --hidden để nhập cả các dòng đó).")
        }
        if !ignoredLines.isEmpty {
            lines.append("Bỏ qua \(ignoredLines.count) dòng sau cuối bảng (dòng tổng, khối chữ ký): dòng "
                         + ignoredLines.prefix(8).map(String.init).joined(separator: ", ") + (ignoredLines.count > 8 ? " …" : "") + ".")
        }
        if !unknownColumns.isEmpty {
            lines.append("Cột không dùng (bỏ qua): " + unknownColumns.map { "“\($0)”" }.joined(separator: ", ") + ".")
        }
        lines += problems.map { "✗ \($0.description)" }
        for item in items {
            if item.isNew {
                lines.append("+ dòng \(item.line): \(item.name) (mới)")
            } else {
                lines.append("~ dòng \(item.line): \(item.name): "
                             + item.fields.map { "\($0.column) “\($0.before)” → “\($0.after)”" }.joined(separator: "; "))
            }
        }
        if created + changed > items.count { lines.append("… và \(created + changed - items.count) bản ghi mới hoặc thay đổi nữa.") }
        return lines
    }
}
