import Foundation
import Testing

/// `haian present` in a real terminal: slide numbers, big figures, no phone numbers, arrows, q.
@Suite(.serialized) struct PresentEndToEndTests {
    private func noPhoneNumbers(_ screen: String) -> Bool {
        screen.range(of: "[0-9]{7,}", options: .regularExpression) == nil
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func slidesMoveWithArrowsAndQLeaves(width: Int, height: Int) throws {
        let tmux = try Tmux()
        let db = tmux.folder.appendingPathComponent("demo.sqlite").path
        #expect(try Tmux.run(Tmux.binary, ["demo", "--db", db, "--seed", "1"]).status == 0)
        try tmux.start(["present", "--db", db, "--today", "2026-11-25"], width: width, height: height, signIn: nil)
        let first = try tmux.waitFor("TỔNG QUAN PHONG TRÀO")
        #expect(first.contains("TỔNG QUAN PHONG TRÀO") && first.contains("█"))
        #expect(noPhoneNumbers(first))
        try tmux.send("Right")
        try tmux.waitFor("TIẾN ĐỘ TỪNG GIAI ĐOẠN")
        try tmux.send("Space")
        let reports = try tmux.waitFor("TỶ LỆ BÁO CÁO ĐÚNG HẠN")
        #expect(reports.contains("TỶ LỆ BÁO CÁO ĐÚNG HẠN") && reports.contains("%"))
        try tmux.send("Left")
        try tmux.waitFor("TIẾN ĐỘ TỪNG GIAI ĐOẠN")
        try tmux.send("End")
        let last = try tmux.waitFor("VIỆC ĐÃ QUÁ HẠN")
        #expect(last.contains("VIỆC ĐÃ QUÁ HẠN") && noPhoneNumbers(last))
        // A resize mid-slide redraws the same slide at the new size.
        try tmux.resize(width: width == 80 ? 120 : 90, height: width == 80 ? 40 : 30)
        try tmux.waitFor("VIỆC ĐÃ QUÁ HẠN")
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }
}
