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

extension AppState {
    /// Pane 1's read: the list's window when the query changed or the selection left it (a
    /// page either side is read ahead), the detail, or the place of a unit to select.
    var unitsLoadRequest: LoadRequest? {
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
