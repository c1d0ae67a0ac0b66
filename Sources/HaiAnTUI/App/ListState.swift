/// A list's selection and the first row shown, kept so scrolling is steady.
public struct ListState: Equatable, Sendable {
    public var selected = 0
    public var offset = 0

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the selection, clamped to `count` rows, and scrolls just enough to show it.
    public mutating func move(to index: Int, count: Int, visible: Int) {
        selected = count == 0 ? 0 : min(max(index, 0), count - 1)
        offset = ListState.offset(keeping: selected, from: offset, count: count, visible: visible)
    }

    /// The first row to show so `selected` is visible, moving as little as possible from `offset`.
    public static func offset(keeping selected: Int, from offset: Int, count: Int, visible: Int) -> Int {
        guard visible > 0, count > visible else { return 0 }
        var result = offset
        if selected < result { result = selected }
        if selected >= result + visible { result = selected - visible + 1 }
        return min(max(result, 0), count - visible)
    }
}
