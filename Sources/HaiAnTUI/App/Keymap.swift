import Model

/// Where a binding applies.
public enum KeyScope: Equatable, Sendable {
    case global
    case pane(PaneID)
    /// One of pane 1's lists.
    case view(UnitsView)
    /// One of pane 3's views.
    case reportsView(ReportsView)
    /// One of pane 4's views.
    case worksheetView(WorksheetView)
    /// A number being typed into a worksheet cell.
    case cellEdit
    /// A record's trail shown over the pane.
    case history
    case detail
    case search
    case confirm
    case help
    case form
    case presentation
    /// A file's import shown before it is written.
    case importPreview
    /// The council's meeting (`M`).
    case meeting
    /// Text being typed in the search line or a score cell: only Ctrl-keys leave it.
    case typing

    /// Every scope, in the order the help overlay lists them.
    static let all: [KeyScope] = [.global] + PaneID.allCases.flatMap { pane -> [KeyScope] in
        switch pane {
        case .units: return [.pane(pane)] + UnitsView.allCases.map { .view($0) } + [.detail, .search]
        case .reports: return [.pane(pane)] + ReportsView.allCases.map { .reportsView($0) }
        case .worksheet: return [.pane(pane)] + WorksheetView.allCases.map { .worksheetView($0) } + [.cellEdit]
        default: return [.pane(pane)]
        }
    } + [.typing, .presentation, .meeting, .importPreview, .history, .form, .confirm, .help]

