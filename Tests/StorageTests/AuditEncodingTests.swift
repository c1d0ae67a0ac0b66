import Foundation
import Testing
@testable import Storage

/// The trail's snapshots are written by hand as JSON: Foundation's own reader reads them back
/// to the same values, whatever the text holds.
@Suite struct AuditEncodingTests {
    @Test func aSnapshotReadsBackToTheSameValues() throws {
        let snapshot: Audit.Snapshot = [
            "name": .text("Xóm \"Bốn\" \\ \n\t\r \u{1}\u{1F} 🌾 / </x>"), "id": .integer(-9_223_372_036_854_775_807),
            "points": .real(8.5), "whole": .real(8), "tiny": .real(0.000_01), "big": .real(1e20), "none": .null, "b": .text(""),
        ]
        let text = try #require(try Audit.encode(snapshot))
        #expect(try Audit.decode(text) == snapshot)
        // Keys sorted, as JSONEncoder's .sortedKeys wrote them: the same row gives the same text.
        let keys = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]).keys.sorted()
        #expect(text.hasPrefix("{\"b\":\"\",\"big\":") && keys.count == snapshot.count)
        #expect(try Audit.encode(nil) == nil && (try Audit.encode([:])) == "{}")
    }
}
