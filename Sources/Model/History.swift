/// One entry of a record's trail: when, who, and what changed, in words.
public struct HistoryEntry: Equatable, Sendable {
    /// ISO 8601 time of the change.
    public var at: String
    public var who: String
    public var action: String
    public var summary: String

    public init(at: String, who: String, action: String, summary: String) {
        self.at = at
        self.who = who
        self.action = action
        self.summary = summary
    }

    /// "25/11/2026 10:05", from the stored UTC time as written.
    public var when: String {
        guard at.count >= 16, let day = Day(iso: String(at.prefix(10))) else { return at }
        return "\(day.display) \(at.dropFirst(11).prefix(5))"
    }

    /// The Vietnamese verb for a stored action ("import:ID:create" is a creation).
    public static func verb(_ action: String) -> String {
        switch action.split(separator: ":").last.map(String.init) ?? action {
        case "create": return "thêm"
        case "archive": return "lưu trữ"
        case "restore": return "khôi phục"
        case "delete": return "xoá"
        case "undo": return "hoàn tác"
        default: return "sửa"
        }
    }
}
