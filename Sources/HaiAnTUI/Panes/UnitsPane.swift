import Model

/// Pane 1: the collectives by group, with the selected one's details below.
enum UnitsPane {
    static let detailHeight = 4

    static func listArea(in body: Rect) -> Rect {
        Rect(x: body.x + 1, y: body.y + 2, width: body.width - 2, height: body.height - 2 - detailHeight)
    }

    static func render(into buffer: inout Buffer, body: Rect, state: AppState) {
        let units = state.data.units
        let counts = UnitGroup.allCases.map { "Nhóm \($0.rawValue) (\($0.title)): \(state.data.units(in: $0).count)" }
        buffer.put("Tập thể: \(units.count) · " + counts.joined(separator: " · "), x: body.x + 1, y: body.y,
                   style: Theme.title, maxWidth: body.width - 2)
        let rows = units.enumerated().map { index, unit in
            [TableCell(String(index + 1)), TableCell(unit.name), TableCell(unit.group.rawValue),
             TableCell(unit.head.isEmpty ? "—" : unit.head, style: unit.head.isEmpty ? Theme.muted : nil),
             TableCell(unit.role)]
        }
        let table = Table(
            columns: [Column("#", width: 3, alignment: .right), Column("Tên đơn vị", flex: true), Column("Nhóm", width: 4),
                      Column("Người đứng đầu", width: 18), Column("Vai trò trong phong trào", flex: true)],
            rows: rows, list: state.list(.units), emptyText: "Chưa có đơn vị nào.")
        table.render(into: &buffer, area: listArea(in: body))

        let detail = Rect(x: body.x + 1, y: body.bottom - detailHeight, width: body.width - 2, height: detailHeight)
        buffer.fill(Rect(x: detail.x, y: detail.y, width: detail.width, height: 1), symbol: "─", style: Theme.muted)
        guard units.indices.contains(state.list(.units).selected) else { return }
        let unit = units[state.list(.units).selected]
        buffer.put(unit.name, x: detail.x, y: detail.y + 1, style: Theme.title, maxWidth: detail.width)
        buffer.put("Nhóm \(unit.group.rawValue): \(unit.group.title)", x: detail.x, y: detail.y + 2, maxWidth: detail.width)
        buffer.put(unit.role, x: detail.x, y: detail.y + 3, style: Theme.muted, maxWidth: detail.width)
    }
}
