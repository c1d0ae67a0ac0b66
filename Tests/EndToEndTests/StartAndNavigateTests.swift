import Foundation
import Testing

/// The whole program in a real terminal: start, switch panes, help, resize, quit.
@Suite(.serialized) struct StartAndNavigateTests {
    @Test func panesHelpAndQuitOnAFreshDatabase() throws {
        let tmux = try Tmux()
        let db = tmux.folder.appendingPathComponent("haian.sqlite").path
        try tmux.start(["--db", db, "--today", "2026-05-21"])

        let units = try tmux.waitFor("Ban Xây dựng Đảng")
        #expect(units.contains("Hải An"))
        #expect(units.contains("Hôm nay 21/05/2026"))
        #expect(units.contains("Phòng Văn hoá - Xã hội"))
        #expect(units.contains("Tập thể đang hoạt động 5"))

        try tmux.send("2")
        let timeline = try tmux.waitFor("Mốc thời gian")
        for needle in ["Giai đoạn 1 (2025–2027)", "Q3/25", "Q4/26", "Hôm nay 21/05/2026 ┼", "Mốc tiếp theo"] {
            #expect(timeline.contains(needle), "\(needle)")
        }

        try tmux.send("3")
        let reports = try tmux.waitFor("Phòng VH-XH (tổng hợp)")
        #expect(reports.contains("✗2 "))
        #expect(reports.contains("hạn trước 20/05/2026: nhận 0/5"))

        try tmux.send("4")
        let worksheet = try tmux.waitFor("Bộ tiêu chí")
        #expect(worksheet.contains("tổng 100 điểm"))

        try tmux.send("F5")
        try tmux.waitFor("Khen thưởng · Năm 2026")
        try tmux.send("Tab")
        #expect(try tmux.waitFor("Tập thể đang hoạt động 5").contains("Tập thể đang hoạt động 5"))

        let footerLine = try tmux.capture().split(separator: "\n").last.map(String.init) ?? ""
        try tmux.send("?")
        try tmux.waitFor("Phím tắt")
        for label in ["Trợ giúp", "Thoát", "Chọn ô", "Ô sau", "Ô trước", "Di chuyển"] {
            if label == "Trợ giúp" || label == "Thoát" { #expect(footerLine.contains(label), "footer: \(label)") }
            // Wait for each: a debug build may still be drawing the overlay's last rows.
            #expect(try tmux.waitFor(label).contains(label), "help: \(label)")
        }
        try tmux.send("Escape")
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        // The terminal is given back: the program's screen is gone.
        #expect(!(try tmux.capture().contains("Tập thể đang hoạt động")))

        // The file is owner-only and in WAL mode (header bytes 18 and 19 are 2).
        let attributes = try FileManager.default.attributesOfItem(atPath: db)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let header = try Data(contentsOf: URL(fileURLWithPath: db)).prefix(20)
        #expect(header[18] == 2 && header[19] == 2)
    }

    @Test func aSecondStartOpensTheSameDataWithoutSeedingAgain() throws {
        let db = try Tmux().folder.appendingPathComponent("again.sqlite").path
        for _ in 0..<2 {
            let tmux = try Tmux()
            try tmux.start(["--db", db, "--today", "2026-05-21"])
            let screen = try tmux.waitFor("Tập thể đang hoạt động")
            #expect(screen.contains("Tập thể đang hoạt động 5"))
            try tmux.send("C-c")
            #expect(tmux.exitStatus() == 0)
        }
    }

    @Test func aTooSmallTerminalShowsAMessageAndTheLayoutReturns() throws {
        let tmux = try Tmux()
        try tmux.startFresh()
        try tmux.resize(width: 60, height: 15)
        let small = try tmux.waitFor("Cửa sổ quá nhỏ")
        #expect(small.contains("Cửa sổ quá nhỏ"))
        #expect(small.contains("60×15"))
        try tmux.resize(width: 120, height: 40)
        let back = try tmux.waitFor("Tập thể đang hoạt động")
        #expect(back.contains("1 Đơn vị"))
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func sigtermRestoresTheTerminalAndExits() throws {
        let tmux = try Tmux()
        let db = try tmux.startFresh()
        // The pattern matches the program itself, not the tmux server whose command line quotes it.
        try Tmux.run("/usr/bin/env", ["pkill", "-TERM", "-f", "haian --db \(db)"])
        #expect(tmux.exitStatus() == 143)
        #expect(!(try tmux.capture().contains("Tập thể đang hoạt động")))
    }
}
