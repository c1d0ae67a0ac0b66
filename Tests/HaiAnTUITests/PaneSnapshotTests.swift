import SnapshotTesting
import Testing
@testable import HaiAnTUI

/// Each pane at 120×40 on the seeded database, 21/05/2026, against golden text in __Snapshots__.
@Suite struct PaneSnapshotTests {
    @Test(arguments: PaneID.allCases)
    func paneAt120x40(_ pane: PaneID) throws {
        let state = apply(try Fixture().state(), .selectPane(pane))
        assertSnapshot(of: screen(state), as: .lines, named: "\(pane.rawValue)-\(pane)")
    }

    @Test func helpOverlay() throws {
        assertSnapshot(of: screen(apply(try Fixture().state(), .toggleHelp)), as: .lines)
    }

    @Test(arguments: PaneID.allCases)
    func paneAt80x24(_ pane: PaneID) throws {
        let state = apply(try Fixture().state(width: 80, height: 24), .selectPane(pane))
        assertSnapshot(of: screen(state), as: .lines, named: "\(pane.rawValue)-\(pane)")
    }

    @Test func timelineShowsBothPhasesAndTheReviews() throws {
        let text = screen(apply(try Fixture().state(), .selectPane(.timeline)))
        for needle in ["Giai đoạn 1", "Giai đoạn 2", "2025", "2027", "2030", "Hôm nay 21/05/2026", "Sơ kết", "Tổng kết"] {
            #expect(text.contains(needle), "\(needle)")
        }
    }

    @Test func reportsShowOverdueAndNotYetDueOnTheFixedDay() throws {
        let text = screen(apply(try Fixture().state(), .selectPane(.reports)))
        #expect(text.contains("20/05/2026"))
        #expect(text.contains("✗ Quá hạn 2 ngày"))
        #expect(text.contains("· Chưa đến hạn"))
    }
}
