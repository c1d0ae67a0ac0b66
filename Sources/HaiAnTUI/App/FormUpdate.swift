import Model

/// The form part of `update`: typing, moving between fields, saving and cancelling.
func updateForm(_ state: inout AppState, _ action: Action) {
    switch action {
    case .openNewUnit:
        state.form = .newUnit()
    case .cycleInputMethod:
        state.inputMethod = switch state.inputMethod {
        case .telex: .vni
        case .vni: nil
        case nil: .telex
        }
    case .saveFinished(let outcome):
        finishSave(&state, outcome)
    default:
        guard var form = state.form else { return }
        if case .formCancel = action {
            if form.dirty && !form.confirmingCancel {
                form.confirmingCancel = true
                state.form = form
            } else {
                state.form = nil
                state.message = form.dirty ? "Đã bỏ, không lưu gì." : nil
            }
            return
        }
        form.confirmingCancel = false
        form.message = nil
        edit(&form, action, inputMethod: state.inputMethod)
        if action == .formSubmit || (action == .formEnter && form.focus == form.fields.count - 1) {
            submit(&form, &state)
        } else if action == .formEnter {
            form.focus += 1
        }
        state.form = form
    }
}

private func edit(_ form: inout FormState, _ action: Action, inputMethod: InputMethodKind?) {
    let focus = form.focus
    switch action {
    case .formInput(let key):
        guard case .text = form.fields[focus].kind else {
            if key == " " { cycleChoice(&form, 1) }
            return
        }
        if let kind = inputMethod {
            var method = InputMethod(kind, text: form.fields[focus].text)
            method.type(key)
            form.fields[focus].text = method.text
        } else {
            form.fields[focus].text.append(key)
        }
        form.dirty = true
        form.errors[form.fields[focus].key] = nil
    case .formBackspace:
        guard case .text = form.fields[focus].kind, !form.fields[focus].text.isEmpty else { return }
        form.fields[focus].text.removeLast()
        form.dirty = true
    case .formNextField: form.focus = (focus + 1) % form.fields.count
    case .formPreviousField: form.focus = (focus + form.fields.count - 1) % form.fields.count
    case .formChoice(let step): cycleChoice(&form, step)
    default: break
    }
}

private func cycleChoice(_ form: inout FormState, _ step: Int) {
    guard case .choice(let options) = form.fields[form.focus].kind, !options.isEmpty else { return }
    form.fields[form.focus].choice = ((form.fields[form.focus].choice + step) % options.count + options.count) % options.count
    form.dirty = true
}

/// Nothing is saved while any field is invalid; otherwise the event loop is asked to save.
private func submit(_ form: inout FormState, _ state: inout AppState) {
    let errors = form.unit.validationErrors()
    form.errors = Dictionary(errors.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first })
    if let first = errors.first, let index = form.fields.firstIndex(where: { $0.key == first.field }) {
        form.focus = index
        return
    }
    state.pendingSave = form.unit
}

private func finishSave(_ state: inout AppState, _ outcome: SaveOutcome) {
    state.pendingSave = nil
    switch outcome {
    case .saved(let unit, let data):
        state.data = data
        state.form = nil
        state.pane = .units
        let index = data.units.firstIndex { $0.id == unit.id } ?? 0
        var list = state.list(.units)
        list.move(to: index, count: data.units.count,
                  visible: Layout.visibleRows(.units, width: state.width, height: state.height))
        state.lists[.units] = list
        state.message = "Đã lưu đơn vị “\(unit.name)”."
    case .refused(let error):
        state.form?.errors[error.field] = error.message
        if let index = state.form?.fields.firstIndex(where: { $0.key == error.field }) { state.form?.focus = index }
    case .failed(let message):
        state.form?.message = message
    }
}
