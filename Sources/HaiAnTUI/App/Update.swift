/// The one place state changes: a pure function of the state and an action.
public func update(_ state: AppState, _ action: Action) -> AppState {
    var next = state
    next.message = nil
    switch action {
    case .selectPane(let pane): next.pane = pane
    case .nextPane: next.pane = state.pane.offset(1)
    case .previousPane: next.pane = state.pane.offset(-1)
    case .move(let step): moveSelection(&next, to: state.list(state.pane).selected + step)
    case .page(let pages):
        let rows = max(1, Layout.visibleRows(state.pane, width: state.width, height: state.height))
        moveSelection(&next, to: state.list(state.pane).selected + pages * rows)
    case .first: moveSelection(&next, to: 0)
    case .last: moveSelection(&next, to: state.rowCount(state.pane) - 1)
    case .switchGroup(let step):
        let count = state.data.templates.count
        guard count > 0 else { break }
        next.worksheetGroup = ((state.worksheetGroup + step) % count + count) % count
        next.lists[.worksheet] = ListState()
    case .toggleHelp: next.showHelp.toggle()
    case .closeHelp: next.showHelp = false
    case .resize(let width, let height):
        next.width = width
        next.height = height
        for pane in PaneID.allCases { moveSelection(&next, pane: pane, to: next.list(pane).selected) }
    case .quit: next.quit = true
    default: updateForm(&next, action)
    }
    return next
}

private func moveSelection(_ state: inout AppState, pane: PaneID? = nil, to index: Int) {
    let pane = pane ?? state.pane
    var list = state.list(pane)
    list.move(to: index, count: state.rowCount(pane),
              visible: Layout.visibleRows(pane, width: state.width, height: state.height))
    state.lists[pane] = list
}
