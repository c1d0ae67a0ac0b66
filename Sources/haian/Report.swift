import ArgumentParser
import Foundation
import Model
import Storage

/// `haian report --year Y [--out FILE]`: the yearly results report; Markdown always, DOCX and
/// PDF by the output's extension (pandoc, and LibreOffice for PDF, from Debian's packages).
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Báo cáo kết quả phong trào một năm: Markdown (.md), Word (.docx, cần pandoc) hoặc PDF (.pdf, cần pandoc và LibreOffice).")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Năm báo cáo (2025–2030).")
    var year: Int

    @Option(name: .long, help: ArgumentHelp("Tệp ghi ra: .md, .docx hoặc .pdf (mặc định: Markdown ra màn hình).", valueName: "FILE"))
    var out: String?

    func validate() throws {
        guard (Plan.firstYear...Plan.lastYear).contains(year) else {
            throw ValidationError("Năm phải từ \(Plan.firstYear) đến \(Plan.lastYear).")
        }
    }

    func run() throws {
        let (database, account) = try options.signedIn(reading: true)
        let what = DocumentKind.report.disclosed(round: nil, year: year)
        let markdown: String
        do {
            markdown = try database.yearReportMarkdown(year: year, today: options.currentDay)
        } catch let error as StoreError {
            throw Failure(message: error.message)
        }
        guard let out else {
            database.disclose(.document, what, to: nil, by: account)
            return print(markdown, terminator: "")
        }
        let kind = URL(fileURLWithPath: out).pathExtension.lowercased()
        guard kind == "docx" || kind == "pdf" else {
            try OutputFile.write(Data(markdown.utf8), to: out)
            return database.disclose(.document, what, to: out, by: account)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("haian-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("bao-cao.md"), docxFile = folder.appendingPathComponent("bao-cao.docx")
        try Data(markdown.utf8).write(to: source)
        try OutputFile.tool("pandoc", [source.path, "-f", "markdown", "-o", docxFile.path], install: "pandoc")
        let docx = try Data(contentsOf: docxFile)
        try OutputFile.write(kind == "pdf" ? try OutputFile.pdf(fromDocx: docx, name: "bao-cao") : docx, to: out)
        database.disclose(.document, what, to: out, by: account)
    }
}
