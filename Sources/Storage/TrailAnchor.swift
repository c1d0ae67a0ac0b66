import Foundation
import GRDB
import Model

/// The trail's anchor outside the file: a short check code — the latest entry's number and the
/// first 8 hex digits of its hash, "1234-9F3A5C0D" — printed on every document and written beside
/// every backup. The chain alone can be rebuilt by whoever can write the file; a code on paper
/// cannot: `verify(code:)` fails when the trail no longer passes through that entry with that hash.
public struct CheckCode: Equatable, Sendable, CustomStringConvertible {
    public var entry: Int64
    public var hash: String

    public var description: String { "\(entry)-\(hash)" }

    /// "1234-9F3A5C0D" (case and spaces do not count); nil for anything else.
    public init?(_ text: String) {
        let parts = text.filter { !$0.isWhitespace }.uppercased().split(separator: "-")
        guard parts.count == 2, let entry = Int64(parts[0]), entry >= 0, parts[1].count == 8,
              parts[1].allSatisfy(\.isHexDigit) else { return nil }
        self.entry = entry
        self.hash = String(parts[1])
    }

    init(entry: Int64, fullHash: String) {
        self.entry = entry
        self.hash = String(fullHash.prefix(8)).uppercased()
    }
}

extension AppDatabase {
    /// The code of the trail as it stands: its latest entry ("0-00000000" for an empty trail).
    public func checkCode() throws -> CheckCode {
        try read(Self.checkCode)
    }

    static func checkCode(_ db: Database) throws -> CheckCode {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1") else {
            return CheckCode(entry: 0, fullHash: "00000000")
        }
        return CheckCode(entry: row["id"], fullHash: row["hash"] ?? "")
    }

    /// Whether the trail still passes through the entry a code names, with its hash: nil when it
    /// does, else why not, in words. A rewritten past, a cut tail or a trail rebuilt from scratch
    /// all fail here, whatever the chain says of itself.
    public func problem(with code: CheckCode) throws -> String? {
        try read { db in
            if code.entry == 0 { return nil }
            guard let row = try Row.fetchOne(db, sql: "SELECT id, at, hash FROM audit WHERE id = ?", arguments: [code.entry]) else {
                let last = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM audit") ?? 0
                return "Mã kiểm tra \(code) nói nhật ký có mục #\(code.entry), nhưng nhật ký nay chỉ đến mục #\(last): "
                    + "các mục từ #\(last + 1) đã bị xoá."
            }
            let hash = String((row["hash"] as String? ?? "").prefix(8)).uppercased()
            guard hash == code.hash else {
                return "Mục nhật ký #\(code.entry) (\(row["at"] as String)) không còn là mục mà mã kiểm tra \(code) ghi (nay là "
                    + "\(code.entry)-\(hash)): nhật ký từ mục này trở về trước đã bị viết lại."
            }
            return nil
        }
    }
}
