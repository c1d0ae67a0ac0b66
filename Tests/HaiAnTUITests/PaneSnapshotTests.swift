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

    @Test func timelineShowsEachPhaseWithTodayAndTheNextMilestone() throws {
        let fixture = try Fixture()
        let first = fixture.run(try fixture.state(), .selectPane(.timeline))
        for needle in ["Giai đoạn 1 (2025–2027)", "Q3/25", "Hôm nay 21/05/2026 ┼", "Mốc thời gian ◆",
                       "Chưa có hoạt động nào", "Mốc tiếp theo: Báo cáo năm 2026 gửi UBND xã"] {
            #expect(screen(first).contains(needle), "\(needle)")
        }
        let second = screen(fixture.run(first, .switchPhase(1), .zoom(1)))
        for needle in ["Giai đoạn 2 (2027–2030)", "2028", "2030"] { #expect(second.contains(needle), "\(needle)") }
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
