import Model
import SnapshotTesting
import Storage
import Testing
@testable import HaiAnTUI

/// The council's slides: what each shows, moving between them, and nothing personal on screen.
@Suite struct PresentationTests {
    @Test func theOverviewAt80x24AndTheLeadersAt160x48() throws {
        let (fixture, start) = try Fixture.demo(width: 80, height: 24)
        let overview = fixture.run(start, .openPresentation)
        let text = screen(overview)
        assertSnapshot(of: text, as: .lines)
        #expect(text.contains(" 1/") && text.contains("█") && text.contains("TỔNG QUAN PHONG TRÀO"))
        let big = fixture.run(overview, .resize(width: 160, height: 48), .slide(3))
        assertSnapshot(of: screen(big), as: .lines)
        // The title in block letters at this size; the body below it.
        #expect(screen(big).contains(" 4/") && !screen(big).contains("DẪN ĐẦU MỖI NHÓM") && screen(big).contains("điểm của Hội đồng"))
    }

    /// Every slide as the room sees it: a projector's zoomed 80×24, 120×40, a large screen's 200×60.
    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func everySlideFillsItsScreen(_ width: Int, _ height: Int) throws {
        let (fixture, start) = try Fixture.demo(width: width, height: height)
        var state = fixture.run(start, .openPresentation)
        for slide in Slide.allCases {
            let text = screen(state)
            assertSnapshot(of: text, as: .lines, named: "\(slide.rawValue + 1)-\(width)x\(height)")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            // Something is drawn in the lower half: the slide is not crowded at the top.
            #expect(lines.dropFirst(height / 2).contains { $0.contains { !$0.isWhitespace } }, "slide \(slide) at \(width)×\(height)")
            // Nothing is cut while there is width left on its line.
            for line in lines where line.contains("…") {
                #expect(line.hasSuffix("  ") == false || !line.contains("… "), "cut with room to spare: \(line)")
            }
            state = fixture.run(state, .slide(1))
        }
    }

    @Test func arrowsStopAtEitherEndAndLeavingReturnsToThePane() throws {
        let (fixture, start) = try Fixture.demo(.reports)
        let open = fixture.run(start, .openPresentation)
        #expect(fixture.run(open, .slide(-1)).presentation?.slide == .overview)
        let last = fixture.run(open, .slide(Slide.allCases.count))
        #expect(last.presentation?.slide == .overdue)
        #expect(fixture.run(last, .slide(1)).presentation?.slide == .overdue)
        let left = fixture.run(last, .closePresentation)
        #expect(left.presentation == nil && left.pane == .reports && !left.quit)
        var alone = start
        alone.presentation = PresentationState(standalone: true)
        #expect(fixture.run(alone, .closePresentation).quit)
        // Keys that would change something mean nothing on a slide.
        #expect(Keymap.action(for: .char("n"), in: open) == nil)
        #expect(Keymap.action(for: .char("q"), in: open) == .closePresentation)
    }

    @Test func noSlideShowsAPhoneNumberEvenInAName() throws {
        let (fixture, start) = try Fixture.demo(width: 200, height: 60)
        // A hamlet named with a phone number, new, so every report it owes is overdue.
        try fixture.database.apply(.saveUnit(Unit(id: 0, name: "Xóm Ắ 0912345678", group: .b, head: "Trưởng xóm", phone: "0987654321")),
                                   by: fixture.editor)
        var state = fixture.run(start, .openPresentation)
        var seen = ""
        for _ in Slide.allCases {
            seen += screen(state)
            state = fixture.run(state, .slide(1))
        }
        #expect(seen.contains("Xóm Ắ •••••••678"))
        #expect(seen.range(of: "[0-9]{7,}", options: .regularExpression) == nil)
    }

    @Test func aLockOverTheSlidesHidesThemAndTheKeysGoToThePin() throws {
        let (fixture, start) = try Fixture.demo()
        let shown = fixture.run(start, .openPresentation, .slide(2))
        let locked = fixture.run(shown, .lock)
        #expect(screen(locked).contains("Đã khoá máy") && !screen(locked).contains("hạn trước"))
        #expect(Keymap.action(for: .char("1"), in: locked) == .formInput("1"))
        // Unlocked, the same slide is back.
        var unlocked = locked
        unlocked.form = nil
        #expect(screen(unlocked).contains(" 3/") && screen(unlocked).contains("hạn trước"))
    }

    @Test func aViewerMayPresent() throws {
        let (fixture, start) = try Fixture.demo()
        var viewer = start
        viewer.account = Account(id: 9, name: "Người xem", role: .viewer)
        let shown = fixture.run(viewer, .openPresentation)
        #expect(shown.presentation?.facts != nil && shown.message == nil)
    }
}

/// A list longer than the screen goes on over numbered slides; nothing is cut.
@Suite struct OverdueSlidesTests {
    @Test func theOverdueListContinuesOnNumberedSlides() throws {
        let (fixture, start) = try Fixture.demo(width: 80, height: 24)
        var state = fixture.run(start, .openPresentation, .slide(Slide.allCases.count))
        let facts = try #require(state.presentation?.facts)
        let pages = PresentationView.overduePages(facts, width: 80, height: 24)
        #expect(facts.overdueReports.count > 10 && pages > 1)
        var listed = 0
        for page in 0..<pages {
            let text = screen(state)
            #expect(text.contains("\(Slide.allCases.count + page)/\(Slide.allCases.count - 1 + pages)"))
            if page > 0 { #expect(text.contains("VIỆC ĐÃ QUÁ HẠN (TIẾP)")) }
            listed += text.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("• ") }.count
            if page < pages - 1 { state = fixture.run(state, .slide(1)) }
        }
        #expect(listed == facts.overdueReports.count, "every overdue report is on a slide")
        // Past the last page nothing moves; back goes a page at a time.
        #expect(fixture.run(state, .slide(1)).presentation?.page == pages - 1)
        #expect(fixture.run(state, .slide(-1)).presentation?.page == pages - 2)
    }
}
