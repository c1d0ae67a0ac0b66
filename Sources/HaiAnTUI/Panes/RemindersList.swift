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
             TableCell("\(reminder.status.symbol) \(reminder.status.label)", style: ReportsPane.style(for: reminder.status))]
        }
        let table = Table(columns: [Column("Đơn vị", flex: true), Column("Người đứng đầu", width: 20), Column("Điện thoại", width: 11),
                                    Column("Báo cáo", flex: true), Column("Hạn (trước)", width: 11), Column("Trạng thái", width: 22)],
                          rows: rows, list: reports.list(.reminders), emptyText: "Không có báo cáo nào phải nhắc.")
        let area = ReportsPane.listArea(in: body)
        table.render(into: &buffer, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1))
        buffer.put("Enter: ghi nhận báo cáo đã nhận · in danh sách để gửi: haian reminders --today \(state.today.iso) --days \(reports.reminderDays)",
                   x: body.x + 1, y: body.bottom - 1, style: Theme.muted, maxWidth: body.width - 2)
    }
}
