import Model

/// One field of a form: free text or a choice among labels.
public struct FormField: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case text
        case choice([String])
    }

    public var key: String
    public var label: String
    public var kind: Kind
    public var text = ""
    public var choice = 0

    public init(key: String, label: String, kind: Kind = .text) {
        self.key = key
        self.label = label
        self.kind = kind
    }

    /// What the field shows: its text, or the chosen label.
    public var display: String {
        if case .choice(let options) = kind { return options.indices.contains(choice) ? options[choice] : "" }
        return text
    }
}

/// A form being filled in: its fields, which has the focus, and what is wrong with them.
public struct FormState: Equatable, Sendable {
    public var title: String
    public var fields: [FormField]
    public var focus = 0
    public var errors: [String: String] = [:]
    public var dirty = false
    public var confirmingCancel = false
    /// A problem that belongs to no one field (the database refused, say).
    public var message: String?

    public init(title: String, fields: [FormField]) {
        self.title = title
        self.fields = fields
    }

    public func text(_ key: String) -> String { fields.first { $0.key == key }?.text ?? "" }
    public func choice(_ key: String) -> Int { fields.first { $0.key == key }?.choice ?? 0 }

    /// The form for a new unit.
    public static func newUnit() -> FormState {
        FormState(title: "Thêm đơn vị", fields: [
            FormField(key: "name", label: "Tên đơn vị"),
            FormField(key: "group", label: "Nhóm", kind: .choice(UnitGroup.allCases.map { "\($0.rawValue) – \($0.title)" })),
            FormField(key: "head", label: "Người đứng đầu"),
            FormField(key: "phone", label: "Điện thoại"),
        ])
    }

    /// The unit the fields describe.
    public var unit: Unit {
        Unit(id: 0, name: VietText.normalize(text("name")), group: UnitGroup.allCases[choice("group")],
             head: VietText.normalize(text("head")), phone: VietText.normalize(text("phone")))
    }
}
