import Foundation
import Testing

/// `haian present` in a real terminal: slide numbers, big figures, no phone numbers, arrows, q.
@Suite(.serialized) struct PresentEndToEndTests {
    private func noPhoneNumbers(_ screen: String) -> Bool {
        screen.range(of: "[0-9]{7,}", options: .regularExpression) == nil
    }

    /// On a projector zoomed to 80×24 the titles are plain capitals; on a 200×60 screen they are
    /// block letters (their marks drawn above), so the slides are found by their bodies.
    @Test(arguments: [(80, 24), (200, 60)])
    func slidesMoveWithArrowsAndQLeaves(width: Int, height: Int) throws {
        let tmux = try Tmux()
        let db = tmux.folder.appendingPathComponent("demo.sqlite").path
        #expect(try Tmux.run(Tmux.binary, ["demo", "--db", db, "--seed", "1"]).status == 0)
        try tmux.start(["present", "--db", db, "--today", "2026-11-25"], width: width, height: height)
        let first = try tmux.waitFor("ngày nữa đến")
        #expect(first.contains("█") && first.contains(" 1/"))
        #expect(width == 80 ? first.contains("TỔNG QUAN PHONG TRÀO") : first.contains("╱╲╮") && !first.contains("TỔNG QUAN"))
        #expect(noPhoneNumbers(first))
        try tmux.send("Right")
        try tmux.waitFor("Hoạt động xong")
        try tmux.send("Space")
        let reports = try tmux.waitFor("hạn trước")
        #expect(reports.contains(" 3/") && reports.contains("%"))
        try tmux.send("Left")
        try tmux.waitFor("Hoạt động xong")
        try tmux.send("End")
        let last = try tmux.waitFor(", quá ")
        #expect(noPhoneNumbers(last))
        // A resize mid-slide redraws the same slide at the new size.
        try tmux.resize(width: width == 80 ? 120 : 90, height: width == 80 ? 40 : 30)
        try tmux.waitFor(", quá ")
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    /// The slides show the records: with no account signed in, the sign-in stands in front of them.
    @Test func theSlidesWaitForASignIn() throws {
        let tmux = try Tmux()
        let db = tmux.folder.appendingPathComponent("demo.sqlite").path
        #expect(try Tmux.run(Tmux.binary, ["demo", "--db", db, "--seed", "1"]).status == 0)
        #expect(try Tmux.run(Tmux.binary, ["export", "units", "--db", db]).status == 0)
        try tmux.start(["present", "--db", db, "--today", "2026-11-25"], signIn: nil)
        let asked = try tmux.waitFor("Đăng nhập")
        #expect(!asked.contains("ngày nữa đến") && !asked.contains("Xóm"))
        try tmux.send("Tab")
        try tmux.type("123456")
        try tmux.send("Enter")
        try tmux.waitFor("ngày nữa đến")
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }
}
