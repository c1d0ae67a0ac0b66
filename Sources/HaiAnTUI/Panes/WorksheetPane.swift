import Model

/// Pane 4: each group's criteria template with its maximum points and their sum.
enum WorksheetPane {
    static func listArea(in body: Rect) -> Rect {
        Rect(x: body.x + 1, y: body.y + 3, width: body.width - 2, height: body.height - 6)
    }

    static func render(into buffer: inout Buffer, body: Rect, state: AppState) {
        var x = body.x + 1
        for (index, template) in state.data.templates.enumerated() {
            let label = " \(template.group.shortTitle) (\(formatPoints(template.totalPoints))) "
            x += buffer.put(label, x: x, y: body.y, style: index == state.worksheetGroup ? Theme.tabActive : Theme.tabInactive)
            x += 1
        }
        guard let template = state.currentTemplate else {
            buffer.put("Chưa có bộ tiêu chí.", x: body.x + 1, y: body.y + 2, style: Theme.muted)
            return
        }
        buffer.put("Bộ tiêu chí: \(template.group.title)", x: body.x + 1, y: body.y + 1, style: Theme.title,
                   maxWidth: body.width - 2)
        let rows = template.criteria.map {
            [TableCell($0.code), TableCell($0.title), TableCell(formatPoints($0.maxPoints))]
        }
        let area = listArea(in: body)
        Table(columns: [Column("Mã", width: 4), Column("Tiêu chí", flex: true), Column("Tối đa", width: 7, alignment: .right)],
              rows: rows, list: state.list(.worksheet)).render(into: &buffer, area: area)

        let sumY = min(area.y + 1 + template.criteria.count, area.bottom)
        let sumText = template.isUsable
            ? ("✓ Tổng \(formatPoints(template.totalPoints)) điểm", Theme.good)
            : ("✗ Tổng \(formatPoints(template.totalPoints)) điểm, lệch \(formatSigned(template.imbalance)) so với 100", Theme.bad)
        buffer.put(sumText.0, x: area.x, y: sumY, style: sumText.1, maxWidth: area.width)

        let bands = state.data.bands
        let bandText = bands.bands.map { "≥ \(formatPoints($0.minimum)) \($0.label)" } + ["còn lại \(bands.belowAll)"]
        buffer.put("Xếp loại: " + bandText.joined(separator: " · "), x: body.x + 1, y: body.bottom - 2,
                   maxWidth: body.width - 2)
        buffer.put("Kế hoạch không quy định điểm: đây là thang điểm mặc định, Hội đồng có thể sửa.",
                   x: body.x + 1, y: body.bottom - 1, style: Theme.muted, maxWidth: body.width - 2)
    }

    private static func formatSigned(_ value: Double) -> String {
        (value > 0 ? "+" : "") + formatPoints(value)
    }
}
