import Foundation
import Model

/// Every CSV HaiAn writes, the same way: UTF-8 with a BOM (so spreadsheets on Windows read the
/// Vietnamese letters right), CRLF between rows and at the end, a field quoted when it holds a
/// comma, a quote or a line break (its quotes doubled) — CSV.swift's writer's rules, byte for
/// byte. Written here rather than through that writer: it searches every field with
/// Foundation's locale-aware `range(of:)` and sends each character on its own, which was most
/// of a 200,000-person export's time (12.6 s against 1.1 s for SQLite's shell). Reading CSV
/// still goes through CSV.swift's reader.
public struct CSVFile {
    private let stream: OutputStream
    private let rows = Counter()

    /// Starts a CSV on an open stream; rows go out one at a time, so an export of a province's
    /// 200,000 people holds one row in memory, not all of them.
    public init(_ stream: OutputStream) throws {
        self.stream = stream
        send([0xEF, 0xBB, 0xBF])
    }

    public func row(_ cells: [String]) throws {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        if rows.count > 0 { bytes += [0x0D, 0x0A] }
        rows.count += 1
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            // A cell a spreadsheet would run as a formula (=HYPERLINK(…), +, -, @) is written
            // after an apostrophe, which spreadsheets show as text; the import takes it off.
            // Old rows stored before the input was cleaned go out clean too (no escape sequence
            // reaches a terminal showing the export).
            let cell = VietText.printable(cell)
            let utf8 = Self.formulaLead.contains(cell.utf8.first ?? 0) ? ("'" + cell).utf8 : cell.utf8
            if utf8.contains(where: { $0 == 0x22 || $0 == 0x2C || $0 == 0x0D || $0 == 0x0A }) {
                bytes.append(0x22)
                for byte in utf8 {
                    bytes.append(byte)
                    if byte == 0x22 { bytes.append(0x22) }
                }
                bytes.append(0x22)
            } else {
                bytes += utf8
            }
        }
        send(bytes)
    }

    /// "=", "+", "-", "@", tab and carriage return: what starts a formula in a spreadsheet.
    static let formulaLead: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

    /// A cell as written back to what it holds: the guard's apostrophe off.
    public static func unguarded(_ cell: String) -> String {
        guard cell.utf8.first == 0x27, let second = cell.utf8.dropFirst().first, formulaLead.contains(second) else { return cell }
        return String(cell.dropFirst())
    }

    /// The last line's CRLF.
    public func finish() { send([0x0D, 0x0A]) }

    private func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBufferPointer { stream.write($0.baseAddress!, maxLength: $0.count) }
    }

    /// Rows written so far: a row after the first starts with a line break.
    private final class Counter { var count = 0 }
}

/// An output stream that gathers what CSV.swift's writer sends (a few bytes a call) and passes
/// it on in 64 KB pieces: a file or a pipe then sees a write per piece, not one per field.
public final class BufferedOutput: OutputStream {
    private let handle: FileHandle
    private var buffer = Data()

    public init(_ handle: FileHandle) {
        self.handle = handle
        super.init(toMemory: ())
        buffer.reserveCapacity(1 << 16)
    }

    public override func write(_ bytes: UnsafePointer<UInt8>, maxLength length: Int) -> Int {
        buffer.append(bytes, count: length)
        if buffer.count >= 1 << 16 { flush() }
        return length
    }

    /// Not used: this stream always has its file handle.
    public required init(toMemory: ()) {
        handle = FileHandle.nullDevice
        super.init(toMemory: ())
    }

    public override var hasSpaceAvailable: Bool { true }

    public func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    public override func close() {
        flush()
        super.close()
    }
}
