import Model

/// Pane 3's two views: the matrix of reports by unit and deadline, and the reminders.
public enum ReportsView: Int, CaseIterable, Sendable {
    case matrix, reminders

    public var title: String {
        switch self {
        case .matrix: return "Ma trận báo cáo"
        case .reminders: return "Nhắc việc"
        }
    }
}

/// A report cell the user acted on: whose report, which deadline, and whether to remove it.
public struct ReceiptTarget: Equatable, Sendable {
    public var slot: ReportSlot
    /// Nil for Phòng VH-XH's compiled report.
    public var unitID: Int64?
    public var sender: String
    /// The day it came, as the screen last read it.
    public var received: Day?
    public var remove = false
}

/// Pane 3's state: the query, the window of matrix rows read, the totals, the selected
/// column, and the reminders list.
public struct ReportsState: Equatable, Sendable {
    public var view = ReportsView.matrix
    public var query = ReportQuery()
    public var matrix = ListWindow<MatrixRow>()
    var loadedMatrix: ReportQuery?
    public var tally = ReportTally()
    public var compiled: [Int: Receipt] = [:]
    var totalsLoaded = false
    /// The selected deadline column; nil until the pane picks the latest one due.
    public var column: Int?
    public var reminderDays = ReportStatus.defaultReminderWindow
    public var reminders: [Reminder] = []
    var loadedReminders: Int?
    public var lists: [ReportsView: ListState] = [:]
    /// A cell whose receipt is being read, to open its form or ask to remove it.
    var opening: ReceiptTarget?

    public init() {}

    public func list(_ view: ReportsView) -> ListState { lists[view] ?? ListState() }

    /// Rows of the current view: the matrix has Phòng VH-XH's compiled row first.
    public var rowCount: Int { view == .matrix ? 1 + matrix.total : reminders.count }

    /// Forget what was read, so it is read again (after a change).
    mutating func invalidate() {
        loadedMatrix = nil
        totalsLoaded = false
        loadedReminders = nil
    }

    /// The selected column, defaulting to the latest deadline already passed (or the first).
    func columnIndex(_ columns: [ReportColumn], today: Day) -> Int {
        guard !columns.isEmpty else { return 0 }
        if let column { return min(max(column, 0), columns.count - 1) }
        return columns.lastIndex { $0.slot.dueBefore <= today } ?? 0
    }

    /// The unit row at a position of the matrix (position 0 is the compiled row).
    func unitRow(at index: Int) -> MatrixRow? { index == 0 ? nil : matrix.row(at: index - 1) }
}

extension AppState {
    public var reportColumns: [ReportColumn] { reports.query.columns(data.slots) }

    /// The report under the matrix cursor, or the selected reminder's.
    var reportTarget: ReceiptTarget? {
        if reports.view == .reminders {
            let list = reports.list(.reminders)
            guard reports.reminders.indices.contains(list.selected) else { return nil }
            let reminder = reports.reminders[list.selected]
            // A reminder is for a report not received by today.
            return ReceiptTarget(slot: reminder.slot, unitID: reminder.slot.isCompiled ? nil : reminder.unitID,
                                 sender: reminder.unitName)
        }
        let columns = reportColumns
        guard !columns.isEmpty else { return nil }
        let column = columns[reports.columnIndex(columns, today: today)]
        let selected = reports.list(.matrix).selected
        if selected == 0 {
            guard let compiled = column.compiled else { return nil }
            return ReceiptTarget(slot: compiled, unitID: nil, sender: Plan.compilingBody,
                                 received: reports.compiled[compiled.id]?.receivedOn)
        }
        guard let row = reports.unitRow(at: selected), column.slot.expects(row.group) else { return nil }
        return ReceiptTarget(slot: column.slot, unitID: row.id, sender: row.name, received: row.received[column.slot.id])
    }

    /// Pane 3's read now, if any: the receipt of a cell acted on, the totals, the matrix
    /// window around the selection, or the reminders.
    var reportsLoadRequest: LoadRequest? {
        if let target = reports.opening { return .receipt(target) }
        if !reports.totalsLoaded { return .reportTotals(today) }
        switch reports.view {
        case .matrix:
            let visible = max(1, Layout.visibleRows(.reports, width: width, height: height))
            let list = reports.list(.matrix)
            // The compiled row is not part of the window: positions shift by one.
            let first = max(0, list.offset - 1)
            guard reports.loadedMatrix != reports.query || !reports.matrix.covers(offset: first, count: visible) else { return nil }
            let offset = reports.loadedMatrix == reports.query ? max(0, first - visible) : 0
            return .matrix(reports.query, offset: offset, limit: visible * 3)
        case .reminders:
            return reports.loadedReminders == reports.reminderDays ? nil : .reminders(today, days: reports.reminderDays)
        }
    }
}
