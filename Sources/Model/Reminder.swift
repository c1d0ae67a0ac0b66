/// One thing to chase: a report not received that is overdue or falls due within the
/// window, with whom to call about it.
public struct Reminder: Sendable, Equatable {
    /// Nil for Phòng VH-XH's compiled report when no unit of that name exists.
    public var unitID: Int64?
    public var unitName: String
    public var head: String
    public var phone: String
    public var slot: ReportSlot
    public var status: ReportStatus

    public init(unitID: Int64?, unitName: String, head: String, phone: String, slot: ReportSlot, status: ReportStatus) {
        self.unitID = unitID
        self.unitName = unitName
        self.head = head
        self.phone = phone
        self.slot = slot
        self.status = status
    }

    /// The slots worth a reminder on `today`: deadline passed, or the last on-time day
    /// within the next `days` days. Which units still owe them is for Storage to find.
    public static func slots(_ slots: [ReportSlot], today: Day, days: Int) -> [ReportSlot] {
        slots.filter { today.days(until: $0.lastOnTimeDay) < days }
    }

    /// The reminders as plain text for sending: one block per unit with its contact.
    public static func text(_ reminders: [Reminder], today: Day, days: Int) -> String {
        var lines = ["Nhắc việc ngày \(today.display): báo cáo quá hạn và đến hạn trong \(days) ngày tới"]
        if reminders.isEmpty { return (lines + ["", "Không có báo cáo nào phải nhắc."]).joined(separator: "\n") + "\n" }
        var current: String?
        for reminder in reminders {
            let key = "\(reminder.unitID ?? 0)"
            if key != current {
                current = key
                let contact = [reminder.head, reminder.phone].filter { !$0.isEmpty }.joined(separator: ", ")
                lines += ["", reminder.unitName + (contact.isEmpty ? "" : " — \(contact)")]
            }
            lines.append("  \(reminder.status.symbol) \(reminder.slot.title) (hạn trước \(reminder.slot.dueBefore.display)): "
                         + reminder.slot.statusPhrase(received: nil, today: today).lowercased())
        }
        let overdue = reminders.filter(\.status.isOverdue).count
        lines += ["", "Tổng: \(reminders.count) báo cáo (\(overdue) quá hạn, \(reminders.count - overdue) sắp đến hạn)."]
        return lines.joined(separator: "\n") + "\n"
    }
}
