/// The geometry of a grid whose columns are cells of one width (deadlines, criteria): the
/// name column at the left, as many cells as fit scrolled so the selected one shows, then a
/// summary at the right. The name takes what the cells leave, between its bounds, so it is
/// never lost and never pushes the figures to the far edge of a wide screen.
struct ColumnWindow {
    let nameWidth: Int
    let first: Int
    let count: Int
    let x: Int
    let cellWidth: Int

    init(area: Rect, columns: Int, selected: Int, cellWidth: Int, summaryWidth: Int, name: ClosedRange<Int>) {
        self.cellWidth = cellWidth
        let capacity = max(1, (area.width - name.lowerBound - 1 - summaryWidth) / (cellWidth + 1))
        count = min(capacity, columns)
        // A selection past the last column (a criterion removed meanwhile, by this program or
        // another) shows the last ones: the window never reaches past the columns there are.
        let selected = min(max(0, selected), max(0, columns - 1))
        first = selected < count ? 0 : selected - count + 1
        nameWidth = max(name.lowerBound, min(name.upperBound, area.width - summaryWidth - count * (cellWidth + 1) - 1))
        x = area.x + nameWidth + 1
    }

    /// The columns in view.
    var indices: Range<Int> { first..<(first + count) }
    func columnX(_ index: Int) -> Int { x + (index - first) * (cellWidth + 1) }
    var summaryX: Int { x + count * (cellWidth + 1) }
}
