/// Where a binding applies.
public enum KeyScope: Equatable, Sendable {
    case global
    case pane(PaneID)
    /// One of pane 1's lists.
    case view(UnitsView)
    /// One of pane 3's views.
    case reportsView(ReportsView)
    case detail
    case search
    case confirm
    case help
    case form

    /// Every scope, in the order the help overlay lists them.
    static let all: [KeyScope] = [.global] + PaneID.allCases.flatMap { pane -> [KeyScope] in
        switch pane {
        case .units: return [.pane(pane)] + UnitsView.allCases.map { .view($0) } + [.detail, .search]
        case .reports: return [.pane(pane)] + ReportsView.allCases.map { .reportsView($0) }
        default: return [.pane(pane)]
        }
    } + [.form, .confirm, .help]

    var title: String {
        switch self {
        case .global: return "Chung"
        case .pane(let pane): return "Ô \(pane.rawValue) \(pane.title)"
        case .view(let view): return "Ô 1 · \(view.title)"
        case .reportsView(let view): return "Ô 3 · \(view.title)"
        case .detail: return "Ô 1 · Chi tiết đơn vị"
        case .search: return "Tìm kiếm (chữ gõ vào ô tìm)"
        case .confirm: return "Câu hỏi xác nhận"
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
        KeyBinding([.char("y"), .enter], "y/Enter", "Đồng ý", .confirm, action: .confirm),
        KeyBinding([.char("n"), .escape], "n/Esc", "Không", .confirm, action: .dismissConfirm),
        KeyBinding([.enter], "Enter", "Giữ bộ lọc", .search, action: .searchAccept),
        KeyBinding([.escape], "Esc", "Xoá tìm kiếm", .search, action: .searchClear),
        KeyBinding([.up, .down], "↑↓", "Qua các kết quả", .search) { key in key == .up ? .move(-1) : .move(1) },
        KeyBinding([.backspace, .delete], "Backspace", "Xoá ký tự", .search, action: .searchBackspace),
        KeyBinding([.escape], "Esc", "Quay lại danh sách", .detail, action: .closeDetail),
        KeyBinding([.char("e")], "e", "Sửa đơn vị", .detail, action: .openEdit),
        KeyBinding([.char("p")], "p", "Thêm cá nhân", .detail, action: .openNewPerson),
        KeyBinding([.char("r")], "r", "Đăng ký thi đua", .detail, action: .openRegistration),
        KeyBinding([.char("i")], "i", "Thêm sáng kiến", .detail, action: .openNewInitiative),
        KeyBinding([.char("d")], "d", "Lưu trữ/khôi phục", .detail, action: .askArchive),
        KeyBinding([.enter], "Enter", "Chi tiết", .view(.units), action: .openDetail),
        KeyBinding([.char("n")], "n", "Thêm đơn vị", .view(.units), action: .openNew),
        KeyBinding([.char("e")], "e", "Sửa", .view(.units), action: .openEdit),
        KeyBinding([.char("d")], "d", "Lưu trữ/khôi phục", .view(.units), action: .askArchive),
        KeyBinding([.char("r")], "r", "Đăng ký thi đua", .view(.units), action: .openRegistration),
        KeyBinding([.char("p")], "p", "Thêm cá nhân", .view(.units), action: .openNewPerson),
        KeyBinding([.char("i")], "i", "Thêm sáng kiến", .view(.units), action: .openNewInitiative),
        KeyBinding([.char("f")], "f", "Lọc nhóm", .view(.units), action: .cycleFilter),
        KeyBinding([.char("F")], "F", "Lọc đăng ký", .view(.units), action: .cycleSecondFilter),
        KeyBinding([.char("a")], "a", "Hoạt động/lưu trữ", .view(.units), action: .toggleArchived),
        KeyBinding([.char("s")], "s", "Sắp xếp theo cột", .view(.units), action: .cycleSort),
        KeyBinding([.char("S")], "S", "Đảo chiều sắp xếp", .view(.units), action: .reverseSort),
        KeyBinding([.char("n")], "n", "Thêm cá nhân", .view(.people), action: .openNew),
        KeyBinding([.char("e")], "e", "Sửa", .view(.people), action: .openEdit),
        KeyBinding([.char("d")], "d", "Lưu trữ/khôi phục", .view(.people), action: .askArchive),
        KeyBinding([.char("r")], "r", "Đăng ký thi đua", .view(.people), action: .openRegistration),
        KeyBinding([.char("i")], "i", "Thêm sáng kiến", .view(.people), action: .openNewInitiative),
        KeyBinding([.char("a")], "a", "Hoạt động/lưu trữ", .view(.people), action: .toggleArchived),
        KeyBinding([.char("s")], "s", "Sắp xếp theo cột", .view(.people), action: .cycleSort),
        KeyBinding([.char("S")], "S", "Đảo chiều sắp xếp", .view(.people), action: .reverseSort),
        KeyBinding([.char("e")], "e", "Sửa", .view(.initiatives), action: .openEdit),
        KeyBinding([.char("d")], "d", "Lưu trữ", .view(.initiatives), action: .askArchive),
        KeyBinding([.char("f")], "f", "Lọc nội dung a–h", .view(.initiatives), action: .cycleFilter),
        KeyBinding([.char("F")], "F", "Lọc trạng thái", .view(.initiatives), action: .cycleSecondFilter),
        KeyBinding([.char("n")], "n", "Thêm (chỉ dẫn)", .view(.initiatives), action: .openNew),
        KeyBinding([.char("/")], "/", "Tìm", .pane(.units), action: .startSearch),
        KeyBinding([.char("v")], "v", "Đổi danh sách", .pane(.units), action: .switchView),
        KeyBinding([.escape], "Esc", "Bỏ tìm kiếm", .pane(.units), action: .searchClear),
        KeyBinding([.enter], "Enter", "Ghi nhận, sửa", .reportsView(.matrix), action: .openReceipt),
        KeyBinding([.left, .char("h"), .right, .char("l")], "←→/hl", "Chọn hạn (cột)", .reportsView(.matrix)) { key in
            key == .left || key == .char("h") ? .moveColumn(-1) : .moveColumn(1)
        },
        KeyBinding([.char("d")], "d", "Xoá ghi nhận", .reportsView(.matrix), action: .askRemoveReceipt),
        KeyBinding([.char("y")], "y", "Lọc năm", .reportsView(.matrix), action: .cycleYear),
        KeyBinding([.char("f")], "f", "Lọc nhóm", .reportsView(.matrix), action: .cycleFilter),
        KeyBinding([.enter], "Enter", "Ghi nhận báo cáo", .reportsView(.reminders), action: .openReceipt),
        KeyBinding([.char("+"), .char("-")], "+/-", "Nhắc trước ±15 ngày", .reportsView(.reminders)) { key in
            .changeReminderWindow(key == .char("+") ? 15 : -15)
        },
        KeyBinding([.char("v")], "v", "Ma trận/nhắc việc", .pane(.reports), action: .switchView),
        KeyBinding([.char("+"), .char("-")], "+/-", "Thu phóng trục", .pane(.timeline)) { key in
            .zoom(key == .char("+") ? -1 : 1)
        },
        KeyBinding([.char("t")], "t", "Về hôm nay", .pane(.timeline), action: .jumpToToday),
        KeyBinding([.char("["), .char("]")], "[/]", "Đổi giai đoạn", .pane(.timeline)) { key in
            .switchPhase(key == .char("[") ? -1 : 1)
        },
        KeyBinding([.left, .char("h"), .right, .char("l")], "←→/hl", "Dời trục thời gian", .pane(.timeline)) { key in
            .scrollTime(key == .left || key == .char("h") ? -1 : 1)
        },
        KeyBinding([.char("n")], "n", "Thêm hoạt động", .pane(.timeline), action: .openNew),
        KeyBinding([.enter, .char("e")], "Enter/e", "Sửa hoạt động", .pane(.timeline), action: .openEdit),
        KeyBinding([.char("d")], "d", "Lưu trữ hoạt động", .pane(.timeline), action: .askArchive),
        KeyBinding([.char("?"), .escape], "?/Esc", "Đóng trợ giúp", .help, action: .closeHelp),
        KeyBinding([.up, .down, .pageUp, .pageDown], "↑↓ PgUp/PgDn", "Cuộn trợ giúp", .help) { key in
            switch key {
            case .up: return .scrollHelp(-1)
            case .down: return .scrollHelp(1)
            case .pageUp: return .scrollHelp(-10)
            default: return .scrollHelp(10)
            }
        },
        KeyBinding([.left, .char("h"), .right, .char("l")], "←→/hl", "Đổi nhóm", .pane(.worksheet)) { key in
            key == .left || key == .char("h") ? .switchGroup(-1) : .switchGroup(1)
        },
        KeyBinding([.char("?")], "?", "Trợ giúp", action: .toggleHelp),
        KeyBinding([.char("q"), .ctrl("c")], "q/Ctrl-C", "Thoát", action: .quit),
        KeyBinding([.char("u")], "u", "Hoàn tác", action: .undo),
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
        let quit = bindings.filter { $0.scope == .global && $0.keys.contains(.ctrl("c")) }
        if state.confirmation != nil { return bindings.filter { $0.scope == .confirm } + quit }
        if state.showHelp { return bindings.filter { $0.scope == .help } + quit }
        var scopes: [KeyScope] = [.pane(state.pane), .global]
        if state.pane == .units {
            if state.browser.searching { return bindings.filter { $0.scope == .search } + quit }
            scopes = state.browser.detailID != nil ? [.detail, .global] : [.view(state.browser.view), .pane(.units), .global]
        } else if state.pane == .reports {
            scopes = [.reportsView(state.reports.view), .pane(.reports), .global]
        }
        return scopes.flatMap { scope in bindings.filter { $0.scope == scope } }
    }

    public static func action(for key: Key, in state: AppState) -> Action? {
        if case .resize = key { return nil }
        if let binding = active(in: state).first(where: { $0.keys.contains(key) }) { return binding.resolve(key) }
        // In a form or the search line every other printable key is text, so "q" typed in
        // a name is a letter.
        if case .char(let character) = key {
            if state.form != nil { return .formInput(character) }
            if state.pane == .units && state.browser.searching && state.confirmation == nil && !state.showHelp {
                return .searchInput(character)
            }
        }
        return nil
    }
}
