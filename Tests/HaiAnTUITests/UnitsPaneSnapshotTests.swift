import Model
import SnapshotTesting
import Storage
import Testing
@testable import HaiAnTUI

/// Pane 1's form, detail and other lists on the commune demo (seed 3), 21/05/2026.
@Suite struct UnitsPaneSnapshotTests {
    @Test func unitForm() throws {
        let (fixture, state) = try Fixture.demo()
        assertSnapshot(of: screen(fixture.run(state, .openNew)), as: .lines)
    }

    @Test func unitDetail() throws {
        let (fixture, state) = try Fixture.demo()
        let detail = fixture.run(state, .move(16), .openDetail)
        #expect(detail.browser.detail?.unit.group == .b)
        assertSnapshot(of: screen(detail), as: .lines)
        #expect(fixture.run(detail, .closeDetail).browser.detailID == nil)
    }

    @Test func peopleAndInitiativeLists() throws {
        let (fixture, state) = try Fixture.demo()
        let people = fixture.run(state, .switchView)
        let names = people.browser.people.rows.map(\.person.name)
        #expect(names == names.sorted(by: VietText.personNamePrecedes))
        assertSnapshot(of: screen(people), as: .lines, named: "people")
        assertSnapshot(of: screen(fixture.run(people, .switchView, .cycleFilter)), as: .lines, named: "initiatives-area-a")
    }

    @Test func searchFiltersAsYouTypeAndEscapeClears() throws {
        let (fixture, state) = try Fixture.demo()
        var searching = fixture.run(state, .startSearch)
        for character in "xom" { searching = fixture.run(searching, .searchInput(character)) }
        #expect(searching.browser.units.total == 20)
        #expect(screen(searching).contains("20 kết quả"))
        #expect(fixture.run(searching, .searchClear).browser.units.total == 75)
    }

    @Test func scrollingReadsOnlyAWindow() throws {
        let (fixture, _) = try Fixture.demo()
        let moved = fixture.run(try fixture.state(width: 80, height: 24), .last)
        #expect(moved.browser.selectedUnit != nil)
        #expect(moved.browser.units.rows.count < 75)
        #expect(screen(moved).contains("75/75"))
    }
}
