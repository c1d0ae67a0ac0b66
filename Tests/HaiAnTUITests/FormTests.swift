import Model
import Testing
@testable import HaiAnTUI

@Suite struct FormTests {
    private func typing(_ text: String, into state: AppState) -> AppState {
        text.reduce(state) { update($0, .formInput($1)) }
    }

    @Test func telexTypingComposesTheName() throws {
        var state = apply(try Fixture().state(), .openNew)
        state = typing("Xoms Ddoong Hair", into: state)
        #expect(state.form?.text("name") == "Xóm Đông Hải")
        state = apply(state, .formNextField, .formChoice(1))
        #expect(state.form?.choice("group") == 1)
    }

    @Test func vniAndOffAfterCtrlT() throws {
        var state = apply(try Fixture().state(), .openNew, .cycleInputMethod)
        #expect(state.inputMethod == .vni)
        state = typing("Xo1m D9o6ng Ha3i", into: state)
        #expect(state.form?.text("name") == "Xóm Đông Hải")
        state = apply(state, .cycleInputMethod, .formNextField, .formNextField)
        #expect(state.inputMethod == nil)
        state = typing("Hoas", into: state)
        #expect(state.form?.text("head") == "Hoas")
        #expect(screen(state).contains("Bộ gõ: tắt"))
    }

    @Test func anEmptyNameIsRefusedWithAMessageAndNothingIsAskedToSave() throws {
        let state = apply(try Fixture().state(), .openNew, .formSubmit)
        #expect(state.pendingChange == nil)
        #expect(state.form?.errors["name"] == "Tên đơn vị không được để trống.")
        #expect(screen(state).contains("Tên đơn vị không được để trống."))
    }

    @Test func aBadPhoneKeepsTheFormOpen() throws {
        var state = apply(try Fixture().state(), .openNew, .cycleInputMethod, .cycleInputMethod)
        state = typing("Xom 1", into: state)
        state = apply(state, .formNextField, .formNextField, .formNextField)
        state = typing("09x", into: state)
        state = apply(state, .formEnter, .formEnter)
        #expect(state.pendingChange == nil)
        #expect(state.form?.errors["phone"] != nil)
        #expect(state.form?.focus == 3)
    }

    @Test func enterMovesOnThenSavesOnTheLastField() throws {
        var state = typing("Xom 1", into: apply(try Fixture().state(), .openNew))
        state = apply(state, .formEnter, .formEnter, .formEnter, .formEnter)
        #expect(state.form?.focus == 4)
        // The joining day starts as today.
        #expect(state.form?.fields[4].text == "21/05/2026")
        #expect(state.pendingChange == nil)
        state = apply(state, .formEnter)
        guard case .saveUnit(let unit)? = state.pendingChange else {
            Issue.record("no unit to save")
            return
        }
        #expect(unit.name == "Xom 1")
    }

    @Test func escapeAsksBeforeDroppingChanges() throws {
        let clean = apply(try Fixture().state(), .openNew, .formCancel)
        #expect(clean.form == nil)
        var dirty = typing("Xom", into: apply(try Fixture().state(), .openNew))
        dirty = apply(dirty, .formCancel)
        #expect(dirty.form?.confirmingCancel == true)
        #expect(screen(dirty).contains("Có thay đổi chưa lưu"))
        // Any other key answers "go on" and is not typed as well.
        let resumed = apply(dirty, .formInput("a"))
        #expect(resumed.form?.text("name") == "Xom")
        #expect(resumed.form?.confirmingCancel == false)
        #expect(apply(dirty, .formCancel).form == nil)
    }

    @Test func inAFormLettersAreTextNotCommands() throws {
        let state = apply(try Fixture().state(), .openNew)
        #expect(Keymap.action(for: .char("q"), in: state) == .formInput("q"))
        #expect(Keymap.action(for: .char("2"), in: state) == .formInput("2"))
        #expect(Keymap.action(for: .ctrl("s"), in: state) == .formSubmit)
        #expect(Keymap.action(for: .escape, in: state) == .formCancel)
        // Ctrl-C cancels a form as Esc does; only on the sign-in does it leave the program.
        #expect(Keymap.action(for: .ctrl("c"), in: state) == .formQuit)
        #expect(apply(state, .formQuit).form == nil && !apply(state, .formQuit).quit)
    }

    @Test func aSavedUnitIsSelectedAndAnnounced() throws {
        let fixture = try Fixture()
        var state = fixture.run(try fixture.state(), .openNew)
        state = typing("Xoms Ddoong Hair", into: state)
        let after = fixture.run(state, .formNextField, .formChoice(1), .formSubmit)
        #expect(after.form == nil)
        #expect(after.browser.selectedUnit?.unit.name == "Xóm Đông Hải")
        #expect(screen(after).contains("Đã lưu đơn vị “Xóm Đông Hải”."))
    }

