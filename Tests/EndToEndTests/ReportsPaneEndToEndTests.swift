import Foundation
import Testing

/// Pane 3 on the commune demo: every status on the day, a receipt by keys that flips its
/// cell and the totals and survives a restart; `haian reminders` as plain text.
@Suite(.serialized) struct ReportsPaneEndToEndTests {
    @Test func markingAReportReceivedFlipsTheCellAndTotalsAndSurvivesARestart() throws {
        let db = try Tmux().folder.appendingPathComponent("reports.sqlite").path
        let demo = try Tmux.run(Tmux.binary, ["demo", "--db", db, "--seed", "1"])
        #expect(demo.status == 0)
        var unitName = ""
        var receivedBefore = 0
        do {
            let tmux = try Tmux()
            try tmux.start(["--db", db, "--today", "2026-05-21"])
            try tmux.waitFor("Tập thể đang hoạt động")
            try tmux.send("3")
            let matrix = try tmux.waitFor("Phòng VH-XH (tổng hợp)")
            for symbol in ["✓", "!", "✗", "○", "·"] { #expect(matrix.contains(symbol), "\(symbol)") }
            receivedBefore = try #require(Self.received(in: matrix))
            // The first unit that still owes the 20/5/2026 report (the selected column).
            let rows = matrix.components(separatedBy: "\n")
            let top = try #require(rows.firstIndex { $0.contains("Phòng VH-XH (tổng hợp)") })
            let owing = try #require(rows.indices.first { $0 > top && rows[$0].contains("✗2 ") })
            unitName = Self.name(in: rows[owing])
            for _ in 0..<(owing - top) { try tmux.send("j") }
            try tmux.send("Enter")
            try tmux.waitFor("Ghi nhận: Báo cáo năm 2026 gửi Phòng VH-XH — \(unitName)")
            try tmux.type("VH-XH")
            try tmux.send("C-s")
            let saved = try tmux.waitFor("Đã ghi nhận")
            #expect(Self.row(of: unitName, in: saved)?.contains("!2 ") == true)
            #expect(Self.received(in: saved) == receivedBefore + 1)
            #expect(saved.contains("\(unitName): ! Muộn 2 ngày, nhận ngày 21/05/2026"))
            try tmux.send("q")
            #expect(tmux.exitStatus() == 0)
        }
        do {
            let tmux = try Tmux()
            try tmux.start(["--db", db, "--today", "2026-05-21"])
            try tmux.waitFor("Tập thể đang hoạt động")
            try tmux.send("3")
            let again = try tmux.waitFor("Phòng VH-XH (tổng hợp)")
            #expect(Self.row(of: unitName, in: again)?.contains("!2 ") == true)
            #expect(Self.received(in: again) == receivedBefore + 1)
            try tmux.send("q")
        }
    }

    @Test func remindersPrintWhatIsDueBeforeTwentiethMayAndNotReceived() throws {
        let db = try Tmux().folder.appendingPathComponent("reminders.sqlite").path
        #expect(try Tmux.run(Tmux.binary, ["demo", "--db", db, "--seed", "1"]).status == 0)
        let result = try Tmux.run(Tmux.binary, ["reminders", "--db", db, "--today", "2026-05-10", "--days", "30"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Nhắc việc ngày 10/05/2026"))
        #expect(result.output.contains("○ Báo cáo năm 2026 gửi Phòng VH-XH (hạn trước 20/05/2026): đang mở, còn 9 ngày"))
        #expect(!result.output.contains("10/12/2026"))
        // A 5-day window leaves the 20/5 report out and keeps only what is overdue.
        let short = try Tmux.run(Tmux.binary, ["reminders", "--db", db, "--today", "2026-05-10", "--days", "5"])
        #expect(!short.output.contains("20/05/2026"))
        #expect(short.output.contains("quá hạn"))
        let bad = try Tmux.run(Tmux.binary, ["reminders", "--db", db, "--days", "-3"])
        #expect(bad.status != 0)
    }

    /// "nhận N/M" from the selected column's line.
    private static func received(in screen: String) -> Int? {
        guard let range = screen.range(of: #"nhận (\d+)/"#, options: .regularExpression) else { return nil }
        return Int(screen[range].dropFirst(5).dropLast())
    }

    /// The unit name of a matrix row: "a · Công an xã   ✗308 …" → "Công an xã".
    private static func name(in row: String) -> String {
        let afterGroup = row.components(separatedBy: " · ").dropFirst().joined(separator: " · ")
        return afterGroup.components(separatedBy: "  ").first?.trimmingCharacters(in: .whitespaces) ?? ""
    }

    private static func row(of unit: String, in screen: String) -> String? {
        screen.components(separatedBy: "\n").first { $0.contains("· \(unit) ") }
    }
}
