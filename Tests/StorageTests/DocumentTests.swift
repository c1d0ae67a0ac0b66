import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Model
import Testing
import ZIPFoundation
@testable import Storage

/// The State documents, opened as what they are (a zip of WordprocessingML) and read back.
@Suite struct DocumentTests {
    let folder: TemporaryDirectory
    let database: AppDatabase
    let today = Day(2026, 5, 21)!

    init() throws {
        folder = try TemporaryDirectory()
        database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        _ = try database.writeDemo(scale: .commune, seed: 1)
    }

    private func round(_ code: String) throws -> Round {
        try #require(try database.dashboard().rounds.first { $0.code == code })
    }

    /// The parts of a DOCX by name, as text.
    private func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    private func document(_ kind: DocumentKind, round code: String = "2025", templates: DocumentTemplates? = nil) throws -> [String: String] {
        try parts(try database.document(kind, year: 2025, round: try round(code), today: today, templates: templates ?? DocumentTemplates()))
    }

    /// The text a reader sees: every w:t of the document, in order.
    private func text(_ xml: String) -> String {
        let regex = try! NSRegularExpression(pattern: "<w:t(?: [^>]*)?>([^<]*)</w:t>")
        return regex.matches(in: xml, range: NSRange(xml.startIndex..., in: xml))
            .map { String(xml[Range($0.range(at: 1), in: xml)!]) }.joined(separator: " ")
    }

    @Test(arguments: DocumentKind.allCases)
    func everyDocumentIsAnA4InTheStateFormat(_ kind: DocumentKind) throws {
        let docx = try document(kind)
        let body = try #require(docx["word/document.xml"])
        let styles = try #require(docx["word/styles.xml"])
        #expect(styles.contains("w:ascii=\"Times New Roman\""))
        #expect(styles.contains("<w:sz w:val=\"26\"/>"), "13 pt body")
        // A4; certificates landscape, the rest portrait.
        if kind == .certificates {
            #expect(body.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
        } else {
            #expect(body.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        }
        // Margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (1 mm = 56.7 twips);
        // a certificate centred on its sheet.
        let margins = try #require(body.firstMatch(of: /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/))
        let mm = { (twips: Substring) in Double(twips)! / 56.7 }
        #expect((19.9...25.1).contains(mm(margins.1)) && (19.9...25.1).contains(mm(margins.3)))
        if kind == .certificates {
            #expect(margins.2 == margins.4)
            // Never a page number on a certificate.
            #expect(!body.contains("PAGE") && docx["word/header1.xml"] == nil && !body.contains("headerReference"))
        } else {
            #expect((29.9...35.1).contains(mm(margins.4)) && (14.9...20.1).contains(mm(margins.2)))
            // Page numbers from the second page: a header with PAGE, centred without an indent, none on the first.
            #expect(body.contains("<w:titlePg/>") && docx["word/header1.xml"]?.contains("PAGE") == true)
            #expect(docx["word/header1.xml"]?.contains("<w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>") == true)
        }
        let words = text(body)
        #expect(words.contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM") && words.contains("Độc lập - Tự do - Hạnh phúc"))
        // The XML parses: nothing a name holds breaks it.
        let parser = XMLParser(data: Data(body.utf8))
        #expect(parser.parse() && parser.parserError == nil)
    }

    @Test func theDecisionListsEveryAwardedNameAndEachHasItsCertificatePage() throws {
        let awarded = try database.awards(round: try round("2025").id).rows.filter { $0.proposal.decision?.awarded == true }
        #expect(awarded.count >= 2)
        let decision = text(try #require(try document(.decision)["word/document.xml"]))
        #expect(decision.contains("QUYẾT ĐỊNH") && decision.contains("Số: 512/QĐ-UBND"))
        #expect(decision.contains("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"))
        #expect(decision.contains("Điều 1.") && decision.contains("Điều 2.") && decision.contains("Điều 3."))
        #expect(decision.contains("DANH SÁCH"))
        let certificates = try #require(try document(.certificates)["word/document.xml"])
        // One page per award: the pages are split by page breaks.
        #expect(certificates.components(separatedBy: "<w:br w:type=\"page\"/>").count == awarded.count)
        let certificateText = text(certificates)
        for row in awarded {
            #expect(decision.contains(ZipPackage.escape(row.proposal.name)), "\(row.proposal.name)")
            #expect(certificateText.contains(ZipPackage.escape(row.proposal.name)), "\(row.proposal.name)")
        }
        #expect(certificateText.components(separatedBy: "GIẤY KHEN").count - 1 == awarded.count)
        #expect(certificateText.contains("Số sổ vàng: 1") && certificateText.contains("Số sổ vàng: \(awarded.count)"))
    }

    @Test func settingsNameTheSignersAndTheAmounts() throws {
        var settings = try database.settings()
        settings.chairman = "Nguyễn Văn Ký"
        settings.awardIndividual = 702_000
        settings.awardCollective = 1_404_000
        try database.apply(.saveSettings(settings), by: Editor(who: "Quản trị"))
        #expect(try database.settings() == settings)
        let decision = text(try #require(try document(.decision)["word/document.xml"]))
        #expect(decision.contains("Nguyễn Văn Ký"))
        #expect(decision.contains("mỗi cá nhân được thưởng 702.000 đồng"))
        #expect(try database.verify().isSound)
    }

    @Test func aRoundWithoutADecisionSaysWhichStepIsMissing() throws {
        #expect(throws: StoreError.document("Năm 2026 chưa có quyết định khen thưởng: chưa có đề nghị nào được Hội đồng biểu quyết thông qua (b ở ô 5).")) {
            try database.document(.certificates, round: try round("2026"), today: today, templates: DocumentTemplates())
        }
        #expect(throws: StoreError.self) { try database.document(.minutes, round: try round("2026"), today: today, templates: DocumentTemplates()) }
    }

    @Test func aTemplateNamingAnUnknownFieldIsRefusedByName() throws {
        let commune = URL(fileURLWithPath: folder.path("mau"))
        try FileManager.default.createDirectory(at: commune, withIntermediateDirectories: true)
        for file in try DocumentTemplates.defaultFiles() {
            try FileManager.default.copyItem(at: file, to: commune.appendingPathComponent(file.lastPathComponent))
        }
        // A commune's own wording is used…
        let decision = commune.appendingPathComponent("decision.xml")
        var source = try String(contentsOf: decision, encoding: .utf8)
        source = source.replacingOccurrences(of: "có hiệu lực kể từ ngày ký", with: "có hiệu lực kể từ ngày ký (Khen thưởng (sửa đổi))")
        try source.write(to: decision, atomically: true, encoding: .utf8)
        #expect(text(try #require(try document(.decision, templates: DocumentTemplates(folder: commune))["word/document.xml"]))
            .contains("Khen thưởng (sửa đổi)"))
        // The settings can name the commune's folder, used by the program's D as by the command line.
        var settings = try database.settings()
        settings.templatesFolder = commune.path
        #expect(text(try #require(try document(.decision, templates: DocumentTemplates(settings: settings))["word/document.xml"]))
            .contains("Khen thưởng (sửa đổi)"))
        settings.templatesFolder = commune.path + "-khong-co"
        #expect(throws: StoreError.self) { try DocumentTemplates(settings: settings) }
        // …and a field HaiAn does not know is named.
        try (source + "<w:p><w:r><w:t>{{ so_quyet_dinh }}</w:t></w:r></w:p>").write(to: decision, atomically: true, encoding: .utf8)
        do {
            _ = try document(.decision, templates: DocumentTemplates(folder: commune))
            Issue.record("an unknown field was accepted")
        } catch StoreError.document(let message) {
            #expect(message.contains("“so_quyet_dinh”"))
        }
    }

