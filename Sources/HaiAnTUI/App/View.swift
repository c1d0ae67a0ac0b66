/// Draws the whole screen for a state: pure, so every frame can be checked in a test.
public enum View {
    public static func render(_ state: AppState) -> Buffer {
        var buffer = Buffer(width: state.width, height: state.height)
        if state.isTooSmall {
            TooSmallNotice.render(into: &buffer)
            return buffer
        }
        // Signing in, or locked (also over the slides): nothing of the data shows until the PIN is right.
        if let form = state.form, form.blocksTheApp {
            HeaderBar.render(into: &buffer, state: state)
            Footer.render(into: &buffer, state: state)
            FormView.render(into: &buffer, form: form, typing: state.typingStatus)
            return buffer
        }
        if let meeting = state.meeting {
            MeetingView.render(into: &buffer, meeting: meeting)
            if let message = state.message { buffer.put(" " + message, x: 0, y: state.height - 2, style: Theme.message) }
            Footer.render(into: &buffer, state: state)
            if let form = state.form { FormView.render(into: &buffer, form: form, typing: state.typingStatus) }
            if state.showHelp { HelpOverlay.render(into: &buffer, state: state) }
            return buffer
        }
        if let presentation = state.presentation {
            PresentationView.render(into: &buffer, state: state, presentation: presentation)
            if let message = state.message { buffer.put(" " + message, x: 0, y: state.height - 2, style: Theme.message) }
            Footer.render(into: &buffer, state: state)
            if state.showHelp { HelpOverlay.render(into: &buffer, state: state) }
            return buffer
        }
        HeaderBar.render(into: &buffer, state: state)
        TabBar.render(into: &buffer, state: state)
        let body = Layout.body(width: state.width, height: state.height)
        switch state.pane {
        case .units: UnitsPane.render(into: &buffer, body: body, state: state)
        case .timeline: TimelinePane.render(into: &buffer, body: body, state: state)
        case .reports: ReportsPane.render(into: &buffer, body: body, state: state)
        case .worksheet: WorksheetPane.render(into: &buffer, body: body, state: state)
        case .awards: AwardsPane.render(into: &buffer, body: body, state: state)
        }
        if let message = state.message {
            buffer.put(" " + message, x: 0, y: state.height - 2, style: Theme.message)
        }
        Footer.render(into: &buffer, state: state)
        if let history = state.history { HistoryOverlay.render(into: &buffer, history: history) }
        if let preview = state.importPreview { ImportPreviewView.render(into: &buffer, preview: preview) }
        if let form = state.form { FormView.render(into: &buffer, form: form, typing: state.typingStatus) }
        if let confirmation = state.confirmation { ConfirmDialog.render(into: &buffer, confirmation: confirmation) }
        if state.showHelp { HelpOverlay.render(into: &buffer, state: state) }
        return buffer
    }
}
