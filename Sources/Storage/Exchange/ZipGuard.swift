import Foundation
import Model
import ZIPFoundation

/// The bounds a workbook's parts are read within, whatever the file claims: a part inflates to
/// at most its cap and to at most `maxRatio` times its compressed size (a zip bomb stops at the
/// first chunk past either), and no part may declare a DTD or an entity.
final class ZipGuard {
    /// The workbook's small parts (the workbook, its relations).
    static let maxSmallPart = 8 << 20
    /// The shared strings, held in memory.
    static let maxStrings = 64 << 20
    /// A sheet, unzipped to a temporary file: a province's 200,000 people take about 60 MB.
    static let maxSheet = 512 << 20
    /// Office files compress 5–20 times; a bomb thousands of times. Small parts get room.
    static let maxRatio = 100
    private static let ratioFloor = 1 << 20

    private let name: String
    private let part: String
    private let cap: Int
    private var inflated = 0

    init(_ entry: Entry, name: String, cap: Int) throws {
        self.name = name
        self.part = entry.path
        self.cap = min(cap, max(Self.ratioFloor, Int(clamping: entry.compressedSize) * Self.maxRatio))
        // The header's own claim, checked before a byte is inflated.
        if entry.uncompressedSize > UInt64(self.cap) { throw refusal() }
    }

    func count(_ bytes: Int) throws {
        inflated += bytes
        if inflated > cap { throw refusal() }
    }

    private func refusal() -> StoreError {
        StoreError.invalid(FieldError(field: "", message: "Tệp “\(name)”: phần \(part) giải nén ra quá \(cap >> 20) MB "
            + "(hoặc quá \(Self.maxRatio) lần cỡ nén): có thể là tệp “bom nén”; không đọc, không nhập gì."))
    }

    /// A DTD or an entity in an Office part: refused (they expand text, or read files).
    static func refuseDeclarations(_ prolog: Data, name: String, part: String) throws {
        for marker in ["<!DOCTYPE", "<!ENTITY"] where prolog.range(of: Data(marker.utf8)) != nil {
            throw StoreError.invalid(FieldError(field: "", message: "Tệp “\(name)”: phần \(part) có khai báo \(marker.dropFirst(2)) "
                + "(Excel và LibreOffice không ghi thế): có thể là tệp được làm ra để gây hại; không nhập gì."))
        }
    }

    /// The XML parser's failure, as the refusal of the whole file.
    static func malformed(_ name: String, part: String, line: Int, _ error: Error) -> StoreError {
        let code = (error as NSError).code
        let what = switch code {
        case 9: "chữ không phải UTF-8 hợp lệ"
        case 26, 27: "một thực thể (&…;) không được khai báo"
        default: "XML hỏng hoặc bị cắt cụt"
        }
        return StoreError.invalid(FieldError(field: "", message: "Tệp “\(name)”: phần \(part) có \(what) ở dòng \(line); "
            + "không nhập gì. Mở tệp bằng Excel hoặc LibreOffice rồi lưu lại thành .xlsx."))
    }
}

/// A cell's address, "B7": letters A–XFD, then a row 1–1,048,576, as Excel bounds them.
struct CellReference: Equatable {
    static let maxColumn = 16_384
    static let maxRow = 1_048_576
    /// Zero-based.
    let column: Int
    let row: Int

    init?(_ text: String) {
        let letters = text.prefix { $0.isASCII && $0.isLetter }
        let digits = text.dropFirst(letters.count)
        guard (1...3).contains(letters.count), (1...7).contains(digits.count), digits.allSatisfy(\.isASCII),
              let row = Int(digits), (1...Self.maxRow).contains(row) else { return nil }
        let column = letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        guard (1...Self.maxColumn).contains(column) else { return nil }
        self.column = column - 1
        self.row = row
    }

    /// A zero-based column's letters: 0 "A", 25 "Z", 26 "AA".
    static func letters(_ column: Int) -> String {
        var number = column + 1, text = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            text = String(UnicodeScalar(UInt8(65 + remainder))) + text
            number = (number - 1) / 26
        }
        return text
    }
}
