import Model
import Storage

/// A read the event loop carries out for the screen.
public enum LoadRequest: Equatable, Sendable {
    case units(UnitQuery, offset: Int, limit: Int)
    case people(PersonQuery, offset: Int, limit: Int)
    case initiatives(InitiativeQuery, offset: Int, limit: Int)
    case detail(Int64)
    case locateUnit(UnitQuery, id: Int64)
    case matrix(ReportQuery, offset: Int, limit: Int)
    case reportTotals(Day)
    case reminders(Day, days: Int)
    case receipt(ReceiptTarget)
    case activities(ActivityQuery, offset: Int, limit: Int)
    case activitySummary(ActivityQuery, today: Day, elapsed: Double)
    case worksheet(WorksheetQuery, offset: Int, limit: Int)
    case ranks(WorksheetQuery)
    case awards(round: Int64)
    case history(HistoryTarget)
    case preferences(officer: String)
    case signIn(SignInRequest)
    case accounts
    case presentation(Day)
    case settings
    case reportWriting(year: Int)
    case pathCompletion(String)
    case meeting(round: Int64)
}

/// What a read brought back.
public enum LoadResult: Equatable, Sendable {
    case units(UnitQuery, ListWindow<UnitRow>)
    case people(PersonQuery, ListWindow<PersonRow>)
    case initiatives(InitiativeQuery, ListWindow<InitiativeRow>)
    case detail(UnitDetail?)
    case located(Int?)
    case matrix(ReportQuery, ListWindow<MatrixRow>)
    case reportTotals(ReportTally, compiled: [Int: Receipt])
    case reminders(days: Int, [Reminder])
    case receipt(ReceiptTarget, Receipt?)
    case activities(ActivityQuery, ListWindow<ActivityRow>)
    case activitySummary(PhaseSummary)
    case worksheet(WorksheetQuery, ListWindow<WorksheetRow>)
    case ranks(WorksheetQuery, RankTable)
    case awards(round: Int64, [AwardRow], QuotaUse)
    case history(HistoryTarget, [HistoryEntry])
    /// An officer's input method and tone style; nil when none was kept.
    case preferences(officer: String, kind: InputMethodKind?, modernTone: Bool, found: Bool)
    case signIn(SignInRequest, SignInResult)
    case accounts([Account])
    case presentation(PresentationFacts)
    case settings(CommuneSettings)
    case importPlan(path: String, ImportPlan)
    case meeting(MeetingFacts)
    case completion(String)
    case reportWriting(year: Int, ReportWriting)
    case failed(LoadRequest, String)
}

extension AppState {
    /// The read the screen needs now, if any: the current list's window when the query
    /// changed or the selection left it (a page either side is read ahead), or the detail.
    public var loadRequest: LoadRequest? {
        if let request = signInRequest { return .signIn(request) }
        if let meeting, meeting.facts == nil, form?.blocksTheApp != true { return .meeting(round: meeting.roundID) }
        if accountsRequested { return .accounts }
        // Nothing behind the sign-in or the lock is drawn, so nothing is read for it.
        if form?.blocksTheApp == true { return nil }
        if settingsRequested { return .settings }
        if let text = completionRequest { return .pathCompletion(text) }
        if let year = reportWritingRequested { return .reportWriting(year: year) }
        if let presentation { return presentation.facts == nil ? .presentation(today) : nil }
        if !officer.isEmpty && preferencesFor != officer { return .preferences(officer: officer) }
        if let target = historyRequest { return .history(target) }
        if pane == .reports { return reportsLoadRequest }
        if pane == .timeline { return timelineLoadRequest }
        if pane == .worksheet { return worksheetLoadRequest }
        if pane == .awards { return awardsLoadRequest }
        return pane == .units ? unitsLoadRequest : nil
    }
}
