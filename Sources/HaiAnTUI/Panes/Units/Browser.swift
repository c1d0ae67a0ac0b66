import Model

/// The three lists pane 1 holds.
public enum UnitsView: Int, CaseIterable, Sendable {
    case units, people, initiatives

    public var title: String {
        switch self {
        case .units: return "Tập thể"
        case .people: return "Cá nhân"
        case .initiatives: return "Sáng kiến, mô hình"
        }
    }
}

/// Pane 1's state: which list, its query, the window of rows read, the selection, and the
/// unit whose detail is open. Lists are read a window at a time (see `AppState.loadRequest`).
public struct Browser: Equatable, Sendable {
    public var view = UnitsView.units
    public var unitQuery: UnitQuery
    public var personQuery = PersonQuery()
    public var initiativeQuery = InitiativeQuery()
    public var units = ListWindow<UnitRow>()
    public var people = ListWindow<PersonRow>()
    public var initiatives = ListWindow<InitiativeRow>()
    /// The queries the windows were read for; nil until read, and after a change.
    var loadedUnits: UnitQuery?
    var loadedPeople: PersonQuery?
    var loadedInitiatives: InitiativeQuery?
    public var lists: [UnitsView: ListState] = [:]
    /// The search line has the keys while true.
    public var searching = false
    /// The unit whose detail is open, and its contents once read.
    public var detailID: Int64?
    public var detail: UnitDetail?
    /// A unit just saved, to select once its place in the list is known.
    var locate: Int64?

    public init(year: Int) {
        unitQuery = UnitQuery(year: year)
        personQuery = PersonQuery(year: year)
    }

    public func list(_ view: UnitsView) -> ListState { lists[view] ?? ListState() }

    public func total(_ view: UnitsView) -> Int {
        switch view {
        case .units: return units.total
        case .people: return people.total
        case .initiatives: return initiatives.total
        }
    }

    public var search: String {
        get {
            switch view {
            case .units: return unitQuery.search
            case .people: return personQuery.search
            case .initiatives: return initiativeQuery.search
            }
        }
        set {
            switch view {
            case .units: unitQuery.search = newValue
            case .people: personQuery.search = newValue
            case .initiatives: initiativeQuery.search = newValue
            }
        }
    }

    public var selectedUnit: UnitRow? { units.row(at: list(.units).selected) }
    public var selectedPerson: PersonRow? { people.row(at: list(.people).selected) }
    public var selectedInitiative: InitiativeRow? { initiatives.row(at: list(.initiatives).selected) }

    /// The unit a key acts on: the open detail's, else the selected row of the units list.
    var contextUnit: Unit? {
        detailID != nil ? detail?.unit : view == .units ? selectedUnit?.unit : nil
    }

    /// The person a key acts on: the selected row of the people list, when no detail is open.
    var contextPerson: PersonRow? { detailID == nil && view == .people ? selectedPerson : nil }

    /// Forget what was read, so every list is read again (after a change).
    mutating func invalidate() {
        loadedUnits = nil
        loadedPeople = nil
        loadedInitiatives = nil
        detail = nil
    }
}

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
    case failed(LoadRequest, String)
}

extension AppState {
    /// The read the screen needs now, if any: the current list's window when the query
    /// changed or the selection left it (a page either side is read ahead), or the detail.
    public var loadRequest: LoadRequest? {
        if let request = signInRequest { return .signIn(request) }
        if accountsRequested { return .accounts }
        // Nothing behind the sign-in or the lock is drawn, so nothing is read for it.
        if form?.blocksTheApp == true { return nil }
        if let presentation { return presentation.facts == nil ? .presentation(today) : nil }
        if !officer.isEmpty && preferencesFor != officer { return .preferences(officer: officer) }
        if let target = historyRequest { return .history(target) }
        if pane == .reports { return reportsLoadRequest }
        if pane == .timeline { return timelineLoadRequest }
        if pane == .worksheet { return worksheetLoadRequest }
        if pane == .awards { return awardsLoadRequest }
        guard pane == .units else { return nil }
        if let id = browser.detailID { return browser.detail?.unit.id == id ? nil : .detail(id) }
        // A unit to select is placed once the list's new length is known.
        if let id = browser.locate, browser.view == .units, browser.loadedUnits == browser.unitQuery {
            return .locateUnit(browser.unitQuery, id: id)
        }
        let visible = max(1, Layout.visibleRows(.units, width: width, height: height))
        let list = browser.list(browser.view)
        // Scrolling reads the screen and a page either side. A new query (a search keystroke,
        // likely followed by another) reads just the screen from the top.
        func window(sameQuery: Bool) -> (offset: Int, limit: Int) {
            guard sameQuery else { return (0, list.offset + visible) }
            let start = max(0, list.offset - visible)
            return (start, list.offset - start + visible * 2)
        }
        switch browser.view {
        case .units:
            guard browser.loadedUnits != browser.unitQuery || !browser.units.covers(offset: list.offset, count: visible)
            else { return nil }
            let (offset, limit) = window(sameQuery: browser.loadedUnits == browser.unitQuery)
            return .units(browser.unitQuery, offset: offset, limit: limit)
        case .people:
            guard browser.loadedPeople != browser.personQuery || !browser.people.covers(offset: list.offset, count: visible)
            else { return nil }
            let (offset, limit) = window(sameQuery: browser.loadedPeople == browser.personQuery)
            return .people(browser.personQuery, offset: offset, limit: limit)
        case .initiatives:
            guard browser.loadedInitiatives != browser.initiativeQuery
                    || !browser.initiatives.covers(offset: list.offset, count: visible) else { return nil }
            let (offset, limit) = window(sameQuery: browser.loadedInitiatives == browser.initiativeQuery)
            return .initiatives(browser.initiativeQuery, offset: offset, limit: limit)
        }
    }
}
