import Foundation
import Storage

/// Writing what a command makes: atomically (a reader never sees half a file), converting a
/// DOCX to PDF with LibreOffice where asked, and naming a missing converter with its package.
enum OutputFile {
    /// Puts `data` at `path`: written beside it under a temporary name, then renamed over it.
    static func write(_ data: Data, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let staged = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString)")
        // Owner-only from the first byte: exports hold names and phone numbers.
        guard FileManager.default.createFile(atPath: staged.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw Failure(message: "Không ghi được tệp “\(path)”: thư mục không có hoặc không cho ghi.")
        }
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
        guard FileManager.default.createFile(atPath: staged.path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: staged.path) else {
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
        // A private profile: the conversion works while LibreOffice is open on the desktop
        // (it would otherwise hand the job to that instance and exit at once).
        let profile = folder.appendingPathComponent("profile")
        try tool("soffice", ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
                             "--convert-to", "pdf:writer_pdf_Export", "--outdir", folder.path, source.path],
                 install: "libreoffice-writer", home: folder.path)
        guard let pdf = try? Data(contentsOf: folder.appendingPathComponent("\(name).pdf")) else {
            throw Failure(message: "LibreOffice không chuyển được sang PDF (thiếu Writer?): sudo apt-get install libreoffice-writer; "
                          + "tệp .docx vẫn ghi được bằng --out TỆP.docx.")
        }
        if let notice = fontNotice() { FileHandle.standardError.write(Data((notice + "\n").utf8)) }
        return pdf
    }

    /// LibreOffice embeds the font it lays the text out with. Without Times New Roman (Debian has
    /// it only in contrib) that is Liberation Serif, of the same widths, so lines and pages fall
    /// the same; the clerk is told, since the decree names Times New Roman.
    static func fontNotice() -> String? {
        let process = Process(), output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["fc-match", "-f", "%{family}", "Times New Roman"]
        process.environment = childEnvironment(home: FileManager.default.temporaryDirectory.path)
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let family = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if family.contains("Times New Roman") { return nil }
        let used = family.split(separator: ",").first.map(String.init) ?? "phông khác"
        return "Lưu ý: máy không có phông Times New Roman; PDF dùng \(used) (cùng độ rộng chữ, trang và dòng không đổi). "
            + "Để có đúng phông: sudo apt-get install ttf-mscorefonts-installer (kho contrib của Debian)."
    }

    /// What a converter is given of the environment: a path to find programs and a UTF-8
    /// locale, never the caller's secrets (a sign-in, tokens).
    static func childEnvironment(home: String) -> [String: String] {
        let parent = ProcessInfo.processInfo.environment
        var child = ["PATH": parent["PATH"] ?? "/usr/local/bin:/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        child["TZ"] = parent["TZ"]
        return child
    }

    /// Runs a converter found on PATH; a missing one is named with the package that brings it.
    /// Its own lines are never shown: they are in English and name its internals.
    static func tool(_ name: String, _ arguments: [String], install package: String, home: String? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.environment = childEnvironment(home: home ?? FileManager.default.temporaryDirectory.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus == 127 {
            throw Failure(message: "Cần chương trình “\(name)”: sudo apt-get install \(package)")
        }
        guard process.terminationStatus == 0 else {
            throw Failure(message: "“\(name)” không chuyển được tệp (mã lỗi \(process.terminationStatus)); thử lại, hoặc ghi .docx rồi mở bằng Word/LibreOffice.")
        }
    }
}
