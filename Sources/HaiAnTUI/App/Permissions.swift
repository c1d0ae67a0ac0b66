import Model

/// The kind of change an action leads to, so a role that may not make it is told when it
/// presses the key, before any form opens. The event loop checks the change itself again
/// before it reaches Storage (`Effects`); both read `Role.allowed`.
func requiredKind(_ action: Action, _ state: AppState) -> ChangeKind? {
    if action == .manageAccounts { return .accounts }
    if action == .openSettings { return .settings }
    if action == .openImport { return .records }
    guard state.form == nil, state.confirmation == nil, !state.showHelp, state.history == nil else { return nil }
    switch (state.pane, action) {
    case (.units, .openNew), (.units, .openEdit), (.units, .askArchive), (.units, .openNewPerson),
         (.units, .openRegistration), (.units, .openNewInitiative),
         (.timeline, .openNew), (.timeline, .openEdit), (.timeline, .askArchive),
         (.reports, .openReceipt), (.reports, .askRemoveReceipt):
        return .records
    case (.worksheet, .cellInput), (.worksheet, .clearCell):
        return state.worksheet.assessor == .council ? .councilScores : .selfScores
    case (.worksheet, .propose): return .propose
    case (.worksheet, .editBands), (.worksheet, .openNew), (.worksheet, .openEdit), (.worksheet, .askArchive):
        return .templates
    case (.awards, .openNew), (.awards, .openEdit), (.awards, .askArchive): return .propose
    case (.awards, .openAppraisal): return .appraise
    case (.awards, .openVote): return .vote
    case (.awards, .openDecision): return .decide
    case (.awards, .openMeeting): return .vote
    case (.awards, .editQuota): return .settings
    case (.reports, .openReportWriting): return .records
    default: return nil
    }
}
