import Foundation
import Model

/// Pane 3's second view: every report overdue or falling due within the window, unit by
/// unit, with the head's contact, as `haian reminders` prints it.
enum RemindersList {
    static func render(into buffer: inout Buffer, body: Rect, state: AppState) {
        let reports = state.reports
        let overdue = reports.reminders.filter(\.status.isOverdue).count
        let until = state.today.adding(days: reports.reminderDays)
        buffer.put("Nhắc việc: báo cáo quá hạn và đến hạn đến \(until.display) (\(reports.reminderDays) ngày, +/-): "
                   + "\(reports.reminders.count) báo cáo, \(overdue) quá hạn",
                   x: body.x + 1, y: body.y, style: Theme.title, maxWidth: body.width - 2)
        let rows = reports.reminders.map { reminder in
            [TableCell(reminder.unitName), TableCell(reminder.head), TableCell(reminder.phone),
             TableCell(reminder.slot.title), TableCell(reminder.slot.dueBefore.display),
             TableCell("\(reminder.status.symbol) \(reminder.slot.statusPhrase(received: nil, today: state.today))", style: ReportsPane.style(for: reminder.status))]
        }
        // Whom to call and about what stay; the head's name gives way first.
        let table = Table(columns: [Column("Đơn vị", flex: true), Column("Người đứng đầu", width: 20, priority: 1),
                                    Column("Điện thoại", width: 11, priority: 5), Column("Báo cáo", width: 14, flex: true, priority: 3),
                                    Column("Hạn (trước)", width: 11, priority: 2), Column("Trạng thái", width: 18, priority: 4)],
                          rows: rows, list: reports.list(.reminders), emptyText: "Không có báo cáo nào phải nhắc.")
        // No totals under this list: it runs down to the hint.
        table.render(into: &buffer, area: Rect(x: body.x + 1, y: body.y + 2, width: body.width - 2, height: body.height - 3))
        let command = "haian reminders --db \(shellQuoted(state.databasePath)) --today \(state.today.iso) --days \(reports.reminderDays)"
        buffer.put("In để gửi: " + command, x: body.x + 1, y: body.bottom - 1, style: Theme.muted, maxWidth: body.width - 2)
    }
}

/// A path as a shell reads it back: quoted only when it holds more than safe characters.
func shellQuoted(_ text: String) -> String {
    let safe = text.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "/._-+:@".unicodeScalars.contains($0)) }
    return safe && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
