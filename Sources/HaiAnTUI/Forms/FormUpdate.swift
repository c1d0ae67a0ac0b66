import Model

/// The form part of `update`: typing, moving between fields, saving and cancelling.
func updateForm(_ state: inout AppState, _ action: Action) {
    guard var form = state.form else { return }
    if case .formQuit = action, form.blocksTheApp {
        // Nothing can be done without signing in: Ctrl-C there leaves the program.
        state.quit = true
        return
    }
    if case .formCancel = action, form.blocksTheApp {
        // Esc on the sign-in or the lock screen does nothing: a stray Esc never ends the program.
        form.message = "Nhập mã PIN để vào; Ctrl-C để thoát chương trình."
        state.form = form
        return
    }
    if action == .formCancel || action == .formQuit {
        if form.dirty && !form.confirmingCancel && !form.onlyChooses {
            form.confirmingCancel = true
            state.form = form
        } else {
            state.form = nil
            state.message = form.dirty ? "Đã bỏ, không lưu gì." : nil
        }
        return
    }
    if form.confirmingCancel {
        // The key that answers "any other key continues" only answers: it is not typed too.
        form.confirmingCancel = false
        state.form = form
        return
    }
    form.message = nil
    if action == .formNextField, case .importFile = form.purpose, form.focus == 1 {
        // Tab in the file's path completes it, as a shell does.
        state.completionRequest = form.fields[1].text
        state.form = form
        return
    }
    edit(&form, action, inputMethod: state.inputMethod, modernTone: state.modernTone)
    let inTextArea = if case .textArea = form.fields[form.focus].kind { true } else { false }
    if action == .formSubmit || (action == .formEnter && form.focus == form.fields.count - 1 && !inTextArea) {
        if case .signIn(let accounts) = form.purpose {
            requestSignIn(form, accounts, &state)
            return
        }
        if case .importFile = form.purpose {
            let path = form.fields[1].text
            guard !path.isEmpty else {
                form.errors["path"] = "Ghi đường dẫn tệp .xlsx hoặc .csv."
                state.form = form
                return
            }
            state.importRequest = .plan(ImportKind.allCases[form.choice("kind")], path: path)
            state.form = nil
            return
        }
        if case .documents(let kinds, let year, let roundID) = form.purpose {
            state.documentRequest = DocumentRequest(kind: kinds[form.choice("kind")], year: year, roundID: roundID)
            state.form = nil
            return
        }
        if case .accountChoice(let accounts) = form.purpose {
            let index = form.choice("account")
            state.form = index == 0 ? .accountForm(firstAdmin: false) : .accountEditForm(accounts[index - 1])
            return
        }
        submit(&form, &state)
    } else if action == .formEnter, case .textArea = form.fields[form.focus].kind {
        // In a text area Enter starts a new line; Tab moves on.
        form.fields[form.focus].text.append("\n")
        form.dirty = true
    } else if action == .formEnter {
        form.focus += 1
    }
    state.form = form
}

private func edit(_ form: inout FormState, _ action: Action, inputMethod: InputMethodKind?, modernTone: Bool) {
    let focus = form.focus
    let field = form.fields[focus]
    switch action {
    case .formInput(let key):
        if case .marks(let codes, _) = field.kind {
            // Space marks the option under the cursor; its letter marks it directly.
            let index = key == " " ? field.choice : codes.firstIndex(of: String(key).lowercased())
            guard let index else {
                form.message = "Chọn bằng ←→ và Space, hoặc gõ chữ \(codes.joined(separator: " "))."
                return
            }
            form.fields[focus].choice = index
            form.fields[focus].toggle(index)
            form.dirty = true
            form.errors[field.key] = nil
            return
        }
        guard let maxWidth = field.maxWidth else {
            if key == " " { cycleChoice(&form, 1) }
            // A letter picks the next option starting with it, accents aside ("l" for Lê Văn
            // Lan at the sign-in), as a list does in any desktop chooser.
            if case .choice(let options) = field.kind, key.isLetter || key.isNumber {
                let letter = VietText.fold(String(key))
                let order = options.indices.map { (field.choice + 1 + $0) % options.count }
                if let index = order.first(where: { VietText.fold(options[$0]).hasPrefix(letter) }) {
                    form.fields[focus].choice = index
                    form.dirty = true
                }
            }
            return
        }
        guard field.accepts(key) else {
            form.message = "Ô “\(field.label)” chỉ nhận chữ số."
            return
        }
        var text = field.text
        if let kind = inputMethod, field.takesInputMethod {
            var method = InputMethod(kind, modernTone: modernTone, text: text)
            method.type(key)
            text = method.text
        } else {
            text.append(key)
        }
        guard VietText.displayWidth(text) <= maxWidth else {
            form.message = "Ô “\(field.label)” tối đa \(maxWidth) ký tự."
            return
        }
        form.fields[focus].text = text
        form.dirty = true
        form.errors[field.key] = nil
    case .formBackspace:
        guard field.isTyped, !field.text.isEmpty else { return }
        form.fields[focus].text.removeLast()
        form.dirty = true
        form.errors[field.key] = nil
    case .formNextField: form.focus = (focus + 1) % form.fields.count
    case .formPreviousField: form.focus = (focus + form.fields.count - 1) % form.fields.count
    case .formChoice(let step): cycleChoice(&form, step)
    default: break
    }
}

private func cycleChoice(_ form: inout FormState, _ step: Int) {
    let count: Int
    switch form.fields[form.focus].kind {
    case .choice(let options): count = options.count
    // Moving the cursor over marks changes nothing yet.
    case .marks(let codes, _):
        guard !codes.isEmpty else { return }
        form.fields[form.focus].choice = ((form.fields[form.focus].choice + step) % codes.count + codes.count) % codes.count
        return
    default: return
    }
    guard count > 0 else { return }
    form.fields[form.focus].choice = ((form.fields[form.focus].choice + step) % count + count) % count
    form.dirty = true
}

/// Nothing is saved while any field is invalid; otherwise the event loop is asked to save.
private func submit(_ form: inout FormState, _ state: inout AppState) {
    switch form.change() {
    case .failure(let failure):
        let errors = failure.all
        form.errors = Dictionary(errors.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first })
        if let index = form.fields.firstIndex(where: { form.errors[$0.key] != nil }) {
            form.focus = index
        } else {
            form.message = errors.first?.message
        }
    case .success(let change):
        state.pendingChange = change
    }
}

/// The event loop checks the PIN (a slow hash, and a count of wrong ones) and reports back.
private func requestSignIn(_ form: FormState, _ accounts: [Account], _ state: inout AppState) {
    var form = form
    let pin = form.fields.first { $0.key == "pin" }?.text ?? ""
    guard accounts.indices.contains(form.choice("account")), !pin.isEmpty else {
        form.errors["pin"] = "Nhập mã PIN."
        state.form = form
        return
    }
    var newPin: String?
    if let field = form.fields.first(where: { $0.key == "newPin" }) {
        let repeated = form.fields.first { $0.key == "repeat" }?.text
        if let error = accounts[form.choice("account")].validationErrors(pin: field.text, repeated: repeated).first {
            form.errors[error.field == "pin" ? "newPin" : error.field] = error.message
            state.form = form
            return
        }
        newPin = field.text
    }
    state.form = form
    state.signInAccounts = accounts
    state.signInRequest = SignInRequest(accountID: accounts[form.choice("account")].id, pin: pin, newPin: newPin)
}
