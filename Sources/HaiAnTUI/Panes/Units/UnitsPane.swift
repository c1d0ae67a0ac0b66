import Model

/// Pane 1: the three lists (collectives, people, initiatives) under one line of tabs and
/// one line of filters and search, or the detail of one unit.
enum UnitsPane {
    static func listArea(in body: Rect) -> Rect {
        Rect(x: body.x + 1, y: body.y + 2, width: body.width - 2, height: body.height - 2)
    }

    static func render(into buffer: inout Buffer, body: Rect, state: AppState) {
        let browser = state.browser
        if browser.detailID != nil {
            UnitDetailView.render(into: &buffer, body: body, state: state)
            return
        }
        var x = body.x + 1
        for view in UnitsView.allCases {
            let active = view == browser.view
            x += buffer.put(" \(view.title) ", x: x, y: body.y, style: active ? Theme.tabActive : Theme.tabInactive)
            x += 1
        }
        x += buffer.put("(v: đổi)", x: x, y: body.y, style: Theme.muted)
        // The count of what the list holds, at the right, in the longest form that fits.
        if let summary = summaries(state).first(where: { VietText.displayWidth($0) <= body.right - 1 - (x + 2) }) {
            buffer.put(summary, x: body.right - 1 - VietText.displayWidth(summary), y: body.y, style: Theme.muted)
        }
        renderFilterLine(into: &buffer, y: body.y + 1, body: body, state: state)
        let area = listArea(in: body)
        switch browser.view {
        case .units: table(state).render(into: &buffer, area: area)
        case .people: PeopleList.table(state).render(into: &buffer, area: area)
        case .initiatives: InitiativesList.table(state).render(into: &buffer, area: area)
        }
    }

    private static func summaries(_ state: AppState) -> [String] {
        switch state.browser.view {
        case .units:
            let counts = UnitGroup.allCases.map { "\($0.rawValue): \(state.data.unitCounts[$0] ?? 0)" }
            return ["Tập thể đang hoạt động \(state.data.activeUnits) (nhóm " + counts.joined(separator: ", ") + ")",
                    "Đang hoạt động \(state.data.activeUnits)", "\(state.data.activeUnits) tập thể"]
        case .people:
            let count = state.browser.total(.people)
            return ["Cá nhân trong danh sách \(count)", "\(count) cá nhân"]
        case .initiatives:
            let count = state.browser.total(.initiatives)
            return ["Sáng kiến, mô hình trong danh sách \(count)", "\(count) sáng kiến"]
        }
    }

    /// Filters, order and search of the list shown, each with the key that changes it.
    private static func renderFilterLine(into buffer: inout Buffer, y: Int, body: Rect, state: AppState) {
        let browser = state.browser
        var parts: [String]
        switch browser.view {
        case .units:
            let query = browser.unitQuery
            parts = [query.archived ? "Đã lưu trữ" : "Đang hoạt động",
                     "Nhóm: " + (query.group.map { "\($0.rawValue) – \($0.title)" } ?? "tất cả"),
                     "Đăng ký \(query.year): \(query.registration.title.lowercased())",
                     "Sắp xếp: \(query.sort.column.title) \(arrow(query.sort.descending))"]
        case .people:
            let query = browser.personQuery
            parts = [query.archived ? "Đã lưu trữ" : "Đang hoạt động",
                     "Đăng ký \(query.year): \(query.registration.title.lowercased())",
                     "Sắp xếp: \(query.sort.column.title) \(arrow(query.sort.descending))"]
        case .initiatives:
            let query = browser.initiativeQuery
            parts = ["Nội dung: " + (query.area.map { "\($0.rawValue) – \($0.title)" } ?? "tất cả"),
                     "Trạng thái: " + (query.status?.title.lowercased() ?? "tất cả")]
        }
        let x = body.x + 1
        let searchShown = browser.searching || !browser.search.isEmpty
        let used = buffer.put(parts.joined(separator: " · "), x: x, y: y, style: Theme.muted,
                              maxWidth: searchShown ? body.width / 2 + 10 : body.width - 2)
        guard searchShown else { return }
        let found = browser.total(browser.view)
        let search = "Tìm: \(browser.search)" + (browser.searching ? "▏ (\(state.typingStatus))" : "")
        var searchX = x + used + 3
        searchX += buffer.put(search, x: searchX, y: y, style: browser.searching ? Theme.fieldFocused : Theme.message,
                              maxWidth: body.right - searchX - 1)
        let note = found == 0 ? " không thấy" : " \(found) kết quả"
        buffer.put(note, x: searchX, y: y, style: found == 0 ? Theme.bad : Theme.muted, maxWidth: max(0, body.right - searchX - 1))
    }

    static func arrow(_ descending: Bool) -> String { descending ? "▼" : "▲" }

    /// A column title with the sort arrow when the list is sorted by it.
    static func title(_ text: String, sorted: Bool, descending: Bool) -> String {
        sorted ? "\(text) \(arrow(descending))" : text
    }

    private static func table(_ state: AppState) -> Table {
        let query = state.browser.unitQuery
        let window = state.browser.units
        let rows = window.rows.enumerated().map { index, row in
            [TableCell(String(window.start + index + 1)), TableCell(row.unit.name), TableCell(row.unit.group.rawValue),
             TableCell(row.unit.head.isEmpty ? "—" : row.unit.head, style: row.unit.head.isEmpty ? Theme.muted : nil),
             row.registeredOn.map { TableCell("✓ " + $0.display, style: Theme.good) } ?? TableCell("✗ chưa", style: Theme.muted),
             TableCell(String(row.people)), TableCell(String(row.initiatives)),
             row.latestScore.map { TableCell("\(formatPoints($0.total)) (\($0.round))") } ?? TableCell("—", style: Theme.muted)]
        }
        let sort = query.sort
        return Table(
            // Narrow screens drop first the latest score, then the counts, the row number.
            columns: [Column("#", width: 5, alignment: .right, priority: 2),
                      Column(title("Tên đơn vị", sorted: sort.column == .name, descending: sort.descending), width: 26, flex: true),
                      Column(title("Nhóm", sorted: sort.column == .group, descending: sort.descending), width: 6, priority: 5),
                      Column(title("Người đứng đầu", sorted: sort.column == .head, descending: sort.descending), width: 22,
                             priority: 3),
                      Column("Đăng ký \(query.year)", width: 13, priority: 4), Column("Người", width: 5, alignment: .right, priority: 1),
                      Column("SK", width: 3, alignment: .right, priority: 1), Column("Điểm gần nhất", width: 18)],
            rows: rows, list: state.browser.list(.units),
            emptyText: query.search.isEmpty ? "Không có đơn vị nào ở đây." : "Không có đơn vị nào khớp “\(query.search)”.",
            firstRow: window.start, total: window.total)
    }
}
