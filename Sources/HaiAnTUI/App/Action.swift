/// Everything the user can ask for; `update` turns each into a new state.
public enum Action: Equatable, Sendable {
    case selectPane(PaneID)
    case nextPane
    case previousPane
    case move(Int)
    case page(Int)
    case first
    case last
    case switchGroup(Int)
    case toggleHelp
    case closeHelp
    case resize(width: Int, height: Int)
    case quit
}
