import Model
import Testing
@testable import HaiAnTUI

/// The grid of criteria (or deadlines) never reaches past the columns there are.
@Suite struct ColumnWindowTests {
    @Test(arguments: [0, 3, 7, 8, 12, 40])
    func theWindowStaysWithinTheColumns(_ selected: Int) {
        for width in [60, 80, 120, 200] {
            let grid = ColumnWindow(area: Rect(x: 0, y: 0, width: width, height: 20), columns: 8, selected: selected,
                                    cellWidth: 6, summaryWidth: 22, name: 16...40)
            #expect(grid.indices.lowerBound >= 0 && grid.indices.upperBound <= 8, "width \(width), selected \(selected)")
            #expect(grid.indices.contains(min(selected, 7)), "the selected column, or the last, is in view")
        }
    }

    /// The monkey found this: a criterion removed while the last column was selected left the
    /// worksheet drawing a column past the template, and the program stopped.
    @Test func theWorksheetDrawsWhenItsSelectionIsPastTheCriteria() throws {
        let (fixture, start) = try Fixture.demo(.worksheet, width: 80, height: 24)
        var state = start
        state.worksheet.column = 30
        #expect(screen(fixture.run(state, .move(0))).contains("Tổng"))
    }
}
