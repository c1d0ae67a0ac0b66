import Foundation
import Testing

/// `haian report` on the commune demo: Markdown and DOCX written, Vietnamese intact; the DOCX
/// converted to PDF by LibreOffice where it is installed.
@Suite(.serialized) struct ReportEndToEndTests {
    @Test func theYearReportAsMarkdownAndDocx() throws {
        let folder = try Tmux().folder
        let db = folder.appendingPathComponent("demo.sqlite").path
        #expect(try Tmux.run(Tmux.binary, ["demo", "--db", db, "--seed", "1"]).status == 0)
        let markdown = folder.appendingPathComponent("r.md").path, docx = folder.appendingPathComponent("r.docx").path
        let common = ["report", "--db", db, "--year", "2026", "--today", "2026-11-25", "--out"]
        #expect(try Tmux.run(Tmux.binary, common + [markdown]).status == 0)
        let text = try String(contentsOfFile: markdown, encoding: .utf8)
        for needle in ["# Báo cáo kết quả phong trào thi đua “Đổi mới sáng tạo và chuyển đổi số” năm 2026",
                       "## 2. Tình hình gửi kế hoạch, báo cáo", "| b. Xóm | 20 |", "## 6. Khen thưởng (Năm 2026)",
                       "h. Lĩnh vực ưu tiên", "Chưa đạt"] {
            #expect(text.contains(needle), "\(needle)")
        }
        #expect(try Tmux.run(Tmux.binary, common + [docx]).status == 0)
        let xml = try Tmux.run("/usr/bin/unzip", ["-p", docx, "word/document.xml"])
        #expect(xml.status == 0)
        for needle in ["Tình hình gửi kế hoạch, báo cáo", "Phòng ban, ban ngành, đoàn thể", "Lĩnh vực ưu tiên"] {
            #expect(xml.output.contains(needle), "\(needle)")
        }
        // The PDF route needs LibreOffice, which the test command does not install (about 400 MB).
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice") {
            let pdf = folder.appendingPathComponent("r.pdf").path
            #expect(try Tmux.run(Tmux.binary, common + [pdf]).status == 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).starts(with: Array("%PDF".utf8)))
            if FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") {
                let text = try Tmux.run("/usr/bin/pdftotext", [pdf, "-"]).output
                #expect(text.contains("Tập thể tham gia và đăng ký thi đua") && text.contains("DỮ LIỆU MẪU"))
            }
        }
        let refused = try Tmux.run(Tmux.binary, ["report", "--db", db, "--year", "2031"])
        #expect(refused.status != 0 && refused.error.contains("Năm phải từ 2025 đến 2030"))
    }
}
