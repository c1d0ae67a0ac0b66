import Foundation
import Model
import ZIPFoundation

/// Where an export's rows go, one at a time: a CSV or a workbook.
public protocol RowWriter {
    func row(_ cells: [String]) throws
}

extension CSVFile: RowWriter {}

/// A workbook written a row at a time (a province's 200,000 people in bounded memory): each row's
/// XML goes to a temporary file while the columns' widths are measured; `finish` zips the parts,
/// the sheet read back from that file in pieces behind the head the widths make.
public final class XLSXFile: RowWriter {
    private let sheet: String
    private let staged: URL
    private let output: BufferedOutput
    private var rows = 0
    private var widths: [Int] = []
    /// One row's XML, its storage kept from row to row.
    private var line: [UInt8] = []

    public init(sheet: String) throws {
        self.sheet = sheet
        // The rows (names, phone numbers) wait in a private 0600 file until the workbook is zipped.
        staged = try PrivateTemporary.file("-rows.xml")
        guard let handle = FileHandle(forWritingAtPath: staged.path) else {
            throw StoreError.invalid(FieldError(field: "", message: "Không tạo được tệp tạm cho sổ Excel."))
        }
        output = BufferedOutput(handle)
        output.open()
    }

    deinit { try? FileManager.default.removeItem(at: staged) }

    public func row(_ cells: [String]) throws {
        rows += 1
        for (column, cell) in cells.enumerated() {
            if column == widths.count { widths.append(6) }
            widths[column] = min(60, max(widths[column], VietText.displayWidth(cell) + 2))
        }
        line.removeAll(keepingCapacity: true)
        XLSXWriter.appendRow(cells, row: rows, to: &line)
        _ = line.withUnsafeBufferPointer { output.write($0.baseAddress!, maxLength: $0.count) }
    }

    /// The workbook at `url`, written beside it and renamed over it.
    public func finish(to url: URL) throws {
        output.close()
        let head = Data(XLSXWriter.sheetHead(widths: widths, rows: rows).utf8)
        let tail = Data(XLSXWriter.sheetTail(columns: widths.count, rows: rows).utf8)
        let body = try FileHandle(forReadingFrom: staged)
        defer { try? body.close() }
        let bodySize = Int((try FileManager.default.attributesOfItem(atPath: staged.path)[.size] as? NSNumber)?.intValue ?? 0)
        let zipped = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: zipped) }
        do {
            let archive = try Archive(url: zipped, accessMode: .create)
            try ZipPackage.add(XLSXWriter.parts(sheet: sheet), to: archive)
            // The sheet is head + rows + tail; ZIPFoundation asks for it in order, a piece at a time.
            let total = head.count + bodySize + tail.count
            try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(total),
                                 compressionMethod: .deflate) { position, size in
                var piece = Data()
                var at = Int(position)
                let end = at + size
                while at < end {
                    if at < head.count {
                        let upto = min(end, head.count)
                        piece += head.subdata(in: at..<upto)
                        at = upto
                    } else if at < head.count + bodySize {
                        let upto = min(end, head.count + bodySize)
                        try body.seek(toOffset: UInt64(at - head.count))
                        piece += try body.read(upToCount: upto - at) ?? Data()
                        at = upto
                    } else {
                        piece += tail.subdata(in: (at - head.count - bodySize)..<(end - head.count - bodySize))
                        at = end
                    }
                }
                return piece
            }
        } catch {
            throw StoreError.invalid(FieldError(field: "", message: "Không ghi được tệp “\(url.path)”."))
        }
        guard rename(zipped.path, url.path) == 0 else {
            throw StoreError.invalid(FieldError(field: "", message: "Không ghi được tệp “\(url.path)”."))
        }
    }
}
