/// Where a binding applies.
public enum KeyScope: Equatable, Sendable {
    case global
    case pane(PaneID)
    case help
    case form

    var title: String {
        switch self {
        case .global: return "Chung"
        case .pane(let pane): return "Ô \(pane.rawValue) \(pane.title)"
        case .help: return "Trợ giúp"
        case .form: return "Biểu mẫu (chữ gõ vào ô đang chọn)"
        }
    }
}

/// One row of the key table: its keys, how they are written, what they do, where.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let keyLabel: String
    public let label: String
    public let scope: KeyScope
    let resolve: @Sendable (Key) -> Action

    init(_ keys: [Key], _ keyLabel: String, _ label: String, _ scope: KeyScope = .global,
         _ resolve: @escaping @Sendable (Key) -> Action) {
        self.keys = keys
        self.keyLabel = keyLabel
        self.label = label
        self.scope = scope
        self.resolve = resolve
    }

    init(_ keys: [Key], _ keyLabel: String, _ label: String, _ scope: KeyScope = .global, action: Action) {
        self.init(keys, keyLabel, label, scope) { _ in action }
    }
}

/// The one key table: it routes keys and feeds both the footer and the `?` overlay.
public enum Keymap {
    public static let bindings: [KeyBinding] = [
        KeyBinding([.ctrl("s")], "Ctrl-S", "Lưu", .form, action: .formSubmit),
        KeyBinding([.enter], "Enter", "Ô sau; lưu ở ô cuối", .form, action: .formEnter),
        KeyBinding([.escape, .ctrl("c")], "Esc/Ctrl-C", "Huỷ", .form, action: .formCancel),
        KeyBinding([.tab, .down], "Tab/↓", "Ô nhập sau", .form, action: .formNextField),
        KeyBinding([.backTab, .up], "Shift-Tab/↑", "Ô nhập trước", .form, action: .formPreviousField),
        KeyBinding([.left, .right], "←→/Space", "Đổi lựa chọn", .form) { key in key == .left ? .formChoice(-1) : .formChoice(1) },
        KeyBinding([.ctrl("t")], "Ctrl-T", "Bộ gõ Telex/VNI/tắt", .form, action: .cycleInputMethod),
        KeyBinding([.backspace, .delete], "Backspace/Del", "Xoá ký tự", .form, action: .formBackspace),
        KeyBinding([.char("n")], "n", "Thêm đơn vị", .pane(.units), action: .openNewUnit),
        KeyBinding([.char("?"), .escape], "?/Esc", "Đóng trợ giúp", .help, action: .closeHelp),
        KeyBinding([.left, .char("h"), .right, .char("l")], "←→/hl", "Đổi nhóm", .pane(.worksheet)) { key in
            key == .left || key == .char("h") ? .switchGroup(-1) : .switchGroup(1)
        },
        KeyBinding([.char("?")], "?", "Trợ giúp", action: .toggleHelp),
        KeyBinding([.char("q"), .ctrl("c")], "q/Ctrl-C", "Thoát", action: .quit),
        KeyBinding(PaneID.allCases.map { .char(Character(String($0.rawValue))) }, "1–4", "Chọn ô") { key in
            guard case .char(let c) = key, let n = Int(String(c)), let pane = PaneID(rawValue: n) else { return .nextPane }
            return .selectPane(pane)
        },
        KeyBinding([.tab], "Tab", "Ô sau", action: .nextPane),
        KeyBinding([.backTab], "Shift-Tab", "Ô trước", action: .previousPane),
        KeyBinding([.up, .char("k"), .down, .char("j")], "↑↓/jk", "Di chuyển") { key in
            key == .up || key == .char("k") ? .move(-1) : .move(1)
        },
        KeyBinding([.pageUp, .pageDown], "PgUp/PgDn", "Trang") { key in key == .pageUp ? .page(-1) : .page(1) },
        KeyBinding([.home, .char("g"), .end, .char("G")], "Home/End g/G", "Đầu/cuối") { key in
            key == .home || key == .char("g") ? .first : .last
        },
    ]

    /// The bindings in force now, the most specific first.
    public static func active(in state: AppState) -> [KeyBinding] {
        if state.form != nil { return bindings.filter { $0.scope == .form } }
        if state.showHelp {
            return bindings.filter { $0.scope == .help } + bindings.filter { $0.scope == .global && $0.keys.contains(.ctrl("c")) }
        }
        return bindings.filter { $0.scope == .pane(state.pane) } + bindings.filter { $0.scope == .global }
    }

    public static func action(for key: Key, in state: AppState) -> Action? {
        if case .resize = key { return nil }
        if let binding = active(in: state).first(where: { $0.keys.contains(key) }) { return binding.resolve(key) }
        // In a form every other printable key is text, so "q" typed in a name is a letter.
        if state.form != nil, case .char(let character) = key { return .formInput(character) }
        return nil
    }
}