    var title: String {
        switch self {
        case .global: return "Chung"
        case .pane(let pane): return "Ô \(pane.rawValue) \(pane.title)"
        case .view(let view): return "Ô 1 · \(view.title)"
        case .reportsView(let view): return "Ô 3 · \(view.title)"
        case .worksheetView(let view): return "Ô 4 · \(view.title)"
        case .cellEdit: return "Ô 4 · Đang gõ điểm vào ô"
        case .history: return "Lịch sử thay đổi"
        case .detail: return "Ô 1 · Chi tiết đơn vị"
        case .search: return "Tìm kiếm (chữ gõ vào ô tìm)"
        case .confirm: return "Câu hỏi xác nhận"
        case .help: return "Trợ giúp"
        case .form: return "Biểu mẫu (chữ gõ vào ô đang chọn)"
        case .presentation: return "Trình chiếu"
        case .importPreview: return "Xem trước khi nhập"
        case .meeting: return "Họp Hội đồng (M ở ô 5)"
        case .typing: return "Khi đang gõ (tìm kiếm, ô điểm)"
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
        KeyBinding([.escape], "Esc", "Huỷ", .form, action: .formCancel),
        KeyBinding([.ctrl("c")], "Ctrl-C", "Huỷ/thoát", .form, action: .formQuit),
        KeyBinding([.tab, .down], "Tab/↓", "Ô nhập sau", .form, action: .formNextField),
        KeyBinding([.backTab, .up], "Shift-Tab/↑", "Ô nhập trước", .form, action: .formPreviousField),
        KeyBinding([.left, .right], "←→", "Đổi chọn; chữ đầu", .form) { key in key == .left ? .formChoice(-1) : .formChoice(1) },
        KeyBinding([.ctrl("t")], "Ctrl-T", "Bộ gõ Telex/VNI/tắt", .form, action: .cycleInputMethod),
        KeyBinding([.ctrl("o")], "Ctrl-O", "Dấu kiểu mới/cũ", .form, action: .toggleToneStyle),
        KeyBinding([.ctrl("l")], "Ctrl-L", "Khoá máy", .form, action: .lock),
        KeyBinding([.backspace, .delete], "Backspace/Del", "Xoá ký tự", .form, action: .formBackspace),
        KeyBinding([.char("y"), .enter], "y/Enter", "Đồng ý", .confirm, action: .confirm),
        KeyBinding([.char("n")], "n", "Không", .confirm, action: .declineConfirm),
        KeyBinding([.escape], "Esc", "Bỏ", .confirm, action: .dismissConfirm),
        KeyBinding([.enter], "Enter", "Giữ bộ lọc", .search, action: .searchAccept),
        KeyBinding([.escape], "Esc", "Xoá tìm kiếm", .search, action: .searchClear),
        KeyBinding([.up, .down], "↑↓", "Qua các kết quả", .search) { key in key == .up ? .move(-1) : .move(1) },
        KeyBinding([.backspace, .delete], "Backspace", "Xoá ký tự", .search, action: .searchBackspace),
        KeyBinding([.ctrl("t")], "Ctrl-T", "Bộ gõ Telex/VNI/tắt", .search, action: .cycleInputMethod),
        KeyBinding([.ctrl("o")], "Ctrl-O", "Dấu kiểu mới/cũ", .search, action: .toggleToneStyle),
        KeyBinding([.escape], "Esc", "Quay lại danh sách", .detail, action: .closeDetail),
        KeyBinding([.char("e")], "e", "Sửa đơn vị", .detail, action: .openEdit),
        KeyBinding([.char("p")], "p", "Thêm cá nhân", .detail, action: .openNewPerson),
        KeyBinding([.char("r")], "r", "Đăng ký thi đua", .detail, action: .openRegistration),
        KeyBinding([.char("i")], "i", "Thêm sáng kiến", .detail, action: .openNewInitiative),
        KeyBinding([.char("d")], "d", "Lưu trữ/khôi phục", .detail, action: .askArchive),
        KeyBinding([.char("H")], "H", "Lịch sử đơn vị", .detail, action: .showHistory),
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
        KeyBinding([.char("F")], "F", "Lọc đăng ký", .view(.people), action: .cycleSecondFilter),
        KeyBinding([.char("a")], "a", "Hoạt động/lưu trữ", .view(.people), action: .toggleArchived),
        KeyBinding([.char("s")], "s", "Sắp xếp theo cột", .view(.people), action: .cycleSort),
        KeyBinding([.char("S")], "S", "Đảo chiều sắp xếp", .view(.people), action: .reverseSort),
        KeyBinding([.char("e")], "e", "Sửa", .view(.initiatives), action: .openEdit),
        KeyBinding([.char("d")], "d", "Lưu trữ", .view(.initiatives), action: .askArchive),
        KeyBinding([.char("f")], "f", "Lọc nội dung a–h", .view(.initiatives), action: .cycleFilter),
        KeyBinding([.char("F")], "F", "Lọc trạng thái", .view(.initiatives), action: .cycleSecondFilter),
        KeyBinding([.char("n")], "n", "Thêm (chỉ dẫn)", .view(.initiatives), action: .openNew),
        KeyBinding([.char("/")], "/", "Tìm", .pane(.units), action: .startSearch),
        KeyBinding([.char("H")], "H", "Lịch sử bản ghi", .pane(.units), action: .showHistory),
        KeyBinding([.char("I")], "I", "Nhập từ Excel/CSV", .pane(.units), action: .openImport),
        KeyBinding([.enter], "Enter", "Nhập vào", .importPreview, action: .confirmImport),
        KeyBinding([.escape], "Esc", "Bỏ, không nhập", .importPreview, action: .closeImport),
        KeyBinding([.up, .down, .pageUp, .pageDown], "↑↓ PgUp/PgDn", "Cuộn", .importPreview) { key in
            switch key {
            case .up: return .scrollImport(-1)
            case .down: return .scrollImport(1)
            case .pageUp: return .scrollImport(-10)
            default: return .scrollImport(10)
            }
        },
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
        KeyBinding([.char("D")], "D", "Lập báo cáo năm", .pane(.reports), action: .openDocuments),
        KeyBinding([.char("W")], "W", "Viết phần đánh giá", .pane(.reports), action: .openReportWriting),
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
        KeyBinding([.char("H")], "H", "Lịch sử hoạt động", .pane(.timeline), action: .showHistory),
        KeyBinding([.char("?"), .escape], "?/Esc", "Đóng trợ giúp", .help, action: .closeHelp),
        KeyBinding([.up, .down, .pageUp, .pageDown], "↑↓ PgUp/PgDn", "Cuộn trợ giúp", .help) { key in
            switch key {
            case .up: return .scrollHelp(-1)
            case .down: return .scrollHelp(1)
            case .pageUp: return .scrollHelp(-10)
            default: return .scrollHelp(10)
            }
        },
        KeyBinding(scoreKeys, "0–9 , .", "Gõ điểm vào ô", .worksheetView(.scores)) { key in cellInput(key) },
        KeyBinding([.left, .char("h"), .right, .char("l")], "←→/hl", "Chọn tiêu chí", .worksheetView(.scores)) { key in
            key == .left || key == .char("h") ? .moveColumn(-1) : .moveColumn(1)
        },
        KeyBinding([.char("a")], "a", "Tự chấm/Hội đồng", .worksheetView(.scores), action: .cycleAssessor),
        KeyBinding([.char("s")], "s", "Xếp tên/hạng", .worksheetView(.scores), action: .cycleSort),
        KeyBinding([.char("x"), .delete], "x/Del", "Xoá điểm ô", .worksheetView(.scores), action: .clearCell),
        KeyBinding([.char("p")], "p", "Đề nghị khen", .worksheetView(.scores), action: .propose),
        KeyBinding([.char("H")], "H", "Lịch sử ô", .worksheetView(.scores), action: .showHistory),
        KeyBinding([.char("n")], "n", "Thêm tiêu chí", .worksheetView(.criteria), action: .openNew),
        KeyBinding([.enter, .char("e")], "Enter/e", "Sửa tiêu chí", .worksheetView(.criteria), action: .openEdit),
        KeyBinding([.char("d")], "d", "Bỏ tiêu chí", .worksheetView(.criteria), action: .askArchive),
        KeyBinding([.char("["), .char("]")], "[/]", "Đổi vòng chấm", .pane(.worksheet)) { key in
            .switchRound(key == .char("[") ? -1 : 1)
        },
        KeyBinding([.char("f")], "f", "Đổi nhóm", .pane(.worksheet), action: .switchGroup(1)),
        KeyBinding([.char("v")], "v", "Bảng điểm/tiêu chí", .pane(.worksheet), action: .switchView),
        KeyBinding([.char("b")], "b", "Ngưỡng xếp loại", .pane(.worksheet), action: .editBands),
        KeyBinding([.enter], "Enter", "Lưu, sang cột sau", .cellEdit, action: .cellCommit),
        KeyBinding([.escape], "Esc", "Bỏ số đang gõ", .cellEdit, action: .cellCancel),
        KeyBinding([.backspace], "Backspace", "Xoá ký tự", .cellEdit, action: .cellBackspace),
        KeyBinding(scoreKeys, "0–9 , .", "Gõ tiếp", .cellEdit) { key in cellInput(key) },
        KeyBinding([.char("["), .char("]")], "[/]", "Đổi vòng", .pane(.awards)) { key in
            .switchRound(key == .char("[") ? -1 : 1)
        },
        KeyBinding([.char("v")], "v", "Đề nghị/được khen", .pane(.awards), action: .switchView),
        KeyBinding([.char("n")], "n", "Đề nghị theo tên", .pane(.awards), action: .openNew),
        KeyBinding([.enter, .char("e")], "Enter/e", "Sửa đề nghị", .pane(.awards), action: .openEdit),
        KeyBinding([.char("t")], "t", "Thẩm định", .pane(.awards), action: .openAppraisal),
        KeyBinding([.char("b")], "b", "Biểu quyết", .pane(.awards), action: .openVote),
        KeyBinding([.char("c")], "c", "Quyết định", .pane(.awards), action: .openDecision),
        KeyBinding([.char("d")], "d", "Rút/khôi phục", .pane(.awards), action: .askArchive),
        KeyBinding([.char("H")], "H", "Lịch sử đề nghị", .pane(.awards), action: .showHistory),
        KeyBinding([.char("Q")], "Q", "Chỉ tiêu khen", .pane(.awards), action: .editQuota),
        KeyBinding([.char("D")], "D", "Văn bản khen thưởng", .pane(.awards), action: .openDocuments),
        KeyBinding([.char("M")], "M", "Họp Hội đồng", .pane(.awards), action: .openMeeting),
        KeyBinding([.enter], "Enter", "Ghi điểm danh/phiếu", .meeting, action: .meetingEnter),
        KeyBinding([.right, .pageDown, .left, .pageUp], "←→ PgUp/PgDn", "Trang trước/sau", .meeting) { key in
            key == .right || key == .pageDown ? .meetingStep(1) : .meetingStep(-1)
        },
        KeyBinding([.up, .down, .tab, .backTab], "↑↓ Tab", "Chọn người/ô phiếu", .meeting) { key in
            key == .up || key == .backTab ? .meetingMove(-1) : .meetingMove(1)
        },
        KeyBinding([.char(" ")], "Space", "Có mặt/vắng", .meeting, action: .meetingToggle),
        KeyBinding([.backspace], "Backspace", "Xoá số", .meeting, action: .meetingBackspace),
        KeyBinding([.escape], "Esc", "Rời cuộc họp", .meeting, action: .closeMeeting),
        KeyBinding([.char("?")], "?", "Trợ giúp", .meeting, action: .toggleHelp),
        KeyBinding([.escape, .char("H")], "Esc/H", "Đóng lịch sử", .history, action: .closeHistory),
        KeyBinding([.ctrl("c")], "Ctrl-C", "Thoát", .typing, action: .quit),
        KeyBinding([.char("?")], "?", "Trợ giúp", action: .toggleHelp),
        KeyBinding([.char("q"), .ctrl("c")], "q/Ctrl-C", "Thoát", action: .quit),
        KeyBinding([.char("u")], "u", "Hoàn tác", action: .undo),
        KeyBinding([.ctrl("l")], "Ctrl-L", "Khoá máy", action: .lock),
        KeyBinding([.char("X")], "X", "Đăng xuất", action: .signOut),
        KeyBinding([.char("A")], "A", "Tài khoản", action: .manageAccounts),
        KeyBinding([.char("O")], "O", "Cài đặt văn bản", action: .openSettings),
        KeyBinding([.char("P")], "P", "Trình chiếu", action: .openPresentation),
        KeyBinding([.right, .char(" "), .pageDown, .down, .char("l"), .char("j")], "→/Space/PgDn", "Trang sau", .presentation,
                   action: .slide(1)),
        KeyBinding([.left, .pageUp, .up, .backspace, .char("h"), .char("k")], "←/PgUp", "Trang trước", .presentation,
                   action: .slide(-1)),
        KeyBinding([.home, .end], "Home/End", "Trang đầu/cuối", .presentation) { key in
            .slide(key == .home ? -Slide.allCases.count : Slide.allCases.count)
        },
        KeyBinding([.char("q"), .escape], "q/Esc", "Thoát trình chiếu", .presentation, action: .closePresentation),
        KeyBinding([.char("?")], "?", "Trợ giúp", .presentation, action: .toggleHelp),
        KeyBinding(PaneID.allCases.flatMap { [.char(Character(String($0.rawValue))), .function($0.rawValue)] }, "1–5/F1–F5",
                   "Chọn ô") { key in
            switch key {
            case .char(let c): return PaneID(rawValue: Int(String(c)) ?? 0).map(Action.selectPane) ?? .nextPane
            case .function(let n): return PaneID(rawValue: n).map(Action.selectPane) ?? .nextPane
            default: return .nextPane
            }
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

    /// What a score is typed with; digits type here, so panes are chosen with F1–F5 or Tab.
    static let scoreKeys: [Key] = "0123456789,.".map { Key.char($0) }

    private static func cellInput(_ key: Key) -> Action {
        if case .char(let c) = key { return .cellInput(c) }
        return .cellCancel
    }

    /// The bindings in force now, the most specific first.
    public static func active(in state: AppState) -> [KeyBinding] {
        if state.form != nil { return bindings.filter { $0.scope == .form } }
        let quit = bindings.filter { $0.scope == .global && $0.keys.contains(.ctrl("c")) }
        if state.confirmation != nil { return bindings.filter { $0.scope == .confirm } + quit }
        if state.showHelp { return bindings.filter { $0.scope == .help } + quit }
        if state.history != nil { return bindings.filter { $0.scope == .history } + quit }
        if state.importPreview != nil { return bindings.filter { $0.scope == .importPreview } + quit }
        if state.meeting != nil { return bindings.filter { $0.scope == .meeting } + quit }
        if state.presentation != nil { return bindings.filter { $0.scope == .presentation } + quit }
        var scopes: [KeyScope] = [.pane(state.pane), .global]
        if state.pane == .units {
            if state.browser.searching { return bindings.filter { $0.scope == .search || $0.scope == .typing } }
            scopes = state.browser.detailID != nil ? [.detail, .global] : [.view(state.browser.view), .pane(.units), .global]
        } else if state.pane == .reports {
            scopes = [.reportsView(state.reports.view), .pane(.reports), .global]
        } else if state.pane == .worksheet {
            if state.worksheet.editing != nil { return bindings.filter { $0.scope == .cellEdit || $0.scope == .typing } }
            scopes = [.worksheetView(state.worksheet.view), .pane(.worksheet), .global]
        }
        return scopes.flatMap { scope in bindings.filter { $0.scope == scope } }
    }

    /// Who is typing text now, if anyone. That context owns the keyboard: every printable
    /// key is text to it, and only Enter, Esc, Tab, arrows, Backspace/Delete and Ctrl-keys
    /// reach the key table (as htop asks the focused panel before the global keys).
    public enum TextEntry: Equatable, Sendable { case form, search, score, votes }

    public static func textEntry(in state: AppState) -> TextEntry? {
        if state.form != nil { return .form }
        if let meeting = state.meeting, meeting.row != nil, !state.showHelp { return .votes }
        if state.confirmation != nil || state.showHelp || state.history != nil || state.presentation != nil { return nil }
        if state.pane == .units && state.browser.searching { return .search }
        if state.pane == .worksheet && state.worksheet.editing != nil { return .score }
        return nil
    }

    public static func action(for key: Key, in state: AppState) -> Action? {
        if case .resize = key { return nil }
        if case .char(let character) = key, let entry = textEntry(in: state) {
            switch entry {
            case .form: return .formInput(character)
            case .search: return .searchInput(character)
            case .score: return .cellInput(character)
            case .votes: return .meetingInput(character)
            }
        }
        return active(in: state).first(where: { $0.keys.contains(key) })?.resolve(key)
    }
}
