import Model

/// Pane 1's part of `update`: lists, search, sort, filters, detail, forms and changes.
func updateBrowser(_ state: inout AppState, _ action: Action) {
    switch action {
    case .switchView:
        state.browser.view = UnitsView(rawValue: (state.browser.view.rawValue + 1) % UnitsView.allCases.count) ?? .units
        state.browser.searching = false
    case .startSearch: state.browser.searching = true
    case .searchInput(let character):
        guard VietText.displayWidth(state.browser.search) < 60 else { return }
        if let kind = state.inputMethod {
            var method = InputMethod(kind, modernTone: state.modernTone, text: state.browser.search)
            method.type(character)
            state.browser.search = method.text
        } else {
            state.browser.search.append(character)
        }
        restartList(&state)
    case .searchBackspace:
        guard !state.browser.search.isEmpty else { return }
        state.browser.search.removeLast()
        restartList(&state)
    case .searchAccept: state.browser.searching = false
    case .searchClear:
        state.browser.searching = false
        if !state.browser.search.isEmpty {
            state.browser.search = ""
            restartList(&state)
        }
    case .cycleSort, .reverseSort, .cycleFilter, .cycleSecondFilter, .toggleArchived:
        changeQuery(&state, action)
        restartList(&state)
    case .openDetail:
        guard let row = state.browser.selectedUnit else { return }
        state.browser.detailID = row.unit.id
        state.browser.detail = nil
    case .closeDetail:
        state.browser.detailID = nil
        state.browser.detail = nil
    case .openNew, .openEdit, .openNewPerson, .openRegistration, .openNewInitiative:
        openForm(&state, action)
    case .askArchive: askArchive(&state)
    case .showHistory:
        let browser = state.browser
        if let unit = browser.contextUnit {
            state.historyRequest = .record(.unit, unit.id, title: "Lịch sử · \(unit.name)")
        } else if let person = browser.contextPerson {
            state.historyRequest = .record(.person, person.person.id, title: "Lịch sử · \(person.person.name)")
        } else if browser.view == .initiatives, let row = browser.selectedInitiative {
            state.historyRequest = .record(.initiative, row.initiative.id, title: "Lịch sử · \(row.initiative.title)")
        }
    default: break
    }
}

/// A new query shows its first row.
private func restartList(_ state: inout AppState) {
    state.browser.lists[state.browser.view] = ListState()
}

private func changeQuery(_ state: inout AppState, _ action: Action) {
    var browser = state.browser
    switch (browser.view, action) {
    case (.units, .cycleSort): browser.unitQuery.sort = SortOrder(next(browser.unitQuery.sort.column))
    case (.units, .reverseSort): browser.unitQuery.sort.descending.toggle()
    case (.units, .cycleFilter): browser.unitQuery.group = next(browser.unitQuery.group)
    case (.units, .cycleSecondFilter): browser.unitQuery.registration = next(browser.unitQuery.registration)
    case (.units, .toggleArchived): browser.unitQuery.archived.toggle()
    case (.people, .cycleSort): browser.personQuery.sort = SortOrder(next(browser.personQuery.sort.column))
    case (.people, .reverseSort): browser.personQuery.sort.descending.toggle()
    case (.people, .toggleArchived): browser.personQuery.archived.toggle()
    case (.people, .cycleSecondFilter): browser.personQuery.registration = next(browser.personQuery.registration)
    case (.initiatives, .cycleFilter): browser.initiativeQuery.area = next(browser.initiativeQuery.area)
    case (.initiatives, .cycleSecondFilter): browser.initiativeQuery.status = next(browser.initiativeQuery.status)
    default: break
    }
    state.browser = browser
}

/// The next value in a cycle through every case.
private func next<T: CaseIterable & Equatable>(_ value: T) -> T {
    let all = Array(T.allCases)
    return all[((all.firstIndex(of: value) ?? 0) + 1) % all.count]
}

/// The next value in a cycle through "all" (nil) and then every case.
private func next<T: CaseIterable & Equatable>(_ value: T?) -> T? {
    let all = Array(T.allCases)
    guard let value, let index = all.firstIndex(of: value) else { return all.first }
    return index + 1 < all.count ? all[index + 1] : nil
}

private func openForm(_ state: inout AppState, _ action: Action) {
    let browser = state.browser
    let unit = browser.contextUnit
    let person = browser.contextPerson
    switch action {
    case .openNew:
        switch browser.view {
        case .units: state.form = .unitForm(Unit(id: 0, name: "", group: browser.unitQuery.group ?? .a, joinedOn: state.joiningDay))
        case .people: state.form = .personForm(Person(name: "", unitID: nil, joinedOn: state.joiningDay), unitName: "")
        case .initiatives:
            state.message = "Chọn đơn vị (Tập thể) hoặc cá nhân rồi bấm i để thêm sáng kiến của họ."
        }
    case .openEdit:
        if let unit { state.form = .unitForm(unit)
        } else if let person { state.form = .personForm(person.person, unitName: person.unitName)
        } else if browser.view == .initiatives, let row = browser.selectedInitiative {
            state.form = .initiativeForm(row.initiative, owner: row.ownerName)
        }
    case .openNewPerson:
        guard let unit else { return }
        state.form = .personForm(Person(name: "", unitID: unit.id, kind: unit.group == .b ? .nhanDan : .canBo, joinedOn: state.joiningDay),
                                 unitName: unit.name)
    case .openRegistration:
        if let unit {
            state.form = .registrationForm(unitID: unit.id, personID: nil, owner: unit.name, today: state.today)
        } else if let person {
            state.form = .registrationForm(unitID: nil, personID: person.person.id, owner: person.person.name, today: state.today)
        }
    case .openNewInitiative:
        if let unit {
            state.form = .initiativeForm(Initiative(title: "", unitID: unit.id, area: .a), owner: unit.name)
        } else if let person {
            state.form = .initiativeForm(Initiative(title: "", personID: person.person.id, area: .a), owner: person.person.name)
        }
    default: break
    }
}

