import Model

/// Pane 2: both phases on one time axis, the plan's milestones on it, and a today marker.
enum TimelinePane {
    static let detailHeight = 3
    static let headerHeight = 7

    static func listArea(in body: Rect) -> Rect {
        Rect(x: body.x + 1, y: body.y + headerHeight, width: body.width - 2,
             height: body.height - headerHeight - detailHeight)
    }

    /// Maps days to columns of the axis, which spans whole years around both phases.
    struct Axis {
        let start: Day
        let end: Day
        let x: Int
        let width: Int

        func column(_ day: Day) -> Int {
            let span = max(1, start.days(until: end))
            let offset = min(max(start.days(until: day), 0), span)
            return x + offset * (width - 1) / span
        }
    }

    static func render(into buffer: inout Buffer, body: Rect, state: AppState) {
        let data = state.data
        let today = state.today
        let labelWidth = min(48, max(28, body.width * 2 / 5))
        let first = data.phases.map(\.start.year).min() ?? Plan.firstYear
        let last = data.phases.map(\.end.year).max() ?? Plan.lastYear
        guard let axisStart = Day(first, 1, 1), let axisEnd = Day(last, 12, 31) else { return }
        let axis = Axis(start: axisStart, end: axisEnd, x: body.x + 1 + labelWidth + 1,
                        width: body.width - labelWidth - 3)

        buffer.put(summary(state), x: body.x + 1, y: body.y, style: Theme.title, maxWidth: body.width - 2)

        // Today marker above the axis, with its label where it fits.
        let todayColumn = axis.column(today)
        let todayLabel = "▼ Hôm nay \(today.display)"
        let labelX = todayColumn + VietText.displayWidth(todayLabel) <= axis.x + axis.width
            ? todayColumn : todayColumn - VietText.displayWidth(todayLabel) + 1
        if today >= axisStart && today <= axisEnd {
            buffer.put(todayLabel, x: labelX, y: body.y + 1, style: Theme.today)
        }

        // Year labels and ticks.
        buffer.fill(Rect(x: axis.x, y: body.y + 3, width: axis.width, height: 1), symbol: "─", style: Theme.muted)
        for year in first...last {
            guard let jan1 = Day(year, 1, 1) else { continue }
            let column = axis.column(jan1)
            buffer.put(String(year), x: column, y: body.y + 2, style: Theme.title)
            buffer.put("┬", x: column, y: body.y + 3, style: Theme.muted)
        }

        // One bar per phase: elapsed time filled, the rest shaded.
        for (index, phase) in data.phases.enumerated() {
            let y = body.y + 4 + index
            buffer.put("\(phase.name) (\(phase.yearsLabel))", x: body.x + 1, y: y, style: Theme.title, maxWidth: labelWidth)
            let from = axis.column(phase.start), to = axis.column(phase.end)
            for column in from...max(from, to) {
                let done = axisDay(axis, column) <= today
                buffer.put(done ? "█" : "░", x: column, y: y, style: Theme.phaseBar)
            }
            let percent = Int((phase.elapsed(on: today) * 100).rounded())
            let note = " \(percent)% · \(phase.review) \(phase.end.year)"
            if to + 1 + VietText.displayWidth(note) <= axis.x + axis.width {
                buffer.put(note, x: to + 1, y: y, style: Theme.muted)
            } else {
                buffer.put(note, x: from - VietText.displayWidth(note) - 1, y: y, style: Theme.muted)
            }
        }

        let area = listArea(in: body)
        buffer.put("Mốc thời gian của Kế hoạch", x: area.x, y: area.y - 1, style: Theme.columnHeader)
        let list = state.list(.timeline)
        let offset = ListState.offset(keeping: list.selected, from: list.offset,
                                      count: data.milestones.count, visible: area.height)
        for line in 0..<min(area.height, max(0, data.milestones.count - offset)) {
            let index = offset + line
            let milestone = data.milestones[index]
            let y = area.y + line
            let style = milestoneStyle(milestone, today: today)
            buffer.put("\(milestone.date.display) \(milestone.title)", x: area.x, y: y, style: style, maxWidth: labelWidth)
            buffer.put("┆", x: todayColumn, y: y, style: Theme.today)
            buffer.put("◆", x: axis.column(milestone.date), y: y, style: style.dim ? Theme.muted : Theme.milestone)
            if index == list.selected {
                buffer.restyle(Rect(x: area.x, y: y, width: labelWidth, height: 1)) { var s = $0; s.reverse = true; return s }
            }
        }

        if data.milestones.indices.contains(list.selected) {
            let milestone = data.milestones[list.selected]
            let y = body.bottom - detailHeight
            buffer.fill(Rect(x: body.x + 1, y: y, width: body.width - 2, height: 1), symbol: "─", style: Theme.muted)
            buffer.put("\(milestone.title) — \(milestone.dateLabel)", x: body.x + 1, y: y + 1, style: Theme.title,
                       maxWidth: body.width - 2)
            buffer.put(distance(to: milestone.date, from: today), x: body.x + 1, y: y + 2, maxWidth: body.width - 2)
        }
    }

    /// The phase today falls in, how much of it has passed, and the next milestone.
    static func summary(_ state: AppState) -> String {
        let today = state.today
        var parts: [String] = []
        if let phase = state.data.phases.first(where: { $0.contains(today) }) {
            parts.append("\(phase.name) (\(phase.yearsLabel)): đã qua \(Int((phase.elapsed(on: today) * 100).rounded()))% thời gian")
        } else {
            parts.append("Ngoài thời gian phong trào")
        }
        if let next = state.data.milestones.first(where: { $0.date >= today }) {
            parts.append("mốc tiếp theo: \(next.title) (\(next.dateLabel)), còn \(today.days(until: next.date)) ngày")
        }
        return parts.joined(separator: " · ")
    }

    static func distance(to date: Day, from today: Day) -> String {
        let days = today.days(until: date)
        if days > 0 { return "Còn \(days) ngày." }
        if days == 0 { return "Hôm nay." }
        return "Đã qua \(-days) ngày."
    }

    private static func milestoneStyle(_ milestone: Milestone, today: Day) -> Style {
        let days = today.days(until: milestone.date)
        if days < 0 { return Theme.muted }
        if days <= ReportStatus.defaultReminderWindow { return Theme.warning }
        return .plain
    }

    /// The first day a column stands for, to fill a bar up to today.
    private static func axisDay(_ axis: Axis, _ column: Int) -> Day {
        let span = max(1, axis.start.days(until: axis.end))
        return axis.start.adding(days: (column - axis.x) * span / max(1, axis.width - 1))
    }
}
