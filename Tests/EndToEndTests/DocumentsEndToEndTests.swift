import Foundation
import Testing

/// `haian documents` and `haian settings` from the command line, on a fresh demo.
@Suite struct DocumentsEndToEndTests {
    @Test func theDemosRoundGivesAllSixDocumentsAndRefusalsChangeNothing() throws {
        let folder = try Tmux().folder
        let db = folder.appendingPathComponent("demo.sqlite").path
        #expect(try Tmux.run(Tmux.binary, ["demo", "--db", db, "--seed", "1"]).status == 0)
        for kind in ["report", "proposal", "minutes", "decision", "certificates", "achievements"] {
            let out = folder.appendingPathComponent("\(kind).docx").path
            let made = try Tmux.run(Tmux.binary, ["documents", kind, "--round", "2025", "--year", "2025", "--db", db,
                                                  "--today", "2026-05-21", "--out", out])
            #expect(made.status == 0, "\(kind): \(made.error)")
            #expect(FileManager.default.fileExists(atPath: out))
            // Opened by python-docx, a reader not written here: every paragraph and table read.
            let opened = try Tmux.run("/usr/bin/env", ["python3", "-c", """
                import sys, docx
                d = docx.Document(sys.argv[1])
                print(len(d.paragraphs), len(d.tables), sum(len(t.rows) for t in d.tables))
                """, out])
            #expect(opened.status == 0, "\(kind): \(opened.error)")
            #expect(opened.output.split(separator: " ").first.flatMap { Int($0) }.map { $0 > 3 } == true, "\(kind): \(opened.output)")
        }
        // Written again to the same --out, the file is kept unless --force is given.
        let again = try Tmux.run(Tmux.binary, ["documents", "decision", "--round", "2025", "--db", db, "--out",
                                               folder.appendingPathComponent("decision.docx").path])
        #expect(again.status == 1 && again.error.contains("không ghi đè"))
        #expect(try Tmux.run(Tmux.binary, ["documents", "decision", "--round", "2025", "--db", db, "--force", "--out",
                                           folder.appendingPathComponent("decision.docx").path]).status == 0)
        let records = { try Tmux.run("/usr/bin/env", ["sqlite3", db, "SELECT count(*) FROM audit; SELECT count(*) FROM commune_setting;"]).output }
        let before = try records()
        // A round with no decision names the missing step; a folder that does not exist is named.
        let early = try Tmux.run(Tmux.binary, ["documents", "decision", "--round", "2026", "--db", db, "--out", folder.appendingPathComponent("x.docx").path])
        #expect(early.status == 1 && early.error.contains("chưa có quyết định khen thưởng"))
        let nowhere = try Tmux.run(Tmux.binary, ["documents", "decision", "--round", "2025", "--db", db, "--out", "/khong-co/thu-muc/x.docx"])
        #expect(nowhere.status == 1 && nowhere.error.contains("Không ghi được tệp “/khong-co/thu-muc/x.docx”"))
        let setting = try Tmux.run(Tmux.binary, ["settings", "award_individual", "bảy trăm", "--db", db])
        #expect(setting.status == 1 && setting.error.contains("ghi số đồng"))
        #expect(try records() == before)
        // Settings set by an administrator, then shown.
        #expect(try Tmux.run(Tmux.binary, ["settings", "chairman", "Nguyễn Văn Ký", "--db", db]).status == 0)
        #expect(try Tmux.run(Tmux.binary, ["settings", "--db", db]).output.contains("chairman = Nguyễn Văn Ký"))
        // The templates copied out for a commune to adapt.
        let templates = folder.appendingPathComponent("mau").path
        #expect(try Tmux.run(Tmux.binary, ["documents", "templates", "--out", templates]).status == 0)
        #expect(FileManager.default.fileExists(atPath: templates + "/decision.xml"))
    }

    @Test func thePdfKeepsTheVietnameseLettersWhereLibreOfficeIsInstalled() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice"),
              FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else { return }
        let folder = try Tmux().folder
        let db = folder.appendingPathComponent("demo.sqlite").path
        #expect(try Tmux.run(Tmux.binary, ["demo", "--db", db, "--seed", "1"]).status == 0)
        let pdf = folder.appendingPathComponent("giay-khen.pdf").path
        let made = try Tmux.run(Tmux.binary, ["documents", "certificates", "--round", "2025", "--db", db, "--out", pdf])
        #expect(made.status == 0, "\(made.error)")
        // The font the PDF embeds is the one fontconfig gives for Times New Roman; a stand-in is said.
        let family = try Tmux.run("/usr/bin/env", ["fc-match", "-f", "%{family}", "Times New Roman"]).output
        #expect(made.error.contains("không có phông Times New Roman") == !family.contains("Times New Roman"), "\(made.error)")
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/pdffonts") {
            let fonts = try Tmux.run("/usr/bin/pdffonts", [pdf]).output
            let expected = family.contains("Times New Roman") ? "TimesNewRoman" : "LiberationSerif"
            #expect(fonts.contains(expected), "\(fonts)")
        }
        let text = try Tmux.run("/usr/bin/pdftotext", [pdf, "-"]).output
        #expect(text.contains("GIẤY KHEN") && text.contains("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HẢI AN"))
        #expect(text.contains("Số sổ vàng: 1"))
        // Every name awarded in the round is there with its Vietnamese letters.
        let awards = try Tmux.run(Tmux.binary, ["export", "awards", "--db", db, "--round", "2025"]).output
        let awarded = awards.split(whereSeparator: \.isNewline).filter { $0.contains(",Được khen,") }.map { $0.split(separator: ",")[2] }
        #expect(awarded.count >= 2)
        for name in awarded { #expect(text.contains(name), "\(name)") }
    }
}
