import GRDB
import Model

/// Each officer's input method and tone style, kept in `setting` under "bo_go:NAME" as
/// "telex|vni|tat" and "moi|cu". Preferences are not records: they are not audited.
extension AppDatabase {
    public func inputPreference(officer: String) throws -> (kind: InputMethodKind?, modernTone: Bool)? {
        try read { db in
            guard let value = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?",
                                                  arguments: [Self.preferenceKey(officer)]) else { return nil }
            let parts = value.split(separator: " ")
            let kind: InputMethodKind? = switch parts.first {
            case "vni": .vni
            case "tat": nil
            default: .telex
            }
            return (kind, parts.last != "cu")
        }
    }

    public func saveInputPreference(officer: String, kind: InputMethodKind?, modernTone: Bool) throws {
        let method = switch kind {
        case .telex: "telex"
        case .vni: "vni"
        case nil: "tat"
        }
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                           arguments: [Self.preferenceKey(officer), "\(method) \(modernTone ? "moi" : "cu")"])
        }
    }

    private static func preferenceKey(_ officer: String) -> String { "bo_go:" + Unit.nameKey(officer) }
}
