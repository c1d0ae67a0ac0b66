import Model

/// The council's slides, full screen in the high-contrast theme, from 80×24 to a projector's
/// 200×60: big figures in blocks, bars, and no number that could identify a person.
enum PresentationView {
    static func render(into buffer: inout Buffer, state: AppState, presentation: PresentationState) {
        let slide = presentation.slide
        let pages = presentation.facts.map { overduePages($0, width: buffer.width, height: buffer.height) } ?? 1
        let number = "\(slide.rawValue + 1 + presentation.page)/\(Slide.allCases.count - 1 + pages)"
        put(&buffer, " \(state.data.movement.commune) · \(state.data.movement.shortName)", x: 0, y: 0, style: Theme.slideMuted,
            maxWidth: buffer.width - number.count - 3)
        put(&buffer, number, x: buffer.width - number.count - 1, y: 0, style: Theme.slideTitle)
        let title = slide.title.uppercased()
        let body = body(title: title, width: buffer.width, height: buffer.height)
        let margin = body.x
        // A list going on over slides says which of its slides this is ("(TIẾP) 2/3").
        let more = presentation.page > 0 ? "(TIẾP) \(presentation.page + 1)/\(pages)" : ""
        if blockTitle(title, width: buffer.width, height: buffer.height) {
            BlockLetters.render(title, into: &buffer, x: margin, y: 2, style: Theme.slideTitle)
            put(&buffer, more, x: margin, y: 2 + BlockLetters.height, style: Theme.slideTitle)
        } else {
            put(&buffer, more.isEmpty ? title : title + " " + more, x: margin, y: 2, style: Theme.slideTitle, maxWidth: buffer.width - 2 * margin)
        }
        guard let facts = presentation.facts else {
            put(&buffer, "Đang đọc số liệu…", x: margin, y: body.y, style: Theme.slideText)
            return
        }
        // The slide is drawn apart, then set in the middle of the height left for it.
        var content = Buffer(width: buffer.width, height: buffer.height)
        switch slide {
        case .overview: overview(&content, body, facts, state.data)
        case .phases: phases(&content, body, facts)
        case .reports: reports(&content, body, facts)
        case .leaders: leaders(&content, body, facts)
        case .initiatives: initiatives(&content, body, facts)
        case .awards: awards(&content, body, facts)
        case .overdue: overdue(&content, body, facts, page: presentation.page)
        }
        let used = content.usedRows(in: body)
        let offset = slide == .overdue ? 0 : max(0, (body.height - used) / 2)
        buffer.draw(content, from: body, down: offset)
    }

    /// Whether a title is drawn in block letters: where it fits and the screen is tall enough
    /// for its seven rows; otherwise in plain bold capitals.
    private static func blockTitle(_ title: String, width: Int, height: Int) -> Bool {
        guard height >= 30, let blocks = BlockLetters.width(title) else { return false }
        return blocks <= width - 2 * margin(width)
    }

    private static func margin(_ width: Int) -> Int { width >= 120 ? 6 : 2 }

    /// Figures fill about a third of the height: five rows at 80×24, twenty at 200×60; narrower
    /// when the width would not leave their caption room beside them.
    private static func figureScale(_ text: String, area: Rect, height: Int) -> Int {
        var scale = max(1, height / 15)
        while scale > 1 && BigFigure.width(text, scale: scale) + 34 > area.width { scale -= 1 }
        return scale
    }

    /// Every word on a slide passes the privacy mask on its way to the screen.
    @discardableResult
    private static func put(_ buffer: inout Buffer, _ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        buffer.put(Privacy.mask(text), x: x, y: y, style: style, maxWidth: maxWidth)
    }

    /// Whether a figure this wide leaves its caption 30 columns beside it.
    private static func captionBeside(_ figureWidth: Int, _ area: Rect) -> Bool { area.width - figureWidth - 4 >= 30 }

