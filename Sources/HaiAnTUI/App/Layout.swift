/// Where the fixed parts of the screen go; panes get the body.
public enum Layout {
    public static let minWidth = 80
    public static let minHeight = 24

    /// Header and tab rows on top, a message row and the footer below.
    public static func body(width: Int, height: Int) -> Rect {
        Rect(x: 0, y: 2, width: width, height: height - 4)
    }

    /// Rows the pane's list shows at this size, so moving can keep the selection in view.
    static func visibleRows(_ pane: PaneID, width: Int, height: Int) -> Int {
        let body = body(width: width, height: height)
        switch pane {
        case .units: return UnitsPane.listArea(in: body).height - 1
        case .timeline: return TimelinePane.listArea(in: body).height - 1
        case .reports: return ReportsPane.listArea(in: body).height - 2
        case .worksheet: return WorksheetPane.listArea(in: body).height - 2
        case .awards: return AwardsPane.listArea(in: body).height - 1
        }
    }
}
