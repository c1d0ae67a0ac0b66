import CSV
import Foundation

/// Every CSV HaiAn writes goes through CSV.swift's writer, the same way.
enum CSVFile {
    /// UTF-8 with a BOM, so spreadsheets on Windows read the Vietnamese letters right.
    static func write(_ rows: [[String]]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        _ = stream.write(bom, maxLength: bom.count)
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        for row in rows { try writer.write(row: row) }
        var data = (stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data) ?? Data()
        stream.close()
        data.append(contentsOf: Array("\r\n".utf8))
        return data
    }
}
