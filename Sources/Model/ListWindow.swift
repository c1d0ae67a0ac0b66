/// A slice of a long list: the rows from `start`, out of `total` that match the query.
/// Lists are read a window at a time, so a province's 10,000 units cost what 40 do.
public struct ListWindow<Row: Equatable & Sendable>: Equatable, Sendable {
    public var total: Int
    public var start: Int
    public var rows: [Row]

    public init(total: Int = 0, start: Int = 0, rows: [Row] = []) {
        self.total = total
        self.start = start
        self.rows = rows
    }

    /// The row at a position in the whole list, when this window holds it.
    public func row(at index: Int) -> Row? {
        let local = index - start
        return rows.indices.contains(local) ? rows[local] : nil
    }

    /// True when the window holds every row from `offset` for `count` rows (or to the end).
    public func covers(offset: Int, count: Int) -> Bool {
        let end = min(total, offset + count)
        return offset >= start && end <= start + rows.count
    }
}

/// Which direction a sorted column runs.
public struct SortOrder<Column: Hashable & Sendable>: Hashable, Sendable {
    public var column: Column
    public var descending: Bool

    public init(_ column: Column, descending: Bool = false) {
        self.column = column
        self.descending = descending
    }
}
