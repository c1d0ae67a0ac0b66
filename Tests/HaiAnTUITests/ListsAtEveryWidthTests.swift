import Model
import SnapshotTesting
import Testing
@testable import HaiAnTUI

/// Every list from 80×24 up: the name column is never the one dropped, the other columns
/// give way by their stated priority, and the tab line and headers do not overwrite each other.
@Suite struct ListsAtEveryWidthTests {
    enum List: String, CaseIterable, Sendable { case units, people, initiatives, reminders, awards }
    static let sizes = [(80, 24), (100, 30), (200, 60)]

    /// The list on screen, and the start of the first row's name as it should read there.
    private func shown(_ list: List, width: Int, height: Int) throws -> (AppState, String) {
        let pane: PaneID = switch list {
        case .units, .people, .initiatives: .units
        case .reminders: .reports
        case .awards: .awards
        }
        let (fixture, start) = try Fixture.demo(pane, width: width, height: height)
        switch list {
        case .units: return (start, try #require(start.browser.units.rows.first?.unit.name))
        case .people:
            let state = fixture.run(start, .switchView)
            return (state, try #require(state.browser.people.rows.first?.person.name))
        case .initiatives:
            let state = fixture.run(start, .switchView, .switchView)
            return (state, try #require(state.browser.initiatives.rows.first?.initiative.title))
        case .reminders:
            let state = fixture.run(start, .switchView)
            return (state, try #require(state.reports.reminders.first?.unitName))
        case .awards:
            // The 2025 round, whose award flow the demo carries to its decision.
            let state = fixture.run(start, .switchRound(-1))
            return (state, try #require(state.awards.shown.first?.proposal.name))
        }
    }

    @Test(arguments: List.allCases)
    func everyListShowsNamesAtEverySize(_ list: List) throws {
        for (width, height) in Self.sizes {
            let (state, name) = try shown(list, width: width, height: height)
            let text = screen(state)
            // At least the name's first 12 columns (or the whole of a short one) are on screen.
            #expect(text.contains(VietText.truncate(name, toWidth: 12).replacingOccurrences(of: "…", with: "")),
                    "\(list) at \(width)×\(height)")
            #expect(!text.contains("Tập thể đang hoạt động") || list == .units, "\(list): another list's count")
            assertSnapshot(of: text, as: .lines, named: "\(list.rawValue)-\(width)x\(height)")
        }
    }

    @Test func columnsGiveWayByPriorityAndTheNameStays() {
        let columns = [Column("#", width: 5, priority: 1), Column("Tên", width: 20, flex: true),
                       Column("Nhóm", width: 6, priority: 5), Column("Điểm", width: 18, priority: 0)]
        #expect(Table.widths(of: columns, total: 80) == [5, 48, 6, 18])
        #expect(Table.widths(of: columns, total: 40) == [5, 27, 6, 0])
        #expect(Table.widths(of: columns, total: 28) == [0, 21, 6, 0])
        // Too narrow even for the name alone: it is cut, never dropped.
        #expect(Table.widths(of: columns, total: 12) == [0, 12, 0, 0])
    }
}
