import Model

/// Pane 3: every report deadline of the plan with its state on today.
enum ReportsPane {
    static func listArea(in body: Rect) -> Rect {
        Rect(x: body.x + 1, y: body.y + 2, width: body.width - 2, height: body.height - 3)
    }

    /// A deadline's state: received in full, or its status as if nothing came yet.
    static func status(of slot: ReportSlot, in state: AppState) -> (symbol: String, label: String, style: Style) {
        let expected = state.data.expected(for: slot)
        let received = state.data.received[slot.id] ?? 0
        if expected > 0 && received >= expected { return ("✓", "Đã nhận đủ", Theme.good) }
        let status = slot.status(received: nil, today: state.today)
        return (status.symbol, status.label, style(for: status))
    }

    static func style(for status: ReportStatus) -> Style {
        switch status {
        case .notYetDue: return Theme.muted
        case .open: return Theme.warning
        case .onTime: return Theme.good
        case .late, .overdue: return Theme.bad
        }
    }

    static func render(into buffer: inout Buffer, body: Rect, state: AppState) {
        let slots = state.data.slots
        let statuses = slots.map { status(of: $0, in: state) }
        let summary = ["✗", "○", "·", "✓"].map { symbol in
            "\(symbol) \(statuses.filter { $0.symbol == symbol }.count)"
        }
        buffer.put("Hạn nộp báo cáo theo Kế hoạch, tính đến \(state.today.display): " + summary.joined(separator: "  "),
                   x: body.x + 1, y: body.y, style: Theme.title, maxWidth: body.width - 2)
        let rows = zip(slots, statuses).map { slot, status in
            [TableCell(slot.dueBefore.display), TableCell(slot.title),
             TableCell(sender(of: slot)),
             TableCell("\(state.data.received[slot.id] ?? 0)/\(state.data.expected(for: slot))"),
             TableCell("\(status.symbol) \(status.label)", style: status.style)]
        }
        let table = Table(
            columns: [Column("Hạn (trước)", width: 11), Column("Báo cáo", flex: true), Column("Bên gửi", width: 12),
                      Column("Đã nhận", width: 7, alignment: .right), Column("Trạng thái", width: 22)],
            rows: rows, list: state.list(.reports))
        table.render(into: &buffer, area: listArea(in: body))
        buffer.put("✗ quá hạn · ○ đang mở · · chưa đến hạn · ✓ đã nhận đủ · “Trước ngày D”: hạn cuối đúng hạn là ngày D-1.", x: body.x + 1, y: body.bottom - 1,
                   style: Theme.muted, maxWidth: body.width - 2)
    }

    static func sender(of slot: ReportSlot) -> String {
        slot.groups.isEmpty ? "Phòng VH-XH" : "Nhóm " + slot.groups.map(\.rawValue).joined(separator: ", ")
    }
}