    /// A big figure with its caption beside it (or below, when the screen is narrow); returns
    /// the rows used.
    private static func figure(_ buffer: inout Buffer, _ text: String, caption: [String], at area: Rect, style: Style) -> Int {
        let scale = figureScale(text, area: area, height: buffer.height)
        BigFigure.render(text, into: &buffer, x: area.x, y: area.y, scale: scale, style: style)
        let width = BigFigure.width(text, scale: scale)
        let beside = captionBeside(width, area)
        let x = beside ? area.x + width + 4 : area.x
        let rows = BigFigure.height(scale: scale)
        let y = beside ? area.y + max(0, (rows - caption.count) / 2) : area.y + rows + 1
        for (index, line) in caption.enumerated() {
            put(&buffer, line, x: x, y: y + index, style: index == 0 ? Theme.slide : Theme.slideText, maxWidth: area.right - x)
        }
        return beside ? max(rows, caption.count) : rows + 1 + caption.count
    }

    private static func percent(_ part: Int, of whole: Int) -> Int {
        whole > 0 ? Int((Double(part) / Double(whole) * 100).rounded()) : 0
    }

    private static func overview(_ buffer: inout Buffer, _ area: Rect, _ facts: PresentationFacts, _ data: Dashboard) {
        var y = area.y
        if let milestone = facts.nextMilestone {
            let countdown = milestone.countdown(facts.today)
            let last = countdown.deadline ? "hạn cuối" : "ngày"
            y += figure(&buffer, String(countdown.days), caption: ["ngày nữa đến", milestone.title, "(\(last) \(countdown.lastDay.display))"],
                        at: Rect(x: area.x, y: y, width: area.width, height: area.height), style: Theme.slideTitle) + 1
        }
        var lines = ["Hôm nay \(facts.today.display) · \(data.activeUnits) tập thể tham gia"]
        if let current = facts.currentPhase {
            lines.append("\(current.phase.name) (\(current.phase.yearsLabel)): đã qua \(Int((current.summary.elapsed * 100).rounded()))% thời gian")
        }
        lines.append("Việc quá hạn: \(facts.overdueReports.count) báo cáo, \(facts.overdueActivities) hoạt động")
        for line in lines where y < area.bottom {
            put(&buffer, line, x: area.x, y: y, style: Theme.slideText, maxWidth: area.width)
            y += 1
        }
    }

    private static func phases(_ buffer: inout Buffer, _ area: Rect, _ facts: PresentationFacts) {
        var y = area.y
        // Bars a row apart when the screen has the room.
        let gap = facts.phases.count * 7 <= area.height ? 1 : 0
        for progress in facts.phases where y + 3 <= area.bottom {
            let summary = progress.summary
            let total = summary.done + summary.running + summary.overdue + summary.upcoming
            put(&buffer, "\(progress.phase.name) · \(progress.phase.yearsLabel)", x: area.x, y: y, style: Theme.slide)
            let elapsed = Int((summary.elapsed * 100).rounded())
            BarChart.render([
                .init(label: "Thời gian đã qua", value: elapsed, of: 100, figure: "\(elapsed)%"),
                .init(label: "Hoạt động xong", value: summary.done, of: total,
                      figure: "\(summary.done)/\(total) · quá hạn \(summary.overdue)"),
            ], into: &buffer, area: Rect(x: area.x + 2, y: y + 1, width: area.width - 2, height: 2 + gap), style: Theme.slideBar, gap: gap)
            y += 4 + 2 * gap
        }
    }