    @Test func aDateThatDoesNotExistIsRefusedInPlace() throws {
        let fixture = try Fixture()
        var state = fixture.run(try fixture.state(), .openRegistration, .formNextField)
        #expect(state.form?.text("date") == "21/05/2026")
        state.form?.fields[1].text = "31/02/2026"
        state = fixture.run(state, .formSubmit)
        #expect(state.pendingChange == nil)
        #expect(state.form?.errors["date"]?.contains("không hợp lệ") == true)
        state.form?.fields[1].text = "01/01/2031"
        state = fixture.run(state, .formSubmit)
        #expect(state.form?.errors["date"]?.contains("thời gian phong trào") == true)
        #expect(try fixture.database.unitDetail(id: 1)?.registrations.isEmpty == true)
    }

    @Test func typingStopsAtTheFieldsLimit() throws {
        var state = apply(try Fixture().state(), .openNew, .cycleInputMethod, .cycleInputMethod)
        state = typing(String(repeating: "x", count: 130), into: state)
        #expect(state.form?.text("name").count == 120)
        #expect(state.form?.message == "Ô “Tên đơn vị” tối đa 120 ký tự.")
        #expect(screen(apply(state, .formBackspace)).contains("119/120"))
    }

    @Test func aRefusalFromStorageLandsOnItsField() throws {
        let state = apply(try Fixture().state(), .openNew, .formNextField)
        let after = update(state, .changeFinished(.refused(FieldError(field: "name", message: "Đã có đơn vị tên “X”."))))
        #expect(after.form?.focus == 0)
        #expect(after.form?.errors["name"] == "Đã có đơn vị tên “X”.")
    }
}

/// The tone style and the input method in the search line, and both kept per officer.
@Suite struct TypingPreferenceTests {
    @Test func classicPlacementPutsTheToneOnTheFirstVowel() throws {
        var state = apply(try Fixture().state(), .openNew)
        for key in "hoas" { state = apply(state, .formInput(key)) }
        #expect(state.form?.fields[0].text == "hoá")
        state = apply(apply(try Fixture().state(), .toggleToneStyle), .openNew)
        for key in "hoas" { state = apply(state, .formInput(key)) }
        #expect(state.form?.fields[0].text == "hóa")
        #expect(screen(state).contains("Bộ gõ: Telex, dấu cũ (Ctrl-T, Ctrl-O)"))
    }

    @Test func theSearchLineTypesVietnameseToo() throws {
        let fixture = try Fixture()
        var state = fixture.run(try fixture.state(), .startSearch)
        for key in "Ddoong" { state = fixture.run(state, .searchInput(key)) }
        #expect(state.browser.search == "Đông")
        #expect(Keymap.action(for: .ctrl("t"), in: state) == .cycleInputMethod)
    }

    @Test func eachOfficerGetsTheirOwnInputMethodBack() throws {
        let fixture = try Fixture()
        try fixture.database.saveInputPreference(officer: "Lê Văn Tám", kind: .vni, modernTone: false)
        var state = try fixture.state()
        state.officer = "lê văn tám"
        state = fixture.run(state, .move(0))
        #expect(state.inputMethod == .vni && !state.modernTone)
        state.officer = "Người mới"
        state = fixture.run(state, .move(0))
        #expect(state.inputMethod == .vni && state.preferencesFor == "Người mới")
        #expect(try fixture.database.inputPreference(officer: "Người mới") == nil)
    }

    @Test func theContentAreasArePickedWithTheirMeaningShown() throws {
        let (fixture, start) = try Fixture.demo()
        var state = fixture.run(start, .openRegistration)
        let areas = try #require(state.form?.fields.firstIndex { $0.key == "areas" })
        state.form?.focus = areas
        // The option under the cursor is shown with its meaning; → moves, Space marks, a letter marks its area.
        #expect(screen(state).contains("☐ a – \(ContentArea.a.title)"))
        state = apply(state, .formChoice(1), .formInput(" "), .formInput("g"), .formInput("x"))
        #expect(state.form?.fields[areas].text == "b, g")
        #expect(state.form?.message?.contains("gõ chữ a b c d e g h") == true)
        state = apply(state, .formInput("b"))
        #expect(state.form?.fields[areas].text == "g")
        state = fixture.run(state, .formSubmit)
        #expect(state.form == nil)
        #expect(state.message?.hasPrefix("Đã lưu đăng ký") == true)
    }
}
