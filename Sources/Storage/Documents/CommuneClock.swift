import Foundation

/// The commune's clock for what documents say of an hour: the trail keeps UTC, Hải An lives
/// at UTC+7 (Asia/Ho_Chi_Minh), and `TZ` names another zone where it is set.
enum CommuneClock {
    static var zone: TimeZone {
        if let name = ProcessInfo.processInfo.environment["TZ"], !name.isEmpty, let zone = TimeZone(identifier: name) { return zone }
        return TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!
    }

    /// "08 giờ 30 phút" for a trail timestamp ("2026-05-21T01:30:00Z").
    static func hours(_ stamp: String) -> String? {
        guard let date = ISO8601DateFormatter().date(from: stamp) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        guard let hour = parts.hour, let minute = parts.minute else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(two(hour)) giờ \(two(minute)) phút"
    }
}
