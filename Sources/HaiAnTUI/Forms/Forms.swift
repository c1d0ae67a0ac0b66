import Model

/// The forms of pane 1: how each starts, and the change its fields describe once valid.
extension FormState {
    /// Sign in (or unlock: one account offered) with a PIN.
    static func signInForm(_ accounts: [Account], selected: Int64? = nil, locked: Bool = false) -> FormState {
        var form = FormState(title: locked ? "Đã khoá máy — nhập mã PIN để mở" : "Đăng nhập", purpose: .signIn(accounts), fields: [
            FormField(key: "account", label: "Tài khoản", kind: .choice(accounts.map { "\($0.name) (\($0.role.title))" }),
                      choice: accounts.firstIndex { $0.id == selected } ?? 0),
            FormField(key: "pin", label: "Mã PIN", kind: .secret),
        ])
        // Locked, the account is known: the PIN is all there is to type.
        if locked { form.focus = 1 }
        return form
    }

    /// The PIN was right but shorter than six digits: the same form asks for a new one before
    /// anything opens (the right PIN stays in its field, checked again with the new one).
    mutating func askNewPin(_ account: Account) {
        if !fields.contains(where: { $0.key == "newPin" }) {
            fields += [FormField(key: "newPin", label: "Mã PIN mới", kind: .secret),
                       FormField(key: "repeat", label: "Nhập lại mã PIN mới", kind: .secret)]
        }
        focus = fields.firstIndex { $0.key == "newPin" } ?? focus
        message = "Mã PIN của \(account.name) ngắn hơn \(Account.pinLengths.lowerBound) chữ số: hãy đặt mã mới "
            + "\(Account.pinLengths.lowerBound)–\(Account.pinLengths.upperBound) chữ số rồi Enter."
    }

    static func accountForm(firstAdmin: Bool) -> FormState {
        var fields = [FormField(key: "name", label: "Họ và tên", kind: .text(maxWidth: 60))]
        if !firstAdmin { fields.append(FormField(key: "role", label: "Vai trò", kind: .choice(Role.allCases.map(\.title)), choice: 1)) }
        fields += [FormField(key: "pin", label: "Mã PIN", kind: .secret), FormField(key: "repeat", label: "Nhập lại mã PIN", kind: .secret)]
        return FormState(title: firstAdmin ? "Lần đầu: tạo tài khoản quản trị" : "Thêm tài khoản",
                         purpose: .account(firstAdmin: firstAdmin), fields: fields)
    }

    /// A new account first, then every account, locked ones marked.
    static func accountChoice(_ accounts: [Account]) -> FormState {
        let names = accounts.map { "\($0.name) (\($0.role.title))" + ($0.archived ? " — đã khoá" : "") }
        return FormState(title: "Tài khoản", purpose: .accountChoice(accounts), fields: [
            FormField(key: "account", label: "Chọn", kind: .choice(["Thêm tài khoản mới"] + names)),
        ])
    }

    /// The PIN fields left empty keep the current PIN.
    static func accountEditForm(_ account: Account) -> FormState {
        FormState(title: "Sửa tài khoản (để trống mã PIN: giữ mã cũ)", purpose: .accountEdit(account), fields: [
            FormField(key: "name", label: "Họ và tên", kind: .text(maxWidth: 60), text: account.name),
            FormField(key: "role", label: "Vai trò", kind: .choice(Role.allCases.map(\.title)),
                      choice: Role.allCases.firstIndex(of: account.role) ?? 0),
            FormField(key: "status", label: "Trạng thái", kind: .choice(["được đăng nhập", "đã khoá"]), choice: account.archived ? 1 : 0),
            FormField(key: "pin", label: "Mã PIN mới", kind: .secret),
            FormField(key: "repeat", label: "Nhập lại mã PIN", kind: .secret),
        ])
    }

    static func unitForm(_ unit: Unit) -> FormState {
        let groups = UnitGroup.allCases.map { "\($0.rawValue) – \($0.title)" }
        return FormState(title: unit.id == 0 ? "Thêm đơn vị" : "Sửa đơn vị", purpose: .unit(unit), fields: [
            FormField(key: "name", label: "Tên đơn vị", kind: .text(maxWidth: Unit.maxNameWidth), text: unit.name),
            FormField(key: "group", label: "Nhóm", kind: .choice(groups), choice: UnitGroup.allCases.firstIndex(of: unit.group) ?? 0),
            FormField(key: "head", label: "Người đứng đầu", kind: .text(maxWidth: Unit.maxNameWidth), text: unit.head),
            FormField(key: "phone", label: "Điện thoại", kind: .text(maxWidth: PhoneRule.maxLength), text: unit.phone),
            FormField(key: "joined", label: "Ngày tham gia", kind: .date, text: unit.joinedOn.display),
        ])
    }

