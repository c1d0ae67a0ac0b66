import Crypto
import Foundation
import GRDB
import Model

/// Who is making changes: the session (one run of the program) and the officer's name.
public struct Editor: Sendable, Equatable {
    public var session: String
    public var who: String
    /// The mark of changes made as one step ("import:ID" for an import, "template:ID" for a
    /// criteria template's new version and the edit made in it): its entries are marked
    /// "MARK:create" and so on, so that undo takes them back together.
    public var batch: String?

    public init(session: String = UUID().uuidString, who: String = "", batch: String? = nil) {
        self.session = session
        self.who = who
        self.batch = batch
    }
}

/// The trail of changes: each write appends an entry with the row before and after, in the
/// same transaction as the change. Undo reads it back.
enum Audit {
    /// A column value as stored in an entry's JSON; integers first, so a REAL column's
    /// whole number comes back as an integer and SQLite's affinity makes it real again.
    enum Value: Codable, Equatable {
        case null, integer(Int64), real(Double), text(String)

        init(_ value: DatabaseValue) {
            switch value.storage {
            case .int64(let n): self = .integer(n)
            case .double(let x): self = .real(x)
            case .string(let s): self = .text(s)
            case .null, .blob: self = .null
            }
        }

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null
            } else if let n = try? container.decode(Int64.self) { self = .integer(n)
            } else if let x = try? container.decode(Double.self) { self = .real(x)
            } else { self = .text(try container.decode(String.self)) }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .null: try container.encodeNil()
            case .integer(let n): try container.encode(n)
            case .real(let x): try container.encode(x)
            case .text(let s): try container.encode(s)
            }
        }

        /// A whole REAL reads back from JSON as an integer: numbers compare by value.
        static func == (a: Value, b: Value) -> Bool {
            switch (a, b) {
            case (.null, .null): return true
            case (.integer(let x), .integer(let y)): return x == y
            case (.real(let x), .real(let y)): return x == y
            case (.integer(let x), .real(let y)), (.real(let y), .integer(let x)): return Double(x) == y
            case (.text(let x), .text(let y)): return x == y
            default: return false
            }
        }

        var databaseValue: DatabaseValue {
            switch self {
            case .null: return .null
            case .integer(let n): return n.databaseValue
            case .real(let x): return x.databaseValue
            case .text(let s): return s.databaseValue
            }
        }
    }

    typealias Snapshot = [String: Value]

    static func snapshot(_ db: Database, _ entity: ChangeResult.Entity, id: Int64) throws -> Snapshot? {
        // Cached statements: an import audits 200,000 records, each through these.
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM \(entity.rawValue) WHERE id = ?"), arguments: [id]) else {
            return nil
        }
        return Dictionary(uniqueKeysWithValues: zip(row.columnNames, row.databaseValues.map(Value.init)))
    }

    /// A snapshot as JSON with sorted keys, written by hand: an import writes one for every
    /// record, and a flat object of numbers and strings needs none of JSONEncoder's machinery.
    /// `decode` reads it back with JSONDecoder (a test holds the two to each other).
    static func encode(_ snapshot: Snapshot?) throws -> String? {
        guard let snapshot else { return nil }
        var json = "{"
        for (index, key) in snapshot.keys.sorted().enumerated() {
            if index > 0 { json += "," }
            quote(key, into: &json)
            json += ":"
            switch snapshot[key]! {
            case .null: json += "null"
            case .integer(let n): json += String(n)
            case .real(let x) where x.isFinite:
                json += x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
            case .real: json += "null"
            case .text(let text): quote(text, into: &json)
            }
        }
        return json + "}"
    }

    private static func quote(_ text: String, into json: inout String) {
        json += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": json += "\\\""
            case "\\": json += "\\\\"
            case "\n": json += "\\n"
            case "\r": json += "\\r"
            case "\t": json += "\\t"
            case _ where scalar.value < 0x20: json += String(format: "\\u%04x", scalar.value)
            default: json.unicodeScalars.append(scalar)
            }
        }
        json += "\""
    }

    static func decode(_ text: String?) throws -> Snapshot? {
        guard let text else { return nil }
        return try JSONDecoder().decode(Snapshot.self, from: Data(text.utf8))
    }

    /// Appends one entry; `before` is nil for a creation.
    @discardableResult
    static func record(_ db: Database, editor: Editor, entity: ChangeResult.Entity, id: Int64, action: String,
                       before: Snapshot?, undoes: Int64? = nil) throws -> Int64 {
        let after = try snapshot(db, entity, id: id)
        try db.cachedStatement(sql: """
            INSERT INTO audit (at, who, session, entity, entity_id, action, before, after, undoes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [timestamp(), editor.who, editor.session, entity.rawValue, id,
                                     editor.batch.map { "\($0):\(action)" } ?? action, try encode(before), try encode(after), undoes])
        let entry = db.lastInsertedRowID
        try seal(db, entry: entry)
        return entry
    }

    /// Chains an entry to the one before it: its hash covers the previous entry's hash and
    /// its own content, so changing or removing any entry breaks every hash after it. Runs in
    /// the change's own transaction, so the chain has no gaps.
    static func seal(_ db: Database, entry: Int64) throws {
        let previous = try String.fetchOne(db.cachedStatement(sql: "SELECT hash FROM audit WHERE id < ? ORDER BY id DESC LIMIT 1"),
                                           arguments: [entry]) ?? ""
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM audit WHERE id = ?"), arguments: [entry]) else { return }
        try db.cachedStatement(sql: "UPDATE audit SET hash = ? WHERE id = ?").execute(arguments: [hash(previous: previous, row), entry])
    }

    /// SHA-256, in hex, of the previous hash and the entry's columns (hash aside), each written
    /// with its length so no two different entries read the same.
    static func hash(previous: String, _ row: Row) -> String {
        var text = previous
        for column in ["id", "at", "who", "session", "entity", "entity_id", "action", "before", "after", "undoes"] {
            let value: String = switch (row[column] as DatabaseValue).storage {
            case .null, .blob: "∅"
            case .int64(let n): String(n)
            case .double(let x): String(x)
            case .string(let s): s
            }
            text += "\n\(column)=\(value.utf8.count):\(value)"
        }
        return SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The name a snapshot goes by, for messages.
    static func label(_ snapshot: Snapshot?) -> String {
        for key in ["name", "title", "term"] {
            if case .text(let text) = snapshot?[key] { return text }
        }
        if case .text(let iso) = snapshot?["received_on"], let day = Day(iso: iso) { return "báo cáo nhận ngày \(day.display)" }
        switch snapshot?["points"] {
        case .integer(let n): return "điểm \(n)"
        case .real(let x): return "điểm \(formatPoints(x))"
        default: break
        }
        if case .text(let code) = snapshot?["code"] { return "tiêu chí \(code)" }
        return ""
    }
}
