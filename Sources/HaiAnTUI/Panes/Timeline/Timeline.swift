import Model

/// Pane 2's state: which phase, the zoom, where the time axis starts, and the window of
/// the phase's activities with its summary line.
public struct TimelineState: Equatable, Sendable {
    public var phase = 0
    public var zoom = TimelineZoom.quarter
    /// The first day on the axis; nil until placed (the phase's start, or around today).
    public var viewStart: Day?
    public var activities = ListWindow<ActivityRow>()
    public var summary: PhaseSummary?
    var loaded: ActivityQuery?

    public init() {}

    mutating func invalidate() {
        loaded = nil
        summary = nil
    }
}

extension AppState {
    public var currentPhase: Phase? {
        data.phases.indices.contains(timeline.phase) ? data.phases[timeline.phase] : nil
    }

    var activityQuery: ActivityQuery? { currentPhase.map(ActivityQuery.init) }

    /// The axis for a bar area this wide: from `viewStart`, else the phase's start, moved
    /// on so today shows when the phase holds it.
    func timelineAxis(width: Int) -> TimelineAxis {
        let zoom = timeline.zoom
        if let start = timeline.viewStart { return TimelineAxis(start: start, zoom: zoom, width: width) }
        guard let phase = currentPhase else { return TimelineAxis(start: today, zoom: zoom, width: width) }
        var axis = TimelineAxis(start: phase.start, zoom: zoom, width: width)
        if phase.contains(today) && axis.column(today) >= width * 3 / 4 {
            axis.start = today.adding(days: -(width / 3) * zoom.daysPerColumn)
        }
        return axis
    }

    /// Pane 2's read now, if any: the phase's summary, then the window of activities.
    var timelineLoadRequest: LoadRequest? {
        guard let query = activityQuery, let phase = currentPhase else { return nil }
        if timeline.summary == nil { return .activitySummary(query, today: today, elapsed: phase.elapsed(on: today)) }
        let visible = max(1, Layout.visibleRows(.timeline, width: width, height: height))
        let list = self.list(.timeline)
        guard timeline.loaded != query || !timeline.activities.covers(offset: list.offset, count: visible) else { return nil }
        return .activities(query, offset: timeline.loaded == query ? max(0, list.offset - visible) : 0, limit: visible * 3)
    }

    var selectedActivity: ActivityRow? { timeline.activities.row(at: list(.timeline).selected) }
}