    static func personForm(_ person: Person, unitName: String) -> FormState {
        FormState(title: person.id == 0 ? "Thêm cá nhân" : "Sửa cá nhân", purpose: .person(person), fields: [
            FormField(key: "name", label: "Họ và tên", kind: .text(maxWidth: Person.maxNameWidth), text: person.name),
            FormField(key: "unit", label: "Đơn vị", kind: .text(maxWidth: Unit.maxNameWidth), text: unitName),
            FormField(key: "position", label: "Chức vụ", kind: .text(maxWidth: Person.maxPositionWidth), text: person.position),
            FormField(key: "kind", label: "Đối tượng", kind: .choice(PersonKind.allCases.map(\.title)),
                      choice: PersonKind.allCases.firstIndex(of: person.kind) ?? 0),
            FormField(key: "phone", label: "Điện thoại", kind: .text(maxWidth: PhoneRule.maxLength), text: person.phone),
            FormField(key: "joined", label: "Ngày tham gia", kind: .date, text: person.joinedOn.display),
            FormField(key: "gender", label: "Giới tính", kind: .choice(["—"] + Gender.allCases.map(\.title)),
                      choice: person.gender.flatMap { Gender.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0),
            FormField(key: "born", label: "Ngày sinh", kind: .date, text: person.bornOn?.display ?? ""),
        ])
    }

    static func registrationForm(unitID: Int64?, personID: Int64?, owner: String, today: Day) -> FormState {
        let terms = RegistrationTerm.all
        let year = terms.firstIndex(of: .year(Plan.year(nearest: today.year))) ?? 0
        return FormState(title: "Đăng ký thi đua: \(owner)", purpose: .registration(unitID: unitID, personID: personID, owner: owner), fields: [
            FormField(key: "term", label: "Đăng ký cho", kind: .choice(terms.map(\.title)), choice: year),
            FormField(key: "date", label: "Ngày đăng ký", kind: .date, text: today.display),
            FormField(key: "areas", label: "Nội dung", kind: .marks(codes: ContentArea.allCases.map(\.rawValue),
                                                                      titles: ContentArea.allCases.map(\.title))),
            FormField(key: "commitments", label: "Cam kết", kind: .text(maxWidth: Registration.maxCommitmentsWidth)),
        ])
    }

    static func initiativeForm(_ initiative: Initiative, owner: String) -> FormState {
        let sectors = ["—"] + PrioritySector.allCases.map(\.title)
        return FormState(title: (initiative.id == 0 ? "Thêm sáng kiến của " : "Sửa sáng kiến của ") + owner,
                         purpose: .initiative(initiative, owner: owner), fields: [
            FormField(key: "title", label: "Tên sáng kiến", kind: .text(maxWidth: Initiative.maxTitleWidth), text: initiative.title),
            FormField(key: "area", label: "Nội dung", kind: .choice(ContentArea.allCases.map { "\($0.rawValue) – \($0.title)" }),
                      choice: ContentArea.allCases.firstIndex(of: initiative.area) ?? 0),
            FormField(key: "sector", label: "Lĩnh vực", kind: .choice(sectors),
                      choice: initiative.sector.flatMap { PrioritySector.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0),
            FormField(key: "started", label: "Ngày bắt đầu", kind: .date, text: initiative.startedOn?.display ?? ""),
            FormField(key: "status", label: "Trạng thái", kind: .choice(InitiativeStatus.allCases.map(\.title)),
                      choice: InitiativeStatus.allCases.firstIndex(of: initiative.status) ?? 0),
            FormField(key: "recognisedBy", label: "Ai công nhận", kind: .text(maxWidth: Person.maxNameWidth), text: initiative.recognisedBy),
            FormField(key: "recognisedOn", label: "Ngày công nhận", kind: .date, text: initiative.recognisedOn?.display ?? ""),
        ])
    }

    static func receiptForm(_ target: ReceiptTarget, _ receipt: Receipt, today: Day) -> FormState {
        FormState(title: (receipt.id == 0 ? "Ghi nhận: " : "Sửa ghi nhận: ") + "\(target.slot.title) — \(target.sender)",
                  purpose: .receipt(receipt, today: today), fields: [
            FormField(key: "date", label: "Ngày nhận", kind: .date, text: receipt.receivedOn.display),
            FormField(key: "by", label: "Người nhận", kind: .text(maxWidth: Person.maxNameWidth), text: receipt.receivedBy),
            FormField(key: "note", label: "Ghi chú", kind: .text(maxWidth: Receipt.maxNoteWidth), text: receipt.note),
            FormField(key: "attachment", label: "Nơi lưu văn bản", kind: .text(maxWidth: Receipt.maxAttachmentWidth),
                      text: receipt.attachment),
        ])
    }

    static func activityForm(_ activity: Activity, unitName: String) -> FormState {
        FormState(title: activity.id == 0 ? "Thêm hoạt động" : "Sửa hoạt động", purpose: .activity(activity), fields: [
            FormField(key: "title", label: "Tên hoạt động", kind: .text(maxWidth: Activity.maxTitleWidth), text: activity.title),
            FormField(key: "unit", label: "Đơn vị phụ trách", kind: .text(maxWidth: Unit.maxNameWidth), text: unitName),
            FormField(key: "area", label: "Nội dung", kind: .choice(ContentArea.allCases.map { "\($0.rawValue) – \($0.title)" }),
                      choice: ContentArea.allCases.firstIndex(of: activity.area) ?? 0),
            FormField(key: "start", label: "Bắt đầu", kind: .date, text: activity.start.display),
            FormField(key: "end", label: "Kết thúc", kind: .date, text: activity.end.display),
            FormField(key: "progress", label: "Tiến độ (%)", kind: .integer(0...100), text: String(activity.progress)),
            FormField(key: "status", label: "Trạng thái", kind: .choice(ActivityStatus.allCases.map(\.title)),
                      choice: ActivityStatus.allCases.firstIndex(of: activity.status) ?? 0),
        ])
    }

    /// The day typed as joining the movement; required.
    private func joinedOn(into errors: inout [FieldError]) -> Day? {
        switch date("joined", label: "Ngày tham gia") {
        case .success(let day?): return day
        case .success(nil):
            errors.append(FieldError(field: "joined", message: "Ghi ngày tham gia phong trào (dd/mm/yyyy)."))
        case .failure(let error): errors.append(error)
        }
        return nil
    }

    /// The change the fields describe, or every problem found (all fields are checked at once).
    func change() -> Result<Change, FormErrors> {
        switch purpose {
        case .unit(var unit):
            unit.name = text("name")
            unit.group = UnitGroup.allCases[choice("group")]
            unit.head = text("head")
            unit.phone = text("phone")
            var errors: [FieldError] = []
            if let joined = joinedOn(into: &errors) { unit.joinedOn = joined }
            errors += unit.validationErrors()
            return errors.isEmpty ? .success(.saveUnit(unit)) : .failure(FormErrors(all: errors))
        case .person(var person):
            person.name = text("name")
            person.position = text("position")
            person.kind = PersonKind.allCases[choice("kind")]
            person.phone = text("phone")
            person.gender = choice("gender") == 0 ? nil : Gender.allCases[choice("gender") - 1]
            var errors: [FieldError] = []
            if let joined = joinedOn(into: &errors) { person.joinedOn = joined }
            person.bornOn = collect(date("born", label: "Ngày sinh"), into: &errors) ?? nil
            errors += person.validationErrors().filter { error in !errors.contains { $0.field == error.field } }
            return errors.isEmpty ? .success(.savePerson(person, unitName: text("unit"))) : .failure(FormErrors(all: errors))
        case .registration(let unitID, let personID, _):
            var errors: [FieldError] = []
            let day = collect(date("date", label: "Ngày đăng ký"), into: &errors) ?? nil
            if day == nil && errors.isEmpty { errors.append(FieldError(field: "date", message: "Ghi ngày đăng ký (dd/mm/yyyy).")) }
            let areas = collect(ContentArea.parseList(text("areas")), into: &errors) ?? []
            let registration = Registration(unitID: unitID, personID: personID, term: RegistrationTerm.all[choice("term")],
                                            registeredOn: day ?? Plan.movementStart, commitments: text("commitments"), areas: areas)
            if day != nil { errors += registration.validationErrors() }
            return errors.isEmpty ? .success(.register(registration)) : .failure(FormErrors(all: errors))
        case .initiative(var initiative, _):
            var errors: [FieldError] = []
            initiative.title = text("title")
            initiative.area = ContentArea.allCases[choice("area")]
            initiative.sector = choice("sector") == 0 ? nil : PrioritySector.allCases[choice("sector") - 1]
            initiative.startedOn = collect(date("started", label: "Ngày bắt đầu"), into: &errors) ?? nil
            initiative.status = InitiativeStatus.allCases[choice("status")]
            initiative.recognisedBy = text("recognisedBy")
            initiative.recognisedOn = collect(date("recognisedOn", label: "Ngày công nhận"), into: &errors) ?? nil
            let known = Set(errors.map(\.field))
            errors += initiative.validationErrors().filter { !known.contains($0.field) }
            return errors.isEmpty ? .success(.saveInitiative(initiative)) : .failure(FormErrors(all: errors))
        case .receipt(var receipt, let today):
            var errors: [FieldError] = []
            let day = collect(date("date", label: "Ngày nhận"), into: &errors) ?? nil
            if day == nil && errors.isEmpty { errors.append(FieldError(field: "date", message: "Ghi ngày nhận (dd/mm/yyyy).")) }
            receipt.receivedOn = day ?? today
            receipt.receivedBy = text("by")
            receipt.note = text("note")
            receipt.attachment = text("attachment")
            let known = Set(errors.map(\.field))
            errors += receipt.validationErrors(today: today).filter { !known.contains($0.field) }
            return errors.isEmpty ? .success(.saveReceipt(receipt, today: today)) : .failure(FormErrors(all: errors))
        case .activity(var activity):
            var errors: [FieldError] = []
            activity.title = text("title")
            activity.area = ContentArea.allCases[choice("area")]
            let start = collect(date("start", label: "Ngày bắt đầu"), into: &errors) ?? nil
            let end = collect(date("end", label: "Ngày kết thúc"), into: &errors) ?? nil
            for (key, day) in [("start", start), ("end", end)] where day == nil && !errors.contains(where: { $0.field == key }) {
                errors.append(FieldError(field: key, message: "Ghi ngày (dd/mm/yyyy)."))
            }
            activity.start = start ?? activity.start
            activity.end = end ?? activity.end
            activity.progress = collect(integer("progress", label: "Tiến độ"), into: &errors).flatMap { $0 } ?? 0
            activity.status = ActivityStatus.allCases[choice("status")]
            let known = Set(errors.map(\.field))
            errors += activity.validationErrors().filter { !known.contains($0.field) }
            return errors.isEmpty ? .success(.saveActivity(activity, unitName: text("unit"))) : .failure(FormErrors(all: errors))
        case .criterion, .bands, .quota, .proposal:
            return scoringChange()
        case .account(let firstAdmin):
            let role = firstAdmin ? Role.admin : Role.allCases[choice("role")]
            let account = Account(name: text("name"), role: role)
            let pin = fields.first { $0.key == "pin" }?.text ?? "", repeated = fields.first { $0.key == "repeat" }?.text
            let errors = account.validationErrors(pin: pin, repeated: repeated)
            return errors.isEmpty ? .success(.saveAccount(account, pin: pin)) : .failure(FormErrors(all: errors))
        case .accountEdit(var account):
            account.name = text("name")
            account.role = Role.allCases[choice("role")]
            account.archived = choice("status") == 1
            let typed = fields.first { $0.key == "pin" }?.text ?? "", repeated = fields.first { $0.key == "repeat" }?.text ?? ""
            // Both PIN fields empty keep the current PIN; anything typed in either is checked.
            let pin = typed.isEmpty && repeated.isEmpty ? nil : typed
            let errors = account.validationErrors(pin: pin, repeated: repeated)
            return errors.isEmpty ? .success(.saveAccount(account, pin: pin)) : .failure(FormErrors(all: errors))
        case .settings(let settings):
            return settingsChange(settings)
        case .reportWriting(let year):
            // Paragraphs keep their line breaks: `text(_:)` would fold them into spaces.
            let writing = ReportWriting(texts: fields.map(\.text))
            let errors = writing.validationErrors()
            return errors.isEmpty ? .success(.saveReportWriting(year: year, writing)) : .failure(FormErrors(all: errors))
        case .signIn, .accountChoice, .documents, .importFile:
            return .failure(FormErrors(all: []))
        }
    }

    /// Every problem a submit found, field by field.
    struct FormErrors: Error {
        var all: [FieldError]
    }

    func collect<T>(_ result: Result<T, FieldError>, into errors: inout [FieldError]) -> T? {
        switch result {
        case .success(let value): return value
        case .failure(let error):
            errors.append(error)
            return nil
        }
    }
}
