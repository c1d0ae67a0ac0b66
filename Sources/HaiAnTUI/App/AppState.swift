import Model

/// All the app knows: the data on screen, where the user is, the terminal's size.
public struct AppState: Equatable, Sendable {
    public var data: Dashboard
    public var today: Day
    public var pane: PaneID = .units
    public var lists: [PaneID: ListState] = [:]
    /// Pane 1's lists, queries and detail.
    public var browser: Browser
    /// Pane 3's matrix, totals and reminders.
    public var reports = ReportsState()
    /// Pane 2's phase, zoom, axis and activities.
    public var timeline = TimelineState()
    /// Pane 4's round, group, rows and the cell being typed.
    public var worksheet = WorksheetState()
    /// Pane 5's round and proposals.
    public var awards = AwardsState()
    /// A record's trail shown over the pane (`H`), and the one being read.
    public var history: HistoryState?
    var historyRequest: HistoryTarget?
    public var showHelp = false
    /// Lines the help overlay is scrolled by.
    public var helpScroll = 0
    public var width: Int
    public var height: Int
    public var message: String?
    public var quit = false
    public var form: FormState?
    public var confirmation: Confirmation?
    /// The built-in input method for typed text; nil when off (an IME is in use).
    public var inputMethod: InputMethodKind? = .telex
    /// Modern tone placement ("hoá", as the plan writes) or classic ("hóa").
    public var modernTone = true
    /// The officer whose input method and tone style were read (nil: not yet).
    var preferencesFor: String?
    /// A change to commit, or an undo to run; the event loop does it and reports back.
    public var pendingChange: Change?
    /// Who changes are recorded under: the signed-in account's name.
    public var officer = ""
    /// The signed-in account; nil at the sign-in screen.
    public var account: Account?
    /// A PIN typed at the sign-in form, for the event loop to check.
    var signInRequest: SignInRequest?
    /// Said once, with the first greeting: no copy taken off the machine lately.
    var backupNotice: String?
    /// The slides, when they are up.
    public var presentation: PresentationState?
    /// The administrator asked for the accounts (all of them, locked ones too) to choose from.
    var accountsRequested = false
    /// The form that was open when the screen locked, given back on unlock.
    var lockedForm: FormState?
    /// The accounts the sign-in offered, for the lock screen and signing out.
    var signInAccounts: [Account] = []
    public var pendingUndo = false
    /// The settings form (`O`) or a year's report writing (`W`) waits for its read.
    var settingsRequested = false
    var reportWritingRequested: Int?
    /// The council's meeting (`M` in pane 5), when it is on.
    public var meeting: MeetingState?
    /// An import: the file to plan or the plan to write, the preview shown, a path to complete.
    var importRequest: ImportRequest?
    public var importPreview: ImportPreview?
    var completionRequest: String?
    /// A document asked for (`D`), for the event loop to write.
    var documentRequest: DocumentRequest?
    /// The file open, as hints for the command line name it (`--db`).
    public var databasePath = ""

    /// What a new unit or person's joining day says before it is edited: today, within the movement.
    var joiningDay: Day { min(max(today, Plan.movementStart), Plan.movementEnd) }

    public init(data: Dashboard, today: Day, width: Int, height: Int) {
        self.data = data
        self.today = today
        self.width = width
        self.height = height
        browser = Browser(year: Plan.year(nearest: today.year))
        // Pane 2 opens on the phase today falls in (the last one once the movement has ended).
        timeline.phase = data.phases.lastIndex { $0.start <= today } ?? 0
    }

    /// The selection of a pane's list (pane 1: of the list it shows).
    public func list(_ pane: PaneID) -> ListState {
        switch pane {
        case .units: return browser.list(browser.view)
        case .reports: return reports.list(reports.view)
        case .worksheet: return worksheet.list(worksheet.view)
        case .awards: return awards.list(awards.view)
        default: return lists[pane] ?? ListState()
        }
    }

    mutating func setList(_ pane: PaneID, _ list: ListState) {
        switch pane {
        case .units: browser.lists[browser.view] = list
        case .reports: reports.lists[reports.view] = list
        case .worksheet: worksheet.lists[worksheet.view] = list
        case .awards: awards.lists[awards.view] = list
        default: lists[pane] = list
        }
    }

    /// Rows the pane's list holds, for moving the selection.
    public func rowCount(_ pane: PaneID) -> Int {
        switch pane {
        case .units: return browser.total(browser.view)
        case .timeline: return timeline.activities.total
        case .reports: return reports.rowCount
        case .worksheet: return worksheet.view == .scores ? worksheet.rows.total : worksheetTemplate?.criteria.count ?? 0
        case .awards: return awards.shown.count
        }
    }

    public var isTooSmall: Bool { width < Layout.minWidth || height < Layout.minHeight }
}

extension AppState {
    /// The input method and tone style, as the form and the search line show them.
    public var typingStatus: String {
        guard let inputMethod else { return "tắt" }
        return (inputMethod == .telex ? "Telex" : "VNI") + (modernTone ? ", dấu mới" : ", dấu cũ")
    }
}

/// An account and the PIN typed for it.
public struct SignInRequest: Equatable, Sendable {
    public var accountID: Int64
    public var pin: String
    /// A new PIN, when the right one was too short (`Account.pinIsTooShort`).
    public var newPin: String? = nil
}

extension AppState {
    /// What the signed-in account may do (nothing before signing in).
    public var role: Role { account?.role ?? .viewer }

    /// Signs `account` in: changes are recorded under its name, and a form left open when
    /// the screen locked comes back as it was.
    mutating func signIn(_ account: Account) {
        // The form left open comes back only to whoever left it (another officer may take the
        // workstation from the lock screen; the draft stays the first one's).
        let same = self.account?.id == account.id
        self.account = account
        officer = account.name
        form = same ? lockedForm : nil
        lockedForm = nil
        // On the projector the room sees the slides, not a greeting or a note about backups.
        message = presentation != nil ? nil : "Xin chào \(account.name) (\(account.role.title))." + (backupNotice.map { " " + $0 } ?? "")
        if presentation == nil { backupNotice = nil }
    }

    /// Signs out without quitting: back to the sign-in, the last account offered first.
    mutating func signOut() {
        guard let account, !(form?.blocksTheApp ?? false) else { return }
        lockedForm = nil
        form = .signInForm(signInAccounts.isEmpty ? [account] : signInAccounts, selected: account.id)
        self.account = nil
        showHelp = false
        confirmation = nil
        history = nil
        message = "Đã đăng xuất \(account.name)."
    }

    /// Locks the screen: the same account must type its PIN again; pane, selection and any
    /// form being filled stay as they are.
    mutating func lock() {
        guard let account, !(form?.blocksTheApp ?? false) else { return }
        lockedForm = form
        // Every account is offered, this one first: the next officer signs in from here.
        form = .signInForm(signInAccounts.isEmpty ? [account] : signInAccounts, selected: account.id, locked: true)
        showHelp = false
        confirmation = nil
        history = nil
    }
}