/// Archiving (or restoring) asks first; a unit with history is only ever archived.
private func askArchive(_ state: inout AppState) {
    let browser = state.browser
    if let unit = browser.contextUnit {
        let verb = unit.archived ? "Khôi phục" : "Lưu trữ"
        state.confirmation = Confirmation(question: "\(verb) đơn vị “\(unit.name)”?",
                                          change: .setUnitArchived(id: unit.id, archived: !unit.archived))
    } else if let person = browser.contextPerson?.person {
        let verb = person.archived ? "Khôi phục" : "Lưu trữ"
        state.confirmation = Confirmation(question: "\(verb) “\(person.name)”?",
                                          change: .setPersonArchived(id: person.id, archived: !person.archived))
    } else if browser.view == .initiatives, let initiative = browser.selectedInitiative?.initiative {
        state.confirmation = Confirmation(question: "Lưu trữ sáng kiến “\(initiative.title)”?",
                                          change: .setInitiativeArchived(id: initiative.id, archived: true))
    }
}

func applyBrowserLoad(_ state: inout AppState, _ result: LoadResult) {
    switch result {
    case .units(let query, let page):
        state.browser.units = page
        state.browser.loadedUnits = query
    case .people(let query, let window):
        state.browser.people = window
        state.browser.loadedPeople = query
    case .initiatives(let query, let window):
        state.browser.initiatives = window
        state.browser.loadedInitiatives = query
    case .detail(let detail):
        state.browser.detail = detail
        if detail == nil {
            state.browser.detailID = nil
            state.message = "Đơn vị này không còn."
        }
    case .located(let index):
        state.browser.locate = nil
        if let index { moveSelection(&state, pane: .units, to: index) }
        return
    case .failed(let request, let message):
        state.message = message
        // Mark the read as done so it is not retried on every key; a change retries it.
        switch request {
        case .units(let query, _, _): state.browser.loadedUnits = query; state.browser.units = ListWindow()
        case .people(let query, _, _): state.browser.loadedPeople = query; state.browser.people = ListWindow()
        case .initiatives(let query, _, _): state.browser.loadedInitiatives = query; state.browser.initiatives = ListWindow()
        case .detail: state.browser.detailID = nil
        case .locateUnit: state.browser.locate = nil
        default: break
        }
        return
    default: return
    }
    moveSelection(&state, pane: .units, to: state.browser.list(state.browser.view).selected)
}

/// After a change every list is read again, so all panes show what was committed.
func finishChange(_ state: inout AppState, _ outcome: ChangeOutcome) {
    state.pendingChange = nil
    state.pendingUndo = false
    switch outcome {
    case .saved(let result, let data):
        state.data = data
        state.form = nil
        state.browser.invalidate()
        state.reports.invalidate()
        state.timeline.invalidate()
        state.worksheet.invalidate()
        state.worksheet.editing = nil
        if state.worksheet.advanceOnSave { advanceColumn(&state) }
        state.worksheet.advanceOnSave = false
        state.awards.invalidate()
        // A new proposal is selected once listed (`n` then `t` appraises the one just made).
        if result.entity == .proposal && state.pane == .awards && !state.awards.rows.contains(where: { $0.proposal.id == result.id }) {
            state.awards.locate = result.id
        }
        if result.entity == .unit && state.browser.view == .units && state.browser.detailID == nil {
            state.browser.locate = result.id
        }
        state.message = result.message
        // In the meeting, the attendance or a vote saved moves on to the next slide.
        if state.meeting != nil {
            state.meeting?.facts = nil
            state.meeting?.refresh = true
            if result.entity == .meeting || result.entity == .proposal { state.meeting?.step += 1 }
        }
    case .refused(let error):
        state.worksheet.advanceOnSave = false
        guard state.form != nil else {
            state.message = error.message
            return
        }
        state.form?.errors[error.field] = error.message
        if let index = state.form?.fields.firstIndex(where: { $0.key == error.field }) {
            state.form?.focus = index
        } else {
            state.form?.message = error.message
        }
    case .failed(let message):
        // A conflict: show what the other officer saved; the typed value stays to retry.
        state.worksheet.invalidate()
        state.worksheet.advanceOnSave = false
        state.awards.invalidate()
        if state.form != nil { state.form?.message = message } else { state.message = message }
    }
}
