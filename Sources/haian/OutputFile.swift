import Foundation
import Storage

/// Writing what a command makes: atomically (a reader never sees half a file), converting a
/// DOCX to PDF with LibreOffice where asked, and naming a missing converter with its package.
enum OutputFile {
    /// Puts `data` at `path`: written beside it under a temporary name, then renamed over it.
    static func write(_ data: Data, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let staged = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString)")
        do {
            try data.write(to: staged)
        } catch {
            throw Failure(message: "Không ghi được tệp “\(path)”: thư mục không có hoặc không cho ghi.")
        }
        guard rename(staged.path, target.path) == 0 else {
            try? FileManager.default.removeItem(at: staged)
            throw Failure(message: "Không ghi được tệp “\(path)”.")
        }
    }

    /// A CSV written row by row to `path` (beside it, then renamed over it) or to standard
    /// output: what the rows hold never sits in memory whole.
    static func csv(to path: String?, _ body: (CSVFile) throws -> Void) throws {
        guard let path else { return try csv(into: FileHandle.standardOutput, body) }
        let target = URL(fileURLWithPath: path)
        let staged = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: staged.path, contents: nil), let handle = FileHandle(forWritingAtPath: staged.path) else {
            throw Failure(message: "Không ghi được tệp “\(path)”: thư mục không có hoặc không cho ghi.")
        }
        defer { try? FileManager.default.removeItem(at: staged) }
        try csv(into: handle, body)
        try handle.close()
        guard rename(staged.path, target.path) == 0 else { throw Failure(message: "Không ghi được tệp “\(path)”.") }
    }

    private static func csv(into handle: FileHandle, _ body: (CSVFile) throws -> Void) throws {
        let stream = BufferedOutput(handle)
        stream.open()
        let csv = try CSVFile(stream)
        try body(csv)
        csv.finish()
        stream.close()
    }

    /// A DOCX turned into PDF by LibreOffice (it lays out Vietnamese with the system's fonts).
    static func pdf(fromDocx docx: Data, name: String) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("haian-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("\(name).docx")
        try docx.write(to: source)
        try tool("soffice", ["--headless", "--convert-to", "pdf", "--outdir", folder.path, source.path], install: "libreoffice-writer")
        return try Data(contentsOf: folder.appendingPathComponent("\(name).pdf"))
    }

    /// Runs a converter found on PATH; a missing one is named with the package that brings it.
    static func tool(_ name: String, _ arguments: [String], install package: String) throws {
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
            throw Failure(message: "“\(name)” không chuyển được tệp: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }
}
