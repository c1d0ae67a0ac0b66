import Model

/// Pane 1's list of every person, given name first (the Vietnamese way).
enum PeopleList {
    static func table(_ state: AppState) -> Table {
        let query = state.browser.personQuery
        let window = state.browser.people
        let rows = window.rows.enumerated().map { index, row in
            [TableCell(String(window.start + index + 1)), TableCell(row.person.name),
             TableCell(row.unitName.isEmpty ? "—" : row.unitName, style: row.unitName.isEmpty ? Theme.muted : nil),
             TableCell(row.person.position), TableCell(row.person.kind.title),
             row.registeredOn.map { TableCell($0.display) } ?? TableCell("—", style: Theme.muted), TableCell(String(row.initiatives))]
        }
        let sort = query.sort
        return Table(
            // The name and the unit stay; then the registration, the kind, the position.
            columns: [Column("#", width: 7, alignment: .right, priority: 1),
                      Column(UnitsPane.title("Họ và tên", sorted: sort.column == .name, descending: sort.descending), width: 22,
                             flex: true),
                      Column("Đơn vị", width: 20, flex: true, priority: 5), Column("Chức vụ", width: 14, priority: 2),
                      Column(UnitsPane.title("Đối tượng", sorted: sort.column == .kind, descending: sort.descending), width: 20,
                             priority: 3),
                      Column("Đăng ký \(query.year)", width: 12, priority: 4),
                      Column("SK", width: 3, alignment: .right, priority: 1)],
            rows: rows, list: state.browser.list(.people),
            emptyText: query.search.isEmpty ? "Chưa có cá nhân nào. Bấm n để thêm." : "Không có ai khớp “\(query.search)”.",
            firstRow: window.start, total: window.total)
    }
}
