import Model

/// The one place state changes: a pure function of the state and an action.
public func update(_ state: AppState, _ action: Action) -> AppState {
    var next = state
    // A message lasts until the next thing the user does; reads do not clear it.
    if case .loaded = action {} else { next.message = nil }
    if let kind = requiredKind(action, state), let refusal = state.role.refusal(kind) {
        next.message = refusal
        return next
    }
    switch action {
    case .selectPane(let pane): next.pane = pane
    case .nextPane: next.pane = state.pane.offset(1)
    case .previousPane: next.pane = state.pane.offset(-1)
    case .move(let step): moveSelection(&next, to: state.list(state.pane).selected + step)
    case .page(let pages):
        let rows = max(1, Layout.visibleRows(state.pane, width: state.width, height: state.height))
        moveSelection(&next, to: state.list(state.pane).selected + pages * rows)
    case .first: moveSelection(&next, to: 0)
    case .last: moveSelection(&next, to: state.rowCount(state.pane) - 1)
    case .closeHistory: next.history = nil
    case .toggleHelp:
        next.showHelp.toggle()
        next.helpScroll = 0
    case .scrollHelp(let lines):
        next.helpScroll = min(max(0, state.helpScroll + lines), HelpOverlay.maxScroll(width: state.width, height: state.height))
    case .closeHelp: next.showHelp = false
    case .resize(let width, let height):
        next.width = width
        next.height = height
        for pane in PaneID.allCases { moveSelection(&next, pane: pane, to: next.list(pane).selected) }
    case .quit: next.quit = true
    case .formInput, .formBackspace, .formNextField, .formPreviousField, .formEnter, .formChoice, .formSubmit,
         .formCancel, .formQuit:
        updateForm(&next, action)
    case .cycleInputMethod:
        next.inputMethod = switch state.inputMethod {
        case .telex: .vni
        case .vni: nil
        case nil: .telex
        }
    case .lock: next.lock()
    case .signOut: next.signOut()
    case .manageAccounts: next.accountsRequested = true
    case .openSettings: next.settingsRequested = true
    case .openImport, .confirmImport, .closeImport, .scrollImport: updateImport(&next, action)
    case .openMeeting, .closeMeeting, .meetingStep, .meetingMove, .meetingToggle, .meetingInput, .meetingBackspace, .meetingEnter:
        updateMeeting(&next, action)
    case .loaded(.meeting(let facts)):
        let fresh = next.meeting?.facts == nil && next.meeting?.present.isEmpty == true
        next.meeting?.resume(facts, fresh: fresh)
    case .loaded(.importPlan(let path, let plan)):
        next.importPreview = ImportPreview(path: path, plan: plan)
    case .loaded(.completion(let path)):
        next.completionRequest = nil
        if next.form?.fields.indices.contains(1) == true { next.form?.fields[1].text = path }
    case .loaded(.failed(.pathCompletion, _)):
        next.completionRequest = nil
    case .loaded(.settings(let settings)):
        next.settingsRequested = false
        next.form = .settingsForm(settings)
    case .loaded(.reportWriting(let year, let writing)):
        next.reportWritingRequested = nil
        next.form = .reportWritingForm(year: year, writing)
    case .loaded(.failed(.settings, let message)), .loaded(.failed(.reportWriting, let message)):
        next.settingsRequested = false
        next.reportWritingRequested = nil
        next.message = message
    case .openPresentation:
        next.presentation = PresentationState()
        next.showHelp = false
    case .slide, .closePresentation: updatePresentation(&next, action)
    case .loaded(.presentation(let facts)): next.presentation?.facts = facts
    case .loaded(.failed(.presentation(let today), let message)):
        // Shown empty with the reason rather than asked for again at every key.
        next.presentation?.facts = PresentationFacts(today: today)
        next.message = message
    case .loaded(.accounts(let accounts)):
        next.accountsRequested = false
        next.form = .accountChoice(accounts)
    case .loaded(.failed(.accounts, let message)):
        next.accountsRequested = false
        next.message = message
    case .toggleToneStyle:
        next.modernTone.toggle()
        next.message = next.modernTone ? "Bỏ dấu kiểu mới: hoá, khoẻ, thuý." : "Bỏ dấu kiểu cũ: hóa, khỏe, thúy."
    case .confirm:
        next.pendingChange = state.confirmation?.change
        if let draft = state.confirmation?.draft { next.form = draft }
        if var document = state.confirmation?.document {
            document.existing = .replace
            next.documentRequest = document
        }
        next.confirmation = nil
    case .declineConfirm where state.confirmation?.document != nil:
        next.documentRequest = state.confirmation?.document
        next.documentRequest?.existing = .keep
        next.confirmation = nil
    case .dismissConfirm, .declineConfirm:
        next.confirmation = nil
        next.message = "Đã bỏ, không thay đổi gì."
    case .undo: next.pendingUndo = true
    case .changeFinished(let outcome): finishChange(&next, outcome)
    case .externalChange(let data):
        // What is on screen is read again; a form being filled and a typed score stay as typed.
        next.data = data
        next.browser.invalidate()
        next.reports.invalidate()
        next.timeline.invalidate()
        next.worksheet.invalidate()
        next.awards.invalidate()
        next.presentation?.facts = nil
        next.meeting?.facts = nil
        next.message = "Có thay đổi từ phiên làm việc khác; đã cập nhật màn hình."
    case .loaded(.preferences(let officer, let kind, let modernTone, let found)):
        next.preferencesFor = officer
        // Someone new keeps what is in force; someone known gets their own back.
        if found {
            next.inputMethod = kind
            next.modernTone = modernTone
        }
    case .loaded(.failed(.preferences(let officer), _)):
        next.preferencesFor = officer
    case .loaded(.signIn(let request, let result)):
        next.signInRequest = nil
        switch result {
        case .signedIn(let account) where Account.pinIsTooShort(request.pin) && request.newPin == nil:
            next.form?.askNewPin(account)
        case .signedIn(let account): next.signIn(account)
        case .wrongPin(let left):
            next.form?.fields[1].text = ""
            next.form?.errors["pin"] = left > 2 ? "Sai mã PIN." : "Sai mã PIN: còn \(left) lần thử, sau đó tài khoản bị khoá."
        case .mustWait(let seconds):
            next.form?.fields[1].text = ""
            next.form?.errors["pin"] = "Tài khoản quản trị tạm khoá vì nhập sai nhiều lần: mở lại sau \((seconds + 59) / 60) phút."
        case .locked:
            next.form?.fields[1].text = ""
            next.form?.errors["pin"] = "Tài khoản đã bị khoá sau \(Account.lockAfter) lần sai mã PIN: nhờ quản trị viên mở khoá "
                + "(A → tài khoản, đặt mã PIN mới). Các tài khoản khác vẫn đăng nhập được."
        }
    case .loaded(.failed(.signIn, let message)):
        next.signInRequest = nil
        next.form?.message = message
    case .loaded(let result):
        if !applyReportsLoad(&next, result) && !applyTimelineLoad(&next, result) && !applyScoringLoad(&next, result) {
            applyBrowserLoad(&next, result)
        }
    default:
        switch state.pane {
        case .reports: updateReports(&next, action)
        case .timeline: updateTimeline(&next, action)
        case .worksheet: updateWorksheet(&next, action)
        case .awards: updateAwards(&next, action)
        case .units: updateBrowser(&next, action)
        }
    }
    return next
}

func moveSelection(_ state: inout AppState, pane: PaneID? = nil, to index: Int) {
    let pane = pane ?? state.pane
    var list = state.list(pane)
    list.move(to: index, count: state.rowCount(pane),
              visible: Layout.visibleRows(pane, width: state.width, height: state.height))
    state.setList(pane, list)
}
