import Model

/// The council's slides over the app (key `P`) or as the whole program (`haian present`).
public struct PresentationState: Equatable, Sendable {
    public var slide = Slide.overview
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
    case .slide(let step): presentation.slide = Slide(rawValue: min(max(0, presentation.slide.rawValue + step), last)) ?? .overview
    case .closePresentation:
        if presentation.standalone { state.quit = true }
        state.presentation = nil
        return
    default: return
    }
    state.presentation = presentation
}
