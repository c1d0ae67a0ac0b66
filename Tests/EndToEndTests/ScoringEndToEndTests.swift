import Foundation
import Testing

/// Panes 4 and 5 on the commune demo, by keys: three scores typed into the worksheet change
/// the total and band and survive a restart; a score over the maximum is refused; a
/// proposal beyond the round's quota is refused.
@Suite(.serialized) struct ScoringEndToEndTests {
    @Test func scoresTypedByKeysChangeTheTotalAndBandAndSurviveARestart() throws {
        let db = try Tmux().folder.appendingPathComponent("scores.sqlite").path
        #expect(try Tmux.run(Tmux.binary, ["demo", "--db", db, "--seed", "1"]).status == 0)
        do {
            let tmux = try Tmux()
            try tmux.start(["--db", db, "--today", "2026-05-21"])
            try tmux.waitFor("Tập thể đang hoạt động")
            try tmux.send("F4")
            try tmux.waitFor("Chấm điểm · Năm 2026")
            // 2027 has no scores yet: the first unit of group a starts empty.
            try tmux.send("]")
            let empty = try tmux.waitFor("Chấm điểm · Năm 2027")
            #expect(empty.contains("Hội đồng chấm: chưa chấm"))
            try tmux.type("15")
            try tmux.send("Enter")
            try tmux.waitFor("Đã lưu điểm tc1")
            try tmux.type("15")
            try tmux.send("Enter")
            let two = try tmux.waitFor("Đã lưu điểm tc2")
            // Short of criteria: no band or rank yet.
            #expect(two.contains("Hội đồng chấm: 30 · chưa chấm đủ (2/6)"))
            try tmux.type("20")
            let typing = try tmux.waitFor("20▏")
            // Total and band follow the typing before it is saved.
            #expect(typing.contains("Hội đồng chấm: 50 · chưa chấm đủ (3/6)"))
            try tmux.send("Enter")
            let three = try tmux.waitFor("Đã lưu điểm tc3")
            #expect(three.contains("Hội đồng chấm: 50 · chưa chấm đủ (3/6)") && !three.contains("hạng 1/"))
            try tmux.type("120")
            let refused = try tmux.waitFor("không nhận 120")
            #expect(refused.contains("Tiêu chí tc4 tối đa 20 điểm; không nhận 120."))
            try tmux.send("Enter")
            try tmux.send("Escape")
            try tmux.waitFor("Đã bỏ, ô giữ nguyên.")
            try tmux.send("q")
            #expect(tmux.exitStatus() == 0)
        }
        do {
            let tmux = try Tmux()
            try tmux.start(["--db", db, "--today", "2026-05-21"])
            try tmux.waitFor("Tập thể đang hoạt động")
            try tmux.send("F4")
            try tmux.waitFor("Chấm điểm · Năm 2026")
            try tmux.send("]")
            let again = try tmux.waitFor("Chấm điểm · Năm 2027")
            #expect(again.contains("Hội đồng chấm: 50 · chưa chấm đủ (3/6)"))
            // The trail of the cell names who gave the score.
            try tmux.send("H")
            let trail = try tmux.waitFor("Lịch sử ô tc1")
            #expect(trail.contains("Cán bộ thử  thêm  — → 15"))
            try tmux.send("Escape")
            try tmux.send("q")
        }
    }

