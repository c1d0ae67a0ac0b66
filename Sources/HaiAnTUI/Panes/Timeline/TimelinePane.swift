import Model

/// Pane 2: one phase on a time axis (zoom month / quarter / year), the plan's milestones,
/// a today marker, and the activities as bars filled to their progress.
enum TimelinePane {
    static let headerHeight = 5
    static let footerHeight = 3

    static func labelWidth(screenWidth: Int) -> Int { min(46, max(30, screenWidth * 2 / 5)) }

    /// Columns of the time axis at this terminal width.
    static func barWidth(screenWidth: Int) -> Int { max(10, screenWidth - 3 - labelWidth(screenWidth: screenWidth)) }

    /// The activity rows with their header row.
    static func listArea(in body: Rect) -> Rect {
        Rect(x: body.x + 1, y: body.y + headerHeight, width: body.width - 2, height: body.height - headerHeight - footerHeight)
    }

    static func render(into buffer: inout Buffer, body: Rect, state: AppState) {
        guard let phase = state.currentPhase else { return }
        let today = state.today
        let labelWidth = labelWidth(screenWidth: state.width)
        let axis = state.timelineAxis(width: barWidth(screenWidth: state.width))
        let barX = body.x + 1 + labelWidth + 1
        func x(_ column: Int) -> Int { barX + column }
        let todayColumn = axis.column(today)
        let todayInView = (0..<axis.width).contains(todayColumn)

        buffer.put(summary(phase, state.timeline.summary), x: body.x + 1, y: body.y, style: Theme.title, maxWidth: body.width - 2)
        buffer.put("Trục: \(state.timeline.zoom.title) · \(axis.start.display) – \(axis.end.display)",
                   x: body.x + 1, y: body.y + 1, style: Theme.muted, maxWidth: labelWidth)

        // Ticks and their labels, the phase's span on the axis, today above it.
        let axisY = body.y + 1
        buffer.fill(Rect(x: barX, y: axisY + 1, width: axis.width, height: 1), symbol: "─", style: Theme.muted)
        if let span = axis.columns(from: phase.start, to: phase.end) {
            buffer.fill(Rect(x: x(span.lowerBound), y: axisY + 1, width: span.count, height: 1), symbol: "━", style: Theme.phaseBar)
        }
        var free = 0
        for tick in axis.ticks {
            buffer.put("┬", x: x(tick.column), y: axisY + 1, style: Theme.muted)
            let label = state.timeline.zoom.label(tick.day)
            guard tick.column >= free, tick.column + VietText.displayWidth(label) <= axis.width else { continue }
            buffer.put(label, x: x(tick.column), y: axisY, style: Theme.title)
            free = tick.column + VietText.displayWidth(label) + 1
        }
        if todayInView {
            buffer.put("▼", x: x(todayColumn), y: axisY, style: Theme.today)
            buffer.put("┼", x: x(todayColumn), y: axisY + 1, style: Theme.today)
        }
        buffer.put("Hôm nay \(today.display) " + (todayInView ? "┼" : "(t: đến hôm nay)"), x: body.x + 1, y: axisY + 1,
                   style: Theme.today, maxWidth: labelWidth)

        // The plan's milestones as diamonds; the next one named in the footer.
        let milestoneY = body.y + 3
        buffer.put("Mốc thời gian ◆", x: body.x + 1, y: milestoneY, style: Theme.milestone, maxWidth: labelWidth)
        for milestone in state.data.milestones {
            let column = axis.column(milestone.date)
            guard (0..<axis.width).contains(column) else { continue }
            buffer.put("◆", x: x(column), y: milestoneY, style: milestone.date < today ? Theme.muted : Theme.milestone)
        }

        let area = listArea(in: body)
        let window = state.timeline.activities
        let list = state.list(.timeline)
        let visible = area.height - 1
        // The header and the position share the label column: the header's long form only where both fit.
        let note = window.total > visible ? " \(list.selected + 1)/\(window.total) " : ""
        let header = ["Hoạt động (đơn vị phụ trách)", "Hoạt động"].first {
            VietText.displayWidth($0) + VietText.displayWidth(note) <= labelWidth
        } ?? "Hoạt động"
        buffer.put(header, x: area.x, y: area.y, style: Theme.columnHeader, maxWidth: labelWidth)
        if window.total == 0 {
            buffer.put("Chưa có hoạt động nào trong giai đoạn này. Bấm n để thêm.", x: area.x + 1, y: area.y + 1, style: Theme.muted)
        }
        let offset = ListState.offset(keeping: list.selected, from: list.offset, count: window.total, visible: visible)
        for line in 0..<min(visible, max(0, window.total - offset)) {
            let y = area.y + 1 + line
            if todayInView { buffer.put("┆", x: x(todayColumn), y: y, style: Theme.today) }
            guard let row = window.row(at: offset + line) else { continue }
            drawActivity(row, y: y, labelX: area.x, labelWidth: labelWidth, axis: axis, barX: barX, today: today,
                         selected: offset + line == list.selected, into: &buffer)
        }
        if !note.isEmpty {
            buffer.put(note, x: area.x + labelWidth - VietText.displayWidth(note), y: area.y, style: Theme.muted)
        }

        let y = body.bottom - footerHeight
        buffer.fill(Rect(x: body.x + 1, y: y, width: body.width - 2, height: 1), symbol: "─", style: Theme.muted)
        if let row = state.selectedActivity {
            buffer.put(detail(row, today: today), x: body.x + 1, y: y + 1, maxWidth: body.width - 2)
        }
        if let next = state.data.milestones.filter({ $0.lastDay >= today }).min(by: { $0.lastDay < $1.lastDay }) {
            buffer.put("Mốc tiếp theo: \(next.title) (\(next.dateLabel)), \(next.countdown(today).phrase)",
                       x: body.x + 1, y: y + 2, style: Theme.milestone, maxWidth: body.width - 2)
        }
    }

