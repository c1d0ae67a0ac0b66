import Model

/// Pane 4's second view: the round's criteria for the group with their maximum points and
/// their sum, which must be 100 before the template can be used.
enum CriteriaView {
    static func render(into buffer: inout Buffer, body: Rect, state: AppState, template: CriteriaTemplate) {
        let area = WorksheetPane.listArea(in: body)
        let rows = template.criteria.map {
            [TableCell($0.code), TableCell($0.title), TableCell(formatPoints($0.maxPoints))]
        }
        Table(columns: [Column("Mã", width: 5), Column("Tiêu chí", flex: true), Column("Tối đa", width: 7, alignment: .right)],
              rows: rows, list: state.worksheet.list(.criteria), emptyText: "Chưa có tiêu chí nào (n: thêm).")
            .render(into: &buffer, area: area)

        let y = body.bottom - WorksheetPane.bottomHeight
        buffer.fill(Rect(x: body.x + 1, y: y, width: body.width - 2, height: 1), symbol: "─", style: Theme.muted)
        let sum = template.isUsable
            ? ("✓ Tổng \(formatPoints(template.totalPoints)) điểm", Theme.good)
            : ("✗ Tổng \(formatPoints(template.totalPoints)) điểm, lệch \(formatSignedPoints(template.imbalance)) so với 100", Theme.bad)
        buffer.put(sum.0, x: body.x + 1, y: y + 1, style: sum.1, maxWidth: body.width - 2)
        buffer.put("Sửa bộ tiêu chí đã có điểm sẽ tạo bản mới; điểm đã chấm giữ bản cũ và tổng cũ.", x: body.x + 1, y: y + 2,
                   maxWidth: body.width - 2)
        buffer.put("Kế hoạch không quy định điểm: đây là thang điểm mặc định, Hội đồng sửa theo từng vòng.",
                   x: body.x + 1, y: y + 3, style: Theme.muted, maxWidth: body.width - 2)
    }
}
