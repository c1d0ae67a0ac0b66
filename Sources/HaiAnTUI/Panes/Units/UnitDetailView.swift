import Model

/// Pane 1's detail of one unit: who it is, its people and initiatives on the left; its
/// registrations, reports and scores by round on the right.
enum UnitDetailView {
    static func render(into buffer: inout Buffer, body: Rect, state: AppState) {
        guard let detail = state.browser.detail else {
            buffer.put("Đang đọc…", x: body.x + 1, y: body.y, style: Theme.muted)
            return
        }
        let unit = detail.unit
        var title = unit.name
        if unit.archived { title += " (đã lưu trữ)" }
        buffer.put(title, x: body.x + 1, y: body.y, style: Theme.title, maxWidth: body.width - 2)
        var facts = ["Nhóm \(unit.group.rawValue): \(unit.group.title)"]
        if !unit.head.isEmpty { facts.append("Đứng đầu: \(unit.head)") }
        if !unit.phone.isEmpty { facts.append("ĐT: \(unit.phone)") }
        if !unit.role.isEmpty { facts.append(unit.role) }
        buffer.put(facts.joined(separator: " · "), x: body.x + 1, y: body.y + 1, style: Theme.muted, maxWidth: body.width - 2)

        let half = (body.width - 3) / 2
        let left = Rect(x: body.x + 1, y: body.y + 3, width: half, height: body.height - 3)
        let right = Rect(x: body.x + 2 + half, y: body.y + 3, width: body.width - 3 - half, height: body.height - 3)
        let peopleRows = max(3, (left.height - 3) / 2)
        var y = section(into: &buffer, "Cá nhân (\(detail.people.count))", at: left, y: left.y, limit: peopleRows,
                        lines: detail.people.map { person in
                            let facts = [person.position, person.kind.title, person.gender?.title ?? "",
                                         person.bornOn.map { "sinh \($0.display)" } ?? ""].filter { !$0.isEmpty }
                            return ("\(person.name) — \(facts.joined(separator: ", "))", nil)
                        },
                        empty: "Chưa có ai. Bấm p để thêm.")
        _ = section(into: &buffer, "Sáng kiến, mô hình (\(detail.initiatives.count))", at: left, y: y + 1, limit: left.bottom - y - 3,
                    lines: detail.initiatives.map { ("\($0.area.rawValue) · \($0.title)", InitiativesList.style($0.status)) },
                    empty: "Chưa có. Bấm i để thêm.")

        y = section(into: &buffer, "Đăng ký thi đua", at: right, y: right.y, limit: 4,
                    lines: detail.registrations.map { registration in
                        let areas = registration.areas.isEmpty ? "" : " · nội dung \(ContentArea.label(registration.areas))"
                        return ("✓ \(registration.term.title): \(registration.registeredOn.display)\(areas)", Theme.good)
                    }, empty: "Chưa đăng ký. Bấm r để đăng ký.")
        let reports = detail.reports.map { line -> (String, Style?) in
            let status = line.slot.status(received: line.received, today: state.today)
            return ("\(status.symbol) \(line.slot.shortTitle.padding(toLength: 11, withPad: " ", startingAt: 0)) \(line.slot.statusPhrase(received: line.received, today: state.today))",
                    ReportsPane.style(for: status))
        }
        y = section(into: &buffer, "Báo cáo (tính đến \(state.today.display))", at: right, y: y + 1,
                    limit: max(3, right.bottom - y - 8), lines: reports, empty: "Không phải gửi báo cáo nào.")
        let scores = detail.scores.map { score -> (String, Style?) in
            let own = score.selfTotal.map(formatPoints) ?? "—"
            let council = score.councilTotal.map { "\(formatPoints($0)) · \(state.data.bands.label(for: $0))" } ?? "chưa chấm"
            return ("\(score.round): tự chấm \(own) · Hội đồng \(council)", nil)
        }
        _ = section(into: &buffer, "Điểm theo đợt", at: right, y: y + 1, limit: right.bottom - y - 3, lines: scores,
                    empty: "Chưa có điểm.")
    }

    /// A heading and up to `limit` lines, with "… và N nữa" when some are left out;
    /// returns the row after the last one drawn.
    private static func section(into buffer: inout Buffer, _ heading: String, at area: Rect, y: Int, limit: Int,
                                lines: [(String, Style?)], empty: String) -> Int {
        guard y < area.bottom else { return y }
        buffer.put(heading, x: area.x, y: y, style: Theme.columnHeader, maxWidth: area.width)
        var row = y + 1
        if lines.isEmpty {
            buffer.put(empty, x: area.x, y: row, style: Theme.muted, maxWidth: area.width)
            return row + 1
        }
        let room = max(1, min(limit, area.bottom - row))
        let shown = lines.count > room ? room - 1 : lines.count
        for (text, style) in lines.prefix(shown) where row < area.bottom {
            buffer.put(text, x: area.x, y: row, style: style ?? .plain, maxWidth: area.width)
            row += 1
        }
        if shown < lines.count, row < area.bottom {
            buffer.put("… và \(lines.count - shown) nữa", x: area.x, y: row, style: Theme.muted, maxWidth: area.width)
            row += 1
        }
        return row
    }
}