    @Test func proposingBeyondTheQuotaIsRefused() throws {
        let db = try Tmux().folder.appendingPathComponent("awards.sqlite").path
        #expect(try Tmux.run(Tmux.binary, ["demo", "--db", db, "--seed", "1"]).status == 0)
        let tmux = try Tmux()
        try tmux.start(["--db", db, "--today", "2026-05-21"])
        try tmux.waitFor("Tập thể đang hoạt động")
        try tmux.send("5")
        try tmux.waitFor("Khen thưởng · Năm 2026")
        try tmux.send("Q")
        try tmux.waitFor("Chỉ tiêu Giấy khen — Năm 2026")
        try tmux.send("BSpace")
        try tmux.type("1")
        try tmux.send("C-s")
        try tmux.waitFor("Đã lưu chỉ tiêu: 1 tập thể")
        try tmux.send("F4")
        try tmux.waitFor("Chấm điểm · Năm 2026")
        try tmux.send("s")
        try tmux.send("p")
        try tmux.waitFor("Đề nghị khen thưởng:")
        try tmux.send("C-s")
        try tmux.waitFor("Đã lưu đề nghị khen thưởng")
        try tmux.send("j")
        try tmux.send("p")
        try tmux.waitFor("Đề nghị khen thưởng:")
        try tmux.send("C-s")
        let refused = try tmux.waitFor("Vượt chỉ tiêu")
        #expect(refused.contains("Vượt chỉ tiêu: vòng này chỉ được đề nghị 1 tập thể, đã có 1 đề nghị."))
        try tmux.send("Escape")
        // Digits type scores on the worksheet: F5 chooses the pane.
        try tmux.send("F5")
        let awards = try tmux.waitFor("tập thể đề nghị 1/1")
        #expect(awards.contains("Đề nghị"))
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func importingACSVWithOneBadLineImportsNothingAndNamesTheLine() throws {
        let folder = try Tmux().folder
        let db = folder.appendingPathComponent("csv.sqlite").path
        let file = folder.appendingPathComponent("diem.csv").path
        #expect(try Tmux.run(Tmux.binary, ["demo", "--db", db, "--seed", "1"]).status == 0)
        let export = try Tmux.run(Tmux.binary, ["export", "scores", "--db", db, "--round", "2026", "--group", "a", "--out", file])
        #expect(export.status == 0)
        var lines = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\r\n")
        // Line 3 is the first unit's council line; its tc1 (at most 15) becomes 120.
        var fields = lines[2].components(separatedBy: ",")
        if fields[5].hasPrefix("\"") { fields.remove(at: 6) }
        fields[5] = "120"
        let good = lines[2]
        lines[2] = fields.joined(separator: ",")
        try lines.joined(separator: "\r\n").write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try Tmux.run(Tmux.binary, ["import", "scores", file, "--db", db])
        #expect(refused.status == 1)
        #expect(refused.error.contains("Không nhập gì: 1 lỗi"))
        #expect(refused.error.contains("dòng 3, cột “tc1”: Tiêu chí tc1 tối đa 15 điểm; không nhận 120."))
        fields[5] = "14"
        lines[2] = fields.joined(separator: ",")
        #expect(good != lines[2])
        try lines.joined(separator: "\r\n").write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try Tmux.run(Tmux.binary, ["import", "scores", file, "--db", db])
        #expect(imported.status == 0)
        #expect(imported.output.contains("Đã nhập \(lines.count - 2) dòng: 1 điểm mới hoặc thay đổi."))
    }

    @Test func verifyPassesUntouchedAndNamesTheEntryOfAScoreEditedWithTheSqliteShell() throws {
        let folder = try Tmux().folder
        let db = folder.appendingPathComponent("verify.sqlite").path
        #expect(try Tmux.run(Tmux.binary, ["demo", "--db", db, "--seed", "1"]).status == 0)
        let file = folder.appendingPathComponent("one.csv").path
        let id = try Tmux.run("/usr/bin/sqlite3", [db, "SELECT id FROM unit WHERE group_code = 'b' ORDER BY id LIMIT 1"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try "Vòng,Nhóm,Mã,Người chấm,tc1\n2027,b,\(id),Hội đồng chấm,4\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Tmux.run(Tmux.binary, ["import", "scores", file, "--db", db]).status == 0)
        let sound = try Tmux.run(Tmux.binary, ["verify", "--db", db])
        #expect(sound.status == 0)
        // Three entries: the demo's own (its rows' extent), the administrator the first sign-in made, and the score.
        #expect(sound.output.hasPrefix("Toàn vẹn: 3 mục nhật ký"))
        #expect(sound.output.contains("Mã kiểm tra hiện nay: 3-"))
        let entry = try Tmux.run("/usr/bin/sqlite3", [db, "SELECT id FROM audit WHERE entity = 'score' ORDER BY id DESC LIMIT 1"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try Tmux.run("/usr/bin/sqlite3", [db, "UPDATE score SET points = 9 WHERE id = (SELECT entity_id FROM audit WHERE id = \(entry))"]).status == 0)
        let broken = try Tmux.run(Tmux.binary, ["verify", "--db", db])
        #expect(broken.status == 1)
        #expect(broken.error.contains("khác với mục nhật ký #\(entry)"))
        #expect(broken.error.contains("Cán bộ thử"))
    }
}