    /// One activity: its symbol, title and unit on the left; its bar, filled to its progress.
    private static func drawActivity(_ row: ActivityRow, y: Int, labelX: Int, labelWidth: Int, axis: TimelineAxis, barX: Int,
                                     today: Day, selected: Bool, into buffer: inout Buffer) {
        let activity = row.activity
        let standing = activity.standing(on: today)
        let style = style(for: standing)
        let unit = row.unitName.isEmpty ? "toàn xã" : row.unitName
        let percent = "\(activity.progress)%"
        var labelStyle = standing == .overdue ? Theme.bad : Style.plain
        labelStyle.reverse = selected
        let room = labelWidth - VietText.displayWidth(percent) - 1
        let label = VietText.truncate("\(standing.symbol) \(activity.title) (\(unit))", toWidth: room)
        buffer.put(label + String(repeating: " ", count: max(0, room - VietText.displayWidth(label))) + " " + percent,
                   x: labelX, y: y, style: labelStyle)
        let first = axis.column(activity.start), last = axis.column(activity.end)
        guard let span = axis.columns(from: activity.start, to: activity.end) else {
            buffer.put(last < 0 ? "◂" : "▸", x: barX + (last < 0 ? 0 : axis.width - 1), y: y, style: style)
            return
        }
        let filledUpTo = first + Int((Double(last - first + 1) * Double(activity.progress) / 100).rounded()) - 1
        for column in span {
            buffer.put(column <= filledUpTo ? "█" : "░", x: barX + column, y: y, style: style)
        }
        if standing == .overdue, span.upperBound + 1 < axis.width {
            buffer.put("⚠", x: barX + span.upperBound + 1, y: y, style: Theme.bad)
        }
    }

    static func style(for standing: ActivityStanding) -> Style {
        switch standing {
        case .upcoming: return Theme.muted
        case .running: return Theme.phaseBar
        case .done: return Theme.good
        case .overdue: return Theme.bad
        }
    }

    /// "Giai đoạn 1 (2025–2027) · đã qua 48% thời gian · ✓ 12 xong · ▶ 5 đang làm · ⚠ 3 quá hạn · · 2 chưa bắt đầu"
    static func summary(_ phase: Phase, _ summary: PhaseSummary?) -> String {
        var parts = ["\(phase.name) (\(phase.yearsLabel))"]
        if let summary {
            parts.append("đã qua \(Int((summary.elapsed * 100).rounded()))% thời gian")
            parts.append("✓ \(summary.done) xong · ▶ \(summary.running) đang làm · ⚠ \(summary.overdue) quá hạn · · \(summary.upcoming) chưa bắt đầu")
        }
        return parts.joined(separator: " · ")
    }

    private static func detail(_ row: ActivityRow, today: Day) -> String {
        let activity = row.activity
        let unit = row.unitName.isEmpty ? "toàn xã" : row.unitName
        var text = "\(activity.title) · \(unit) · nội dung \(activity.area.rawValue) · \(activity.start.display) – \(activity.end.display)"
            + " · \(activity.progress)% · \(activity.status.title)"
        if activity.isOverdue(on: today) { text += " · ⚠ quá hạn \(activity.end.days(until: today)) ngày" }
        return text
    }
}