    private static func reports(_ buffer: inout Buffer, _ area: Rect, _ facts: PresentationFacts) {
        var y = area.y
        let slots = facts.reportBars.reduce(into: [ReportSlot]()) { slots, bar in
            if !slots.contains(bar.slot) { slots.append(bar.slot) }
        }
        // A deadline still running shows what has come so far, never a 0% that reads as failure.
        let figure = { (bar: PresentationFacts.ReportBar) -> String in
            let rate = bar.rate
            return bar.slot.hasPassed(facts.today) ? "\(percent(rate.onTime, of: rate.expected))% (\(rate.onTime)/\(rate.expected))"
                : "chưa đến hạn, đã nhận \(rate.received)/\(rate.expected)"
        }
        let figureWidth = facts.reportBars.map { VietText.displayWidth(figure($0)) }.max()
        let groups = slots.map { slot in facts.reportBars.filter { $0.slot == slot }.count }
        let gap = groups.map { 3 + 2 * $0 }.reduce(0, +) <= area.height ? 1 : 0
        // The latest deadlines first: they are what the room can still act on.
        for slot in slots.reversed() where y + 2 <= area.bottom {
            put(&buffer, "\(slot.title) · hạn trước \(slot.dueBefore.display)", x: area.x, y: y, style: Theme.slide, maxWidth: area.width)
            let bars = facts.reportBars.filter { $0.slot == slot }.map { bar in
                BarChart.Bar(label: "Nhóm \(bar.group.rawValue)", value: bar.slot.hasPassed(facts.today) ? bar.rate.onTime : bar.rate.received,
                             of: bar.rate.expected, figure: figure(bar))
            }
            y += 1 + BarChart.render(bars, into: &buffer, area: Rect(x: area.x + 2, y: y + 1, width: area.width - 2,
                                                                     height: area.bottom - y - 1), style: Theme.slideGood,
                                     figureWidth: figureWidth, gap: gap) + 1 + gap
        }
        if slots.isEmpty { put(&buffer, "Chưa có hạn báo cáo nào mở.", x: area.x, y: y, style: Theme.slideText) }
    }

    private static func leaders(_ buffer: inout Buffer, _ area: Rect, _ facts: PresentationFacts) {
        guard let round = facts.scoredRound else {
            put(&buffer, "Chưa có điểm của Hội đồng.", x: area.x, y: area.y, style: Theme.slideText)
            return
        }
        put(&buffer, "\(round.title) · điểm của Hội đồng", x: area.x, y: area.y, style: Theme.slideText)
        var y = area.y + 2
        // The names take what the rank, the total and the band leave: cut only past the width.
        let bandWidth = facts.leaders.flatMap(\.rows).map { VietText.displayWidth($0.band) }.max() ?? 0
        let longest = facts.leaders.flatMap(\.rows).map { VietText.displayWidth($0.name) }.max() ?? 0
        let nameWidth = 6 + max(10, min(longest, area.width - 6 - 9 - bandWidth))
        for board in facts.leaders where y + 1 < area.bottom {
            put(&buffer, "Nhóm \(board.group.rawValue): \(board.group.title)", x: area.x, y: y, style: Theme.slide, maxWidth: area.width)
            y += 1
            for leader in board.rows where y < area.bottom {
                put(&buffer, "\(leader.rank).", x: area.x + 2, y: y, style: Theme.slideTitle)
                put(&buffer, leader.name, x: area.x + 6, y: y, style: Theme.slideText, maxWidth: nameWidth - 6)
                put(&buffer, VietText.rightAligned(formatPoints(leader.total), toWidth: 6), x: area.x + nameWidth + 1, y: y, style: Theme.slide)
                put(&buffer, leader.band, x: area.x + nameWidth + 9, y: y, style: Theme.slideGood, maxWidth: 20)
                y += 1
            }
            y += 1
        }
    }

