import Model

/// Everything the user can ask for; `update` turns each into a new state.
public enum Action: Equatable, Sendable {
    case selectPane(PaneID)
    case nextPane
    case previousPane
    case move(Int)
    case page(Int)
    case first
    case last
    case switchGroup(Int)
    case toggleHelp
    case closeHelp
    case scrollHelp(Int)
    case resize(width: Int, height: Int)
    case quit
    // Pane 1: lists, search, sort, filters, detail.
    case switchView
    case startSearch
    case searchInput(Character)
    case searchBackspace
    case searchAccept
    case searchClear
    case cycleSort
    case reverseSort
    case cycleFilter
    case cycleSecondFilter
    case toggleArchived
    case openDetail
    case closeDetail
    // Pane 1: forms and changes.
    case openNew
    case openEdit
    case openNewPerson
    case openRegistration
    case openNewInitiative
    case askArchive
    case confirm
    case dismissConfirm
    /// "n": no to the question; where it offers a second way (keep the older file), that way.
    case declineConfirm
    case undo
    /// The documents of the pane (`D`), the settings for them (`O`), a year's report text (`W`).
    case openDocuments
    case openSettings
    case openReportWriting
    /// The council's meeting (`M`): its slides, attendance, the counts typed, closing.
    case openMeeting
    case closeMeeting
    case meetingStep(Int)
    case meetingMove(Int)
    case meetingToggle
    case meetingInput(Character)
    case meetingBackspace
    case meetingEnter
    /// Pane 1's import from Excel or CSV (`I`), its preview's keys.
    case openImport
    case confirmImport
    case closeImport
    case scrollImport(Int)
    // Pane 3: the report matrix and reminders.
    case cycleYear
    case moveColumn(Int)
    case openReceipt
    case askRemoveReceipt
    case changeReminderWindow(Int)
    // Pane 2: the timeline.
    case zoom(Int)
    case jumpToToday
    case switchPhase(Int)
    case scrollTime(Int)
    // Pane 4: the worksheet and its criteria.
    case switchRound(Int)
    case cycleAssessor
    case cellInput(Character)
    case cellBackspace
    case cellCommit
    case cellCancel
    case clearCell
    case propose
    case editBands
    // Pane 5: the award flow.
    case openAppraisal
    case openVote
    case openDecision
    case editQuota
    // Panes 4 and 5: a record's trail.
    case showHistory
    case closeHistory
    // Forms.
    case formInput(Character)
    case formBackspace
    case formNextField
    case formPreviousField
    case formEnter
    case formChoice(Int)
    case formSubmit
    case formCancel
    /// Ctrl-C in a form: cancels it, and on the sign-in leaves the program.
    case formQuit
    case cycleInputMethod
    case toggleToneStyle
    // The shared workstation.
    case lock
    case signOut
    case manageAccounts
    case openPresentation
    case slide(Int)
    case closePresentation
    // What the event loop reports back.
    case loaded(LoadResult)
    case changeFinished(ChangeOutcome)
    /// Another session committed: the shared figures read again.
    case externalChange(Dashboard)
}

/// How a change the event loop committed (or undid) ended.
public enum ChangeOutcome: Equatable, Sendable {
    case saved(ChangeResult, Dashboard)
    case refused(FieldError)
    case failed(String)
}

/// A question asked before a change: "y" commits it (or reopens the draft), anything else leaves it.
public struct Confirmation: Equatable, Sendable {
    public var question: String
    public var change: Change?
    /// A form left unsaved when the program last stopped, offered back.
    public var draft: FormState?
    /// Documents whose files exist: "y" replaces them, "n" keeps them and writes beside them.
    public var document: DocumentRequest?

    public init(question: String, change: Change? = nil, draft: FormState? = nil, document: DocumentRequest? = nil) {
        self.question = question
        self.change = change
        self.draft = draft
        self.document = document
    }

    /// What "y" and "n" do here, as the dialog says them.
    var answers: (yes: String, no: String) {
        document == nil ? ("đồng ý", "không") : ("thay tệp cũ", "giữ tệp cũ, ghi tệp mới bên cạnh")
    }
}
