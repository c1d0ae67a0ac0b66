import Model

/// All the app knows: the data on screen, where the user is, the terminal's size.
public struct AppState: Equatable, Sendable {
    public var data: Dashboard
    public var today: Day
    public var pane: PaneID = .units
    public var lists: [PaneID: ListState] = [:]
    /// The criteria group shown on the worksheet (index into `data.templates`).
    public var worksheetGroup = 0
    public var showHelp = false
    public var width: Int
    public var height: Int
    public var message: String?
    public var quit = false
    public var form: FormState?
    /// The built-in input method for typed text; nil when off (an IME is in use).
    public var inputMethod: InputMethodKind? = .telex
    /// A unit the form asked to save; the event loop saves it and reports back.
    public var pendingSave: Unit?

    public init(data: Dashboard, today: Day, width: Int, height: Int) {
        self.data = data
        self.today = today
        self.width = width
        self.height = height
    }

    public func list(_ pane: PaneID) -> ListState { lists[pane] ?? ListState() }

    /// Rows the pane's list holds, for moving the selection.
    public func rowCount(_ pane: PaneID) -> Int {
        switch pane {
        case .units: return data.units.count
        case .timeline: return data.milestones.count
        case .reports: return data.slots.count
        case .worksheet: return currentTemplate?.criteria.count ?? 0
        }
    }

    public var currentTemplate: CriteriaTemplate? {
        data.templates.indices.contains(worksheetGroup) ? data.templates[worksheetGroup] : nil
    }

    public var isTooSmall: Bool { width < Layout.minWidth || height < Layout.minHeight }
}