    private static func initiatives(_ buffer: inout Buffer, _ area: Rect, _ facts: PresentationFacts) {
        let total = facts.initiativesByArea.values.reduce(0, +)
        let most = facts.initiativesByArea.values.max() ?? 0
        put(&buffer, "\(total) sáng kiến, mô hình hay đang theo dõi", x: area.x, y: area.y, style: Theme.slideText)
        BarChart.render(ContentArea.allCases.map { area in
            let count = facts.initiativesByArea[area] ?? 0
            return .init(label: "\(area.rawValue). \(area.title)", value: count, of: most, figure: String(count))
        }, into: &buffer, area: Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2), style: Theme.slideBar,
           gap: ContentArea.allCases.count * 2 + 1 <= area.height ? 1 : 0)
    }

    private static func awards(_ buffer: inout Buffer, _ area: Rect, _ facts: PresentationFacts) {
        guard let round = facts.awardRound else { return }
        let use = facts.quotaUse
        let awarded = use.awarded[.unit] ?? 0
        var y = area.y
        y += figure(&buffer, "\(awarded)/\(round.quota.collective)",
                    caption: ["tập thể được khen", "\(round.title) · chỉ tiêu Giấy khen"],
                    at: Rect(x: area.x, y: y, width: area.width, height: area.height), style: Theme.slideGood) + 1
        let bars = [("Tập thể đề nghị", use.proposed[.unit], round.quota.collective),
                    ("Tập thể được khen", use.awarded[.unit], round.quota.collective),
                    ("Cá nhân đề nghị", use.proposed[.person], round.quota.individual),
                    ("Cá nhân được khen", use.awarded[.person], round.quota.individual)]
        BarChart.render(bars.map { label, count, quota in
            BarChart.Bar(label: label, value: count ?? 0, of: quota, figure: "\(count ?? 0)/\(quota)")
        }, into: &buffer, area: Rect(x: area.x, y: y, width: area.width, height: area.bottom - y), style: Theme.slideGood,
           gap: area.bottom - y >= 2 * bars.count ? 1 : 0)
    }

    /// The body of a slide at this screen size (as `render` lays it out): below its title.
    private static func body(title: String, width: Int, height: Int) -> Rect {
        let top = blockTitle(title, width: width, height: height) ? 3 + BlockLetters.height : 4
        return Rect(x: margin(width), y: top, width: width - 2 * margin(width), height: height - top - 2)
    }

    /// Rows of the overdue list on its first slide (below the figure) and on each slide after.
    private static func overdueRows(width: Int, height: Int) -> (first: Int, next: Int) {
        let area = body(title: Slide.overdue.title.uppercased(), width: width, height: height)
        let scale = figureScale("000", area: area, height: height)
        let beside = captionBeside(BigFigure.width("000", scale: scale), area)
        let figureRows = BigFigure.height(scale: scale) + (beside ? 0 : 3)
        return (max(1, area.height - figureRows - 2), max(1, area.height - 1))
    }

    /// How many slides the overdue list takes: nothing is cut, the rest goes on over slides.
    static func overduePages(_ facts: PresentationFacts, width: Int, height: Int) -> Int {
        let rows = overdueRows(width: width, height: height)
        let rest = max(0, facts.overdueReports.count - rows.first)
        return 1 + (rest + rows.next - 1) / rows.next
    }

    private static func overdue(_ buffer: inout Buffer, _ area: Rect, _ facts: PresentationFacts, page: Int) {
        var y = area.y
        let rows = overdueRows(width: buffer.width, height: buffer.height)
        let first = page == 0 ? 0 : rows.first + (page - 1) * rows.next
        if page == 0 {
            y += figure(&buffer, String(facts.overdueReports.count), caption: ["báo cáo quá hạn chưa nhận",
                                                                               "\(facts.overdueActivities) hoạt động quá hạn"],
                        at: Rect(x: area.x, y: y, width: area.width, height: area.height),
                        style: facts.overdueReports.isEmpty ? Theme.slideGood : Theme.slideBad) + 1
        }
        let shown = facts.overdueReports.dropFirst(first).prefix(page == 0 ? rows.first : rows.next)
        for reminder in shown where y < area.bottom {
            let days = if case .overdue(let d) = reminder.status { d } else { 0 }
            put(&buffer, "• \(reminder.unitName) — \(reminder.slot.title), quá \(days) ngày", x: area.x, y: y,
                style: Theme.slideText, maxWidth: area.width)
            y += 1
        }
        if first + shown.count < facts.overdueReports.count {
            put(&buffer, "→ còn \(facts.overdueReports.count - first - shown.count) báo cáo ở trang sau", x: area.x, y: area.bottom - 1,
                style: Theme.slideMuted, maxWidth: area.width)
        }
    }
}