    @Test func theReportCarriesTheFiguresAndWhatTheOfficerWrote() throws {
        let writing = ReportWriting(strengths: ["Các xóm đăng ký thi đua đầy đủ."], weaknesses: ["Một số đơn vị gửi báo cáo muộn."],
                                    plans: ["Nhân rộng mô hình thanh toán không tiền mặt."], proposals: [])
        try database.apply(.saveReportWriting(year: 2025, writing), by: Editor(who: "Cán bộ"))
        #expect(try database.reportWriting(year: 2025) == writing)
        let report = text(try #require(try parts(try database.document(.report, year: 2025, today: today, templates: DocumentTemplates(),
                                                                        writing: try database.reportWriting(year: 2025)))["word/document.xml"]))
        #expect(report.contains("BÁO CÁO") && report.contains("Số:") && report.contains("/BC-VHXH"))
        #expect(report.contains("I. KẾT QUẢ THỰC HIỆN") && report.contains("II. ĐÁNH GIÁ CHUNG"))
        #expect(report.contains("Các xóm đăng ký thi đua đầy đủ.") && report.contains("Nhân rộng mô hình thanh toán không tiền mặt."))
        #expect(report.contains("Kiến nghị, đề xuất: phần này cán bộ viết"))
    }

    @Test func aMissingSignerIsNamedWithWhereToSetIt() throws {
        let fresh = try AppDatabase.open(path: folder.path("moi.sqlite"))
        do {
            _ = try fresh.document(.report, year: 2026, today: today, templates: DocumentTemplates())
            Issue.record("a report without its signer was written")
        } catch StoreError.document(let message) {
            #expect(message == "Chưa có “Trưởng phòng VH-XH” trong cài đặt văn bản: đặt bằng phím O (quản trị) hoặc haian settings culture_head \"Họ và tên\".")
        }
        // The demo names its fictional signers and council.
        let settings = try database.settings()
        #expect(!settings.councilSecretary.isEmpty && settings.councilMembers.count == 11)
        let minutes = text(try #require(try document(.minutes)["word/document.xml"]))
        #expect(minutes.contains("11/11 thành viên Hội đồng Thi đua - Khen thưởng xã có mặt") && minutes.contains(settings.councilSecretary))
    }
}
