/// What an import would do, shown before anything is written: records new, changed (field
/// by field, before → after) and unchanged, the columns ignored, and every problem.
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

    /// One record to write: its line, its name, the change to save, and what moves.
    public struct Item: Sendable, Equatable {
        public var line: Int
        public var name: String
        public var change: Change
        /// Empty for a new record.
        public var fields: [FieldChange]
        public var isNew: Bool

        public init(line: Int, name: String, change: Change, fields: [FieldChange], isNew: Bool) {
            self.line = line
            self.name = name
            self.change = change
            self.fields = fields
            self.isNew = isNew
        }
    }

    public var kind: ImportKind
    public var items: [Item] = []
    public var unchanged = 0
    public var unknownColumns: [String] = []
    public var problems: [ImportProblem] = []

    public init(kind: ImportKind) { self.kind = kind }

    public var created: Int { items.filter(\.isNew).count }
    public var changed: Int { items.count - created }

    /// The preview in words, one line each: counts, the columns ignored, the changes, the problems.
    public var lines: [String] {
        var lines = ["\(created) \(kind.title) mới, \(changed) thay đổi, \(unchanged) không đổi"
                     + (problems.isEmpty ? "." : "; \(problems.count) lỗi: không ghi gì cho đến khi sửa hết.")]
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
        return lines
    }
}
