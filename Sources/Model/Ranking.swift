/// How many subjects hold each council total in a round and group: a rank is one more than
/// the number of totals above it, so equal totals share a rank (1, 2, 2, 4) and a total
/// typed but not yet saved can be ranked without reading every row again.
public struct RankTable: Equatable, Sendable {
    /// Tenths of a point → subjects with that total.
    private var counts: [Int: Int]

    public init(totals: [(total: Double, count: Int)] = []) {
        counts = [:]
        for entry in totals { counts[Self.key(entry.total), default: 0] += entry.count }
    }

    public var ranked: Int { counts.values.reduce(0, +) }

    /// The totals added up (exact: points have at most one decimal).
    public var sum: Double { Double(counts.reduce(0) { $0 + $1.key * $1.value }) / 10 }

    /// The subjects whose total meets `predicate` (a band, say).
    public func count(where predicate: (Double) -> Bool) -> Int {
        counts.reduce(0) { $0 + (predicate(Double($1.key) / 10) ? $1.value : 0) }
    }

    /// 1 + the subjects with a higher total.
    public func rank(of total: Double) -> Int {
        let key = Self.key(total)
        return 1 + counts.reduce(0) { $0 + ($1.key > key ? $1.value : 0) }
    }

    /// The table once one subject's total moves from `old` to `new` (nil: not ranked).
    public func moving(from old: Double?, to new: Double?) -> RankTable {
        var table = self
        if let old {
            let key = Self.key(old)
            table.counts[key, default: 0] -= 1
            if table.counts[key] ?? 0 <= 0 { table.counts[key] = nil }
        }
        if let new { table.counts[Self.key(new), default: 0] += 1 }
        return table
    }

    private static func key(_ total: Double) -> Int { Int((total * 10).rounded()) }
}
