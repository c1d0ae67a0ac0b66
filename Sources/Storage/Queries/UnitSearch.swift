import Foundation
import GRDB
import Model
import Synchronization

/// The units a list's filters keep (the search aside), in the list's order, with their folded
/// names, kept between keystrokes. A search narrows them in memory: SQL answers "how many names
/// contain these letters" only by reading every name again at each keystroke (~2 ms at province
/// size, ten thousand units), and a trigram index cannot look up one or two letters. Scanning
/// the kept names takes ~0.1 ms; about 400 KB for ten thousand units.
final class UnitSearchCache: Sendable {
    /// What the kept names were read for: the filters, and the reading connection's count of
    /// commits made by the others (each reader keeps its own, and GRDB keeps a reader for the
    /// pool's life), so any save, by this program or another, makes them read again.
    private struct Key: Equatable {
        var query: UnitQuery
        var connection: String
        var version: Int
    }

    private struct Candidates {
        var key: Key
        var ids: [Int64] = []
        /// The folded names end to end; name i is bytes ends[i-1]..<ends[i].
        var names: [UInt8] = []
        var ends: [Int] = []
    }

    private let kept = Mutex<Candidates?>(nil)

    /// The ids of the units `query` keeps whose folded name contains `needle`, in the list's order.
    func matches(_ db: Database, _ query: UnitQuery, needle: [UInt8]) throws -> [Int64] {
        let key = try Self.key(db, query)
        let candidates = try kept.withLock { kept in
            if let kept, kept.key == key { return kept }
            let read = try Self.read(db, key)
            kept = read
            return read
        }
        return Self.narrow(candidates, to: needle)
    }

    /// How many units `query`'s filters keep, when the names kept still answer it (a search
    /// just erased, or the list scrolled after one); nil otherwise.
    func keptCount(_ db: Database, _ query: UnitQuery) throws -> Int? {
        let key = try Self.key(db, query)
        return kept.withLock { $0?.key == key ? $0?.ids.count : nil }
    }

    private static func key(_ db: Database, _ query: UnitQuery) throws -> Key {
        var filters = query
        filters.search = ""
        return Key(query: filters, connection: db.description,
                   version: try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0)
    }

    private static func read(_ db: Database, _ key: Key) throws -> Candidates {
        let sql = UnitListSQL(key.query)
        var candidates = Candidates(key: key)
        let rows = try Row.fetchCursor(db, sql: "SELECT u.id, u.name_fold \(sql.filter.sql) ORDER BY \(sql.order)",
                                       arguments: sql.filter.arguments)
        while let row = try rows.next() {
            candidates.ids.append(row[0])
            candidates.names.append(contentsOf: (row[1] as String).utf8)
            candidates.ends.append(candidates.names.count)
        }
        return candidates
    }

    private static func narrow(_ candidates: Candidates, to needle: [UInt8]) -> [Int64] {
        var found: [Int64] = []
        candidates.names.withUnsafeBytes { names in
            needle.withUnsafeBytes { needle in
                var start = 0
                for (index, end) in candidates.ends.enumerated() {
                    if Self.contains(UnsafeRawBufferPointer(rebasing: names[start..<end]), needle) {
                        found.append(candidates.ids[index])
                    }
                    start = end
                }
            }
        }
        return found
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
