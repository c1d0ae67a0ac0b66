import Foundation
import GRDB
import Model
import Synchronization

/// The rows a list's filters keep (the search aside), in the list's order, with their folded
/// names, kept between keystrokes. A search narrows them in memory: SQL answers "how many names
/// contain these letters" only by reading every name again at each keystroke (~2 ms for the
/// province's 10,000 units, ~30 ms for its 200,000 people), and a trigram index cannot look up
/// one or two letters. Scanning the kept names takes ~0.1 ms a 10,000; they take ~20 bytes a row.
final class KeptNames<Filters: Equatable & Sendable>: Sendable {
    /// What the kept names were read for: the filters, and the reading connection's count of
    /// commits made by the others (each reader keeps its own, and GRDB keeps a reader for the
    /// pool's life), so any save, by this program or another, makes them read again.
    private struct Key: Equatable {
        var filters: Filters
        var connection: String
        var version: Int
    }

    private struct Names {
        var key: Key
        var ids: [Int64] = []
        /// The folded names end to end; name i is bytes ends[i-1]..<ends[i].
        var names: [UInt8] = []
        var ends: [Int32] = []
    }

    private let kept = Mutex<Names?>(nil)

    /// How many rows `filters` keep whose folded name contains `needle`, and the ids of `limit`
    /// of them from `offset`, in the list's order (`select`, `order`, `id` and `name` read every
    /// row the filters keep). Only the page's ids are collected: at province size a letter
    /// matches 160,000 people.
    func matches(_ db: Database, _ filters: Filters, needle: [UInt8], offset: Int, limit: Int, select: SQLFilter,
                 order: String, id: String, name: String) throws -> (total: Int, page: [Int64]) {
        let key = try Self.key(db, filters)
        let names = try kept.withLock { kept in
            if let kept, kept.key == key { return kept }
            kept = nil  // the old names go before the new are read: one set in memory at a time
            let read = try Self.read(db, key, select: select, order: order, id: id, name: name)
            kept = read
            return read
        }
        return Self.narrow(names, to: needle, offset: offset, limit: limit)
    }

    /// How many rows `filters` keep, when the names kept still answer it (a search just erased,
    /// or the list scrolled after one); nil otherwise.
    func keptCount(_ db: Database, _ filters: Filters) throws -> Int? {
        let key = try Self.key(db, filters)
        return kept.withLock { $0?.key == key ? $0?.ids.count : nil }
    }

    private static func key(_ db: Database, _ filters: Filters) throws -> Key {
        Key(filters: filters, connection: db.description,
            version: try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0)
    }

    private static func read(_ db: Database, _ key: Key, select: SQLFilter, order: String, id: String,
                             name: String) throws -> Names {
        var names = Names(key: key)
        // Room made once: growing by doubling would hold two copies for a moment.
        let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) \(select.sql)", arguments: select.arguments) ?? 0
        names.ids.reserveCapacity(count)
        names.ends.reserveCapacity(count)
        names.names.reserveCapacity(count * 20)
        let rows = try Row.fetchCursor(db, sql: "SELECT \(id), \(name) \(select.sql) ORDER BY \(order)",
                                       arguments: select.arguments)
        while let row = try rows.next() {
            names.ids.append(row[0])
            names.names.append(contentsOf: (row[1] as String).utf8)
            names.ends.append(Int32(names.names.count))
        }
        return names
    }

    private static func narrow(_ kept: Names, to needle: [UInt8], offset: Int, limit: Int) -> (total: Int, page: [Int64]) {
        var total = 0
        var page: [Int64] = []
        kept.names.withUnsafeBytes { names in
            needle.withUnsafeBytes { needle in
                var start = 0
                for (index, end) in kept.ends.enumerated() {
                    if contains(UnsafeRawBufferPointer(rebasing: names[start..<Int(end)]), needle) {
                        if total >= offset && page.count < limit { page.append(kept.ids[index]) }
                        total += 1
                    }
                    start = Int(end)
                }
            }
        }
        return (total, page)
    }

    /// Whether `text` holds `needle` (Glibc's memmem is not visible to Swift): memchr finds
    /// each place the first byte is, memcmp checks the rest there.
    private static func contains(_ text: UnsafeRawBufferPointer, _ needle: UnsafeRawBufferPointer) -> Bool {
        guard let base = text.baseAddress, let first = needle.first, text.count >= needle.count else { return false }
        var from = 0
        while from + needle.count <= text.count,
              let hit = memchr(base + from, Int32(first), text.count - needle.count + 1 - from) {
            let at = base.distance(to: hit)
            if memcmp(hit, needle.baseAddress!, needle.count) == 0 { return true }
            from = at + 1
        }
        return false
    }
}
