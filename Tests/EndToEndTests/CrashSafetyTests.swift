import Foundation
import Testing

/// kill -9 in the middle of things: what was saved stays, and a form being filled comes back.
@Suite(.serialized) struct CrashSafetyTests {
    @Test func aFormBeingFilledWhenTheProgramIsKilledIsOfferedBack() throws {
        let first = try Tmux()
        let db = try first.startFresh()
        try first.send("n")
        try first.waitFor("Thêm đơn vị")
        try first.type("Xoms Ddoong Hair")
        try first.waitFor("Xóm Đông Hải")
        // The draft is written when the keyboard is idle (a quarter of a second).
        Thread.sleep(forTimeInterval: 0.8)
        try Tmux.run("/usr/bin/env", ["pkill", "-KILL", "-f", "haian --db \(db)"])
        #expect(first.exitStatus() == 137)

        let second = try Tmux()
        try second.start(["--db", db, "--today", "2026-05-21"])
        let offer = try second.waitFor("chưa lưu khi chương trình dừng lần trước")
        #expect(offer.contains("“Thêm đơn vị” chưa lưu"))
        try second.send("y")
        let back = try second.waitFor("Xóm Đông Hải")
        #expect(back.contains("Thêm đơn vị"))
        try second.send("C-s")
        try second.waitFor("Đã lưu đơn vị “Xóm Đông Hải”.")
        try second.send("q")
        #expect(second.exitStatus() == 0)

        // Saved, the draft is gone: the next start offers nothing.
        let third = try Tmux()
        try third.start(["--db", db, "--today", "2026-05-21"])
        let screen = try third.waitFor("Tập thể đang hoạt động 6")
        #expect(!screen.contains("chưa lưu khi chương trình dừng"))
        try third.send("q")
    }
}
