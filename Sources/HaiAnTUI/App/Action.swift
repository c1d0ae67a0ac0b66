import Model

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
    case openNewUnit
    case formInput(Character)
    case formBackspace
    case formNextField
    case formPreviousField
    case formEnter
    case formChoice(Int)
    case formSubmit
    case formCancel
    case cycleInputMethod
    case saveFinished(SaveOutcome)
}

/// How a save the event loop carried out ended.
public enum SaveOutcome: Equatable, Sendable {
    case saved(Unit, Dashboard)
    case refused(FieldError)
    case failed(String)
}
