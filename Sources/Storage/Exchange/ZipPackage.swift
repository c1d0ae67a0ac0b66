import Foundation
import ZIPFoundation

/// An Office file (DOCX, XLSX): a zip of XML parts, deflated, and the escaping
/// of the text that goes into those parts.
enum ZipPackage {
    static func make(_ parts: [(path: String, text: String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        try add(parts, to: archive)
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// Parts of XML text, deflated, into an archive being made (in memory or in a file).
    static func add(_ parts: [(path: String, text: String)], to archive: Archive) throws {
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// Text made safe for XML: every value a document writes comes through this (a workbook's
    /// cells through `XLSXWriter`'s copy of it on bytes).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            // XML 1.0 forbids the C0 controls but tab and line breaks, and U+FFFE/U+FFFF: a file
            // holding one does not open, so an old row that kept one loses it here.
            case _ where character.unicodeScalars.contains(where: { scalar in
                (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE || scalar.value == 0xFFFF
            }):
                out.unicodeScalars.append(contentsOf: character.unicodeScalars.filter { scalar in
                    (scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF) || "\t\n\r".unicodeScalars.contains(scalar)
                })
            default: out.append(character)
            }
        }
        return out
    }
}
