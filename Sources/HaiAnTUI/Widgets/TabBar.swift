/// The second row: the panes by number, the current one highlighted.
enum TabBar {
    static func render(into buffer: inout Buffer, state: AppState, y: Int = 1) {
        var x = 1
        for pane in PaneID.allCases {
            let label = " \(pane.rawValue) \(pane.title) "
            x += buffer.put(label, x: x, y: y, style: pane == state.pane ? Theme.tabActive : Theme.tabInactive)
            x += 1
        }
    }
}
