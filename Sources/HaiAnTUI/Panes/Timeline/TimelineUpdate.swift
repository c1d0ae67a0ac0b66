import Model

/// Pane 2's part of `update`: zoom, phase, moving along the time axis, and activities.
func updateTimeline(_ state: inout AppState, _ action: Action) {
    let width = TimelinePane.barWidth(screenWidth: state.width)
    let axis = state.timelineAxis(width: width)
    switch action {
    case .zoom(let step):
        let zooms = TimelineZoom.allCases
        let index = min(max((zooms.firstIndex(of: state.timeline.zoom) ?? 0) + step, 0), zooms.count - 1)
        // The day in the middle stays in the middle.
        let centre = axis.day(atColumn: width / 2)
        state.timeline.zoom = zooms[index]
        state.timeline.viewStart = centre.adding(days: -(width / 2) * zooms[index].daysPerColumn)
    case .jumpToToday:
        let phases = state.data.phases
        let target = phases.firstIndex { $0.contains(state.today) } ?? (state.today < Plan.movementStart ? 0 : phases.count - 1)
        if target != state.timeline.phase { switchPhase(&state, to: target) }
        state.timeline.viewStart = state.today.adding(days: -(width / 3) * state.timeline.zoom.daysPerColumn)
    case .switchPhase(let step):
        switchPhase(&state, to: min(max(state.timeline.phase + step, 0), state.data.phases.count - 1))
    case .scrollTime(let step):
        state.timeline.viewStart = axis.start.adding(days: step * max(1, width / 4) * state.timeline.zoom.daysPerColumn)
    case .openNew:
        let phase = state.currentPhase
        let start = phase.map { $0.contains(state.today) ? state.today : $0.start } ?? state.today
        state.form = .activityForm(Activity(title: "", area: .a, start: start, end: start.adding(days: 30)), unitName: "")
    case .openEdit:
        guard let row = state.selectedActivity else { return }
        state.form = .activityForm(row.activity, unitName: row.unitName)
    case .askArchive:
        guard let activity = state.selectedActivity?.activity else { return }
        state.confirmation = Confirmation(question: "Lưu trữ hoạt động “\(activity.title)”?",
                                          change: .setActivityArchived(id: activity.id, archived: true))
    case .showHistory:
        guard let activity = state.selectedActivity?.activity else { return }
        state.historyRequest = .record(.activity, activity.id, title: "Lịch sử · \(activity.title)")
    default: break
    }
}

private func switchPhase(_ state: inout AppState, to phase: Int) {
    guard phase != state.timeline.phase else { return }
    state.timeline.phase = phase
    state.timeline.viewStart = nil
    state.timeline.summary = nil
    state.lists[.timeline] = ListState()
}

/// Takes the results of pane 2's reads; false when the result is not pane 2's.
func applyTimelineLoad(_ state: inout AppState, _ result: LoadResult) -> Bool {
    switch result {
    case .activities(let query, let window):
        state.timeline.activities = window
        state.timeline.loaded = query
        moveSelection(&state, pane: .timeline, to: state.list(.timeline).selected)
    case .activitySummary(let summary): state.timeline.summary = summary
    case .failed(let request, let message):
        switch request {
        case .activities(let query, _, _): state.timeline.loaded = query
        case .activitySummary(_, _, let elapsed): state.timeline.summary = PhaseSummary(elapsed: elapsed)
        default: return false
        }
        state.message = message
    default: return false
    }
    return true
}
