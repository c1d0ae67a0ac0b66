import Foundation
import Testing

/// The council's meeting by keys on the demo's 2026 round: propose three units from the
/// worksheet, appraise them, mark the attendance, vote (one failing), close, read the minutes.
@Suite struct MeetingEndToEndTests {
    @Test func proposeAppraiseMeetVoteAndTheMinutes() throws {
        let folder = try Tmux().folder
        let db = folder.appendingPathComponent("demo.sqlite").path
        #expect(try Tmux.run(Tmux.binary, ["demo", "--db", db, "--seed", "1"]).status == 0)
        let admin = "Nguyễn Thị Lan:246810"
        do {
            let tmux = try Tmux()
            try tmux.start(["--db", db, "--today", "2026-05-21"], signIn: admin)
            try tmux.waitFor("Tập thể đang hoạt động")
            try tmux.send("F4")
            try tmux.waitFor("Chấm điểm · Năm 2026")
            try tmux.send("s")
            for _ in 0..<3 {
                try tmux.send("p")
                try tmux.waitFor("Đề nghị khen thưởng:")
                try tmux.send("C-s")
                try tmux.waitFor("Đã lưu đề nghị")
                try tmux.send("j")
            }
            try tmux.send("F5")
            try tmux.waitFor("Khen thưởng · Năm 2026")
            for _ in 0..<3 {
                try tmux.send("t")
                try tmux.waitFor("Thẩm định:")
                try tmux.type("Dat yeu cau")
                try tmux.send("C-s")
                try tmux.waitFor("đã thẩm định")
                try tmux.send("j")
            }
            try tmux.send("M")
            try tmux.waitFor("ĐIỂM DANH THÀNH VIÊN")
            // Two members absent: 9 of 11 present.
            for _ in 0..<9 { try tmux.send("Down") }
            try tmux.send("Space", "Down", "Space")
            try tmux.send("Enter")
            try tmux.waitFor("9/11 thành viên có mặt")
            try tmux.type("7")
            try tmux.send("Tab")
            try tmux.type("1")
            try tmux.send("Tab")
            try tmux.type("1")
            try tmux.send("Enter")
            try tmux.waitFor("ĐỀ NGHỊ 2/3")
            // Counts that do not add up are refused in words.
            for (count, next) in [("4", "Tab"), ("3", "Tab"), ("1", "Enter")] {
                try tmux.type(count)
                try tmux.send(next)
            }
            #expect(try tmux.waitFor("phải bằng 9").contains("= 8, phải bằng 9 thành viên có mặt"))
            try tmux.send("BSpace")
            try tmux.type("2")
            try tmux.send("Enter")
            try tmux.waitFor("ĐỀ NGHỊ 3/3")
            try tmux.send("q")
            #expect(tmux.exitStatus(timeout: 0.5) == nil, "q while typing counts is not a command")
            try tmux.send("BSpace")
            for (count, next) in [("6", "Tab"), ("2", "Tab"), ("1", "Enter")] {
                try tmux.type(count)
                try tmux.send(next)
            }
            let closing = try tmux.waitFor("KẾT QUẢ BIỂU QUYẾT")
            #expect(closing.contains("Tập thể: 2 thông qua / chỉ tiêu 5"))
            try tmux.send("Enter")
            try tmux.waitFor("Đã ghi “Biên bản")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("van-ban/demo-bien-ban-2026.docx").path))
            try tmux.send("q")
            #expect(tmux.exitStatus() == 0)
        }
        let awards = try Tmux.run(Tmux.binary, ["export", "awards", "--db", db, "--round", "2026"], signIn: admin).output
        #expect(awards.split(whereSeparator: \.isNewline).filter { $0.hasPrefix("2026,") && $0.contains("Đã biểu quyết") }.count == 3, "\(awards)")
        #expect(awards.contains(",7,1,1,") && awards.contains(",4,3,2,") && awards.contains(",6,2,1,"))
        let minutes = try Tmux.run("/usr/bin/env", ["unzip", "-p", folder.appendingPathComponent("van-ban/demo-bien-ban-2026.docx").path,
                                                    "word/document.xml"]).output
        #expect(minutes.contains("9/11 thành viên Hội đồng Thi đua - Khen thưởng xã có mặt") && minutes.contains("(vắng)"))
        #expect(minutes.contains("Không thông qua") && minutes.components(separatedBy: "Thông qua").count >= 3)
        // A second run resumes with the votes kept: straight to the closing.
        let again = try Tmux()
        try again.start(["hop", "--round", "2026", "--db", db, "--today", "2026-05-21"], signIn: admin)
        #expect(try again.waitFor("KẾT QUẢ BIỂU QUYẾT").contains("Tập thể: 2 thông qua"))
        try again.send("Escape")
        try again.waitFor("Đã rời cuộc họp")
        try again.send("q")
        #expect(again.exitStatus() == 0)
    }
}
