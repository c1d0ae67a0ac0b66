import Model

/// Pane 3's part of `update`: filters, the column cursor, the views, and receipts.
func updateReports(_ state: inout AppState, _ action: Action) {
    switch action {
    case .switchView:
        state.reports.view = ReportsView(rawValue: (state.reports.view.rawValue + 1) % ReportsView.allCases.count) ?? .matrix
    case .cycleFilter:
        let groups: [UnitGroup?] = [nil] + UnitGroup.allCases
        state.reports.query.group = groups[((groups.firstIndex(of: state.reports.query.group) ?? 0) + 1) % groups.count]
        state.reports.lists[.matrix] = ListState()
    case .cycleYear:
        let years: [Int?] = [nil] + Plan.years
        state.reports.query.year = years[((years.firstIndex(of: state.reports.query.year) ?? 0) + 1) % years.count]
        state.reports.column = nil
    case .moveColumn(let step):
        let columns = state.reportColumns
        guard !columns.isEmpty else { return }
        state.reports.column = min(max(state.reports.columnIndex(columns, today: state.today) + step, 0), columns.count - 1)
    case .openDocuments:
        let year = state.reports.query.year ?? Plan.year(nearest: state.today.year)
        state.form = .documentsForm([.report], year: year, round: nil)
    case .openReportWriting:
        state.reportWritingRequested = state.reports.query.year ?? Plan.year(nearest: state.today.year)
    case .openReceipt, .askRemoveReceipt:
        guard var target = state.reportTarget else {
            state.message = "Ô này không có báo cáo phải gửi."
            return
        }
        target.remove = action == .askRemoveReceipt
        state.reports.opening = target
    case .changeReminderWindow(let step):
        state.reports.reminderDays = min(max(state.reports.reminderDays + step, 0), 365)
        state.reports.lists[.reminders] = ListState()
    default: break
    }
}

/// Takes the results of pane 3's reads; false when the result is not pane 3's.
func applyReportsLoad(_ state: inout AppState, _ result: LoadResult) -> Bool {
    switch result {
    case .matrix(let query, let window):
        state.reports.matrix = window
        state.reports.loadedMatrix = query
    case .reportTotals(let tally, let compiled):
        state.reports.tally = tally
        state.reports.compiled = compiled
        state.reports.totalsLoaded = true
        return true
    case .reminders(let days, let reminders):
        state.reports.reminders = reminders
        state.reports.loadedReminders = days
    case .receipt(let target, let receipt):
        state.reports.opening = nil
        open(target, receipt, &state)
        return true
    case .failed(let request, let message):
        switch request {
        case .matrix(let query, _, _): state.reports.loadedMatrix = query
        case .reportTotals: state.reports.totalsLoaded = true
        case .reminders(_, let days): state.reports.loadedReminders = days
        case .receipt: state.reports.opening = nil
        default: return false
        }
        state.message = message
        return true
    default: return false
    }
    moveSelection(&state, pane: .reports, to: state.reports.list(state.reports.view).selected)
    return true
}

/// Enter opens the receipt's form (new or to correct); `d` asks before removing one.
private func open(_ target: ReceiptTarget, _ receipt: Receipt?, _ state: inout AppState) {
    if target.remove {
        guard let receipt else {
            state.message = "Báo cáo này chưa được ghi nhận, không có gì để xoá."
            return
        }
        state.confirmation = Confirmation(
            question: "Xoá ghi nhận “\(target.slot.title)” của \(target.sender) (nhận ngày \(receipt.receivedOn.display))?",
            change: .removeReceipt(id: receipt.id))
    } else {
        state.form = .receiptForm(target, receipt ?? Receipt(slotID: target.slot.id, unitID: target.unitID, receivedOn: state.today),
                                  today: state.today)
    }
}
