import Model

/// The council's slides over the app (key `P`) or as the whole program (`haian present`).
public struct PresentationState: Equatable, Sendable {
    public var slide = Slide.overview
    /// The overdue list's page: a list longer than the screen goes on over numbered slides.
    public var page = 0
    /// Read when the slides open and again after another session's commit.
    public var facts: PresentationFacts?
    /// `haian present`: leaving the slides leaves the program.
    public var standalone = false

    public init(standalone: Bool = false) { self.standalone = standalone }
}

/// The presentation part of `update`: moving between slides and leaving.
func updatePresentation(_ state: inout AppState, _ action: Action) {
    guard var presentation = state.presentation else { return }
    let last = Slide.allCases.count - 1
    switch action {
    case .slide(let step):
        let pages = presentation.facts.map { PresentationView.overduePages($0, width: state.width, height: state.height) } ?? 1
        if presentation.slide == .overdue && step == 1 && presentation.page + 1 < pages {
            presentation.page += 1
        } else if presentation.slide == .overdue && step == -1 && presentation.page > 0 {
            presentation.page -= 1
        } else {
            let next = Slide(rawValue: min(max(0, presentation.slide.rawValue + step), last)) ?? .overview
            // Past the last slide (or before the first) nothing moves, the page neither.
            if next != presentation.slide {
                presentation.slide = next
                presentation.page = 0
            }
        }
    case .closePresentation:
        if presentation.standalone { state.quit = true }
        state.presentation = nil
        return
    default: return
    }
    state.presentation = presentation
}
