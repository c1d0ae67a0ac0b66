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

    /// Hải An's clock: Vietnam has kept UTC+7, with no summer time, since 1975.
    public static let communeOffsetMinutes = 7 * 60

    /// "25/11/2026 17:05" in the commune's time, from the stored UTC time ("…T10:05:00Z").
    public var when: String {
        let clock = at.dropFirst(11).prefix(5).split(separator: ":").compactMap { Int($0) }
        guard at.count >= 16, let day = Day(iso: String(at.prefix(10))), clock.count == 2 else { return at }
        let minutes = clock[0] * 60 + clock[1] + Self.communeOffsetMinutes
        let local = day.adding(days: minutes / (24 * 60))
        let time = minutes % (24 * 60)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(local.display) \(two(time / 60)):\(two(time % 60))"
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
