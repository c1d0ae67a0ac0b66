import Foundation
import Testing

/// Two terminals on one database file, as on the shared workstation (a second one over SSH).
@Suite(.serialized) struct TwoTerminalsTests {
    @Test func eachSeesTheOthersSavesAndAStaleSaveIsRefusedWithTheInputKept() throws {
        let one = try Tmux()
        let db = try one.startFresh()
        let two = try Tmux()
        try two.start(["--db", db, "--today", "2026-05-21"])
        try two.waitFor("Tập thể đang hoạt động 5")

        // A unit added in the second terminal shows in the first without a key pressed.
        try two.send("n")
        try two.waitFor("Thêm đơn vị")
        try two.type("Xoms Mowis")
        try two.send("C-s")
        try two.waitFor("Đã lưu đơn vị")
        let seen = try one.waitFor("Tập thể đang hoạt động 6", timeout: 3)
        #expect(seen.contains("Xóm Mới"))
        #expect(seen.contains("Có thay đổi từ phiên làm việc khác"))

        // Both open the same unit; the second saves first; the first is told and keeps its typing.
        try one.send("g")
        try one.send("e")
        try one.waitFor("Sửa đơn vị")
        try two.send("g")
        try two.send("e")
        try two.waitFor("Sửa đơn vị")
        try two.send("Tab", "Tab")
        try two.type("Le Vawn Hai")
        try two.send("C-s")
        try two.waitFor("Đã lưu đơn vị")
        try one.send("Tab", "Tab", "Tab")
        try one.type("0912345678")
        try one.send("C-s")
        let refused = try one.waitFor("Bản ghi đã được người khác sửa")
        #expect(refused.contains("0912345678"))

        // A consistent copy while both run, owner-only; today's automatic copy sits beside the file.
        let copy = one.folder.appendingPathComponent("copy.sqlite").path
        let backup = try Tmux.run(Tmux.binary, ["backup", copy, "--db", db])
        #expect(backup.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: copy)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let daily = try FileManager.default.contentsOfDirectory(atPath: one.folder.appendingPathComponent("sao-luu").path)
        #expect(daily.filter { $0.hasSuffix(".sqlite") }.count == 1 && daily.contains { $0.hasSuffix(".ma-kiem-tra.txt") })
        // Joined on 21/05/2026, the new hamlet owes the 10/12/2026 report, not those before.
        let reminders = try Tmux.run(Tmux.binary, ["reminders", "--db", copy, "--today", "2026-05-21", "--days", "250"])
        #expect(reminders.status == 0 && reminders.output.contains("Xóm Mới"))
        try one.send("Escape", "Escape")
        try two.send("q")
    }
}
