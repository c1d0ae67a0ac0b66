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
        let database = try options.openDatabase()
        let markdown: String
        do {
            markdown = try database.yearReportMarkdown(year: year, today: options.currentDay)
        } catch let error as StoreError {
            throw Failure(message: error.message)
        }
        guard let out else { return print(markdown, terminator: "") }
        let target = URL(fileURLWithPath: out)
        let kind = target.pathExtension.lowercased()
        do {
            guard kind == "docx" || kind == "pdf" else {
                return try Data(markdown.utf8).write(to: target, options: .atomic)
            }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("haian-report-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let source = folder.appendingPathComponent("bao-cao.md"), docx = folder.appendingPathComponent("bao-cao.docx")
            try Data(markdown.utf8).write(to: source)
            try Self.tool("pandoc", [source.path, "-f", "markdown", "-o", docx.path], install: "pandoc")
            if kind == "pdf" {
                // LibreOffice lays out Vietnamese with the system's fonts; pandoc's LaTeX route would need a TeX install.
                try Self.tool("soffice", ["--headless", "--convert-to", "pdf", "--outdir", folder.path, docx.path],
                              install: "libreoffice-writer")
            }
            let made = kind == "pdf" ? folder.appendingPathComponent("bao-cao.pdf") : docx
            // Copied beside the target, then renamed over it: a reader never sees half a file.
            let staged = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString)")
            try FileManager.default.copyItem(at: made, to: staged)
            guard rename(staged.path, target.path) == 0 else {
                try? FileManager.default.removeItem(at: staged)
                throw Failure(message: "Không ghi được tệp “\(out)”.")
            }
        } catch let error as CocoaError {
            throw Failure(message: "Không ghi được tệp “\(out)”: \(error.localizedDescription)")
        }
    }

    /// Runs a converter found on PATH; a missing one is named with the package that brings it.
    private static func tool(_ name: String, _ arguments: [String], install package: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 127 {
            throw Failure(message: "Cần chương trình “\(name)”: sudo apt-get install \(package)")
        }
        guard process.terminationStatus == 0 else {
            throw Failure(message: "“\(name)” không chuyển được báo cáo: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }
}
