import CSV
import Foundation

/// Every CSV HaiAn writes goes through CSV.swift's writer, the same way: UTF-8 with a BOM (so
/// spreadsheets on Windows read the Vietnamese letters right), CRLF, a CRLF at the end.
public struct CSVFile {
    private let stream: OutputStream
    private let writer: CSVWriter

    /// Starts a CSV on an open stream; rows go out one at a time, so an export of a province's
    /// 200,000 people holds one row in memory, not all of them.
    public init(_ stream: OutputStream) throws {
        self.stream = stream
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        _ = stream.write(bom, maxLength: bom.count)
        writer = try CSVWriter(stream: stream, newline: .crlf)
    }

    public func row(_ cells: [String]) throws { try writer.write(row: cells) }

    /// The last line's CRLF.
    public func finish() {
        let end = Array("\r\n".utf8)
        _ = stream.write(end, maxLength: end.count)
    }

    /// A whole CSV in memory.
    static func write(_ rows: [[String]]) throws -> Data {
        try inMemory { csv in for row in rows { try csv.row(row) } }
    }

    /// What `body` writes, as bytes in memory.
    static func inMemory(_ body: (CSVFile) throws -> Void) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        defer { stream.close() }
        let csv = try CSVFile(stream)
        try body(csv)
        csv.finish()
        return (stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data) ?? Data()
    }
}
