import SnapshotTesting
import Testing
@testable import HaiAnTUI

/// Each pane at 120×40 on the seeded database, 21/05/2026, against golden text in __Snapshots__.
@Suite struct PaneSnapshotTests {
    @Test(arguments: PaneID.allCases)
    func paneAt120x40(_ pane: PaneID) throws {
        let fixture = try Fixture()
        let state = fixture.run(try fixture.state(), .selectPane(pane))
        assertSnapshot(of: screen(state), as: .lines, named: "\(pane.rawValue)-\(pane)")
    }

    @Test func helpOverlay() throws {
        assertSnapshot(of: screen(apply(try Fixture().state(), .toggleHelp)), as: .lines)
    }

    @Test(arguments: PaneID.allCases)
    func paneAt80x24(_ pane: PaneID) throws {
        let fixture = try Fixture()
        let state = fixture.run(try fixture.state(width: 80, height: 24), .selectPane(pane))
        assertSnapshot(of: screen(state), as: .lines, named: "\(pane.rawValue)-\(pane)")
    }

    @Test func timelineShowsBothPhasesAndTheReviews() throws {
        let text = screen(apply(try Fixture().state(), .selectPane(.timeline)))
        for needle in ["Giai đoạn 1", "Giai đoạn 2", "2025", "2027", "2030", "Hôm nay 21/05/2026", "Sơ kết", "Tổng kết"] {
            #expect(text.contains(needle), "\(needle)")
        }
    }

    @Test func reportsShowOverdueOpenAndNotYetDueOnTheFixedDay() throws {
        let fixture = try Fixture()
        let text = screen(fixture.run(try fixture.state(), .selectPane(.reports)))
        #expect(text.contains("hạn trước 20/05/2026: nhận 0/5"))
        #expect(text.contains("✗308"))
        #expect(text.contains("✗2"))
        #expect(text.contains("○"))
        #expect(text.contains("·      ·"))
    }
}
