import Model
import Testing
@testable import HaiAnTUI

/// Names typed precomposed, decomposed, or with wide characters still line up in columns.
@Suite struct AlignmentTests {
    @Test func mixedNormalFormsLineUpColumnForColumn() throws {
        var state = try Fixture().state()
        state.browser.units = ListWindow(total: 3, rows: [
            Unit(id: 1, name: "Xóm Đông Hải", group: .b, head: "Trần Văn An"),
            Unit(id: 2, name: "Xo\u{0301}m \u{0110}o\u{0302}ng Ha\u{0309}i", group: .b, head: "Tra\u{0302}\u{0300}n Va\u{0306}n An"),
            Unit(id: 3, name: "Nghe\u{0302}\u{0323} Việt 中文", group: .c, head: "Lê Thị Bình"),
        ].map { UnitRow(unit: $0) })
        let rows = screen(state).split(separator: "\n").map(String.init)
            .filter { $0.hasPrefix("     ") && ($0.dropFirst(5).first?.isNumber ?? false) }
        #expect(rows.count == 3)
        // The group column sits at the same terminal column on every row.
        let columns = rows.map { row -> Int in
            let prefix = row.components(separatedBy: row.contains("Nghệ") ? " c " : " b ")[0]
            return VietText.displayWidth(prefix)
        }
        #expect(Set(columns).count == 1, "\(columns)")
        #expect(rows[0].dropFirst(6) == rows[1].dropFirst(6))
    }
}
