import Model
import Testing
@testable import HaiAnTUI

@Suite struct FormTests {
    private func typing(_ text: String, into state: AppState) -> AppState {
        text.reduce(state) { update($0, .formInput($1)) }
    }

    @Test func telexTypingComposesTheName() throws {
        var state = apply(try Fixture().state(), .openNewUnit)
        state = typing("Xoms Ddoong Hair", into: state)
        #expect(state.form?.text("name") == "Xóm Đông Hải")
        state = apply(state, .formNextField, .formChoice(1))
        #expect(state.form?.unit.group == .b)
    }

    @Test func vniAndOffAfterCtrlT() throws {
        var state = apply(try Fixture().state(), .openNewUnit, .cycleInputMethod)
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
        let state = apply(try Fixture().state(), .openNewUnit, .formSubmit)
        #expect(state.pendingSave == nil)
        #expect(state.form?.errors["name"] == "Tên đơn vị không được để trống.")
        #expect(screen(state).contains("Tên đơn vị không được để trống."))
    }

    @Test func aBadPhoneKeepsTheFormOpen() throws {
        var state = apply(try Fixture().state(), .openNewUnit, .cycleInputMethod, .cycleInputMethod)
        state = typing("Xom 1", into: state)
        state = apply(state, .formNextField, .formNextField, .formNextField)
        state = typing("09x", into: state)
        state = apply(state, .formEnter)
        #expect(state.pendingSave == nil)
        #expect(state.form?.errors["phone"] != nil)
        #expect(state.form?.focus == 3)
    }

    @Test func enterMovesOnThenSavesOnTheLastField() throws {
        var state = typing("Xom 1", into: apply(try Fixture().state(), .openNewUnit))
        state = apply(state, .formEnter, .formEnter, .formEnter)
        #expect(state.form?.focus == 3)
        #expect(state.pendingSave == nil)
        state = apply(state, .formEnter)
        #expect(state.pendingSave?.name == "Xom 1")
    }

    @Test func escapeAsksBeforeDroppingChanges() throws {
        let clean = apply(try Fixture().state(), .openNewUnit, .formCancel)
        #expect(clean.form == nil)
        var dirty = typing("Xom", into: apply(try Fixture().state(), .openNewUnit))
        dirty = apply(dirty, .formCancel)
        #expect(dirty.form?.confirmingCancel == true)
        #expect(screen(dirty).contains("Có thay đổi chưa lưu"))
        #expect(apply(dirty, .formInput("a")).form?.text("name") == "Xoma")
        #expect(apply(dirty, .formCancel).form == nil)
    }

    @Test func inAFormLettersAreTextNotCommands() throws {
        let state = apply(try Fixture().state(), .openNewUnit)
        #expect(Keymap.action(for: .char("q"), in: state) == .formInput("q"))
        #expect(Keymap.action(for: .char("2"), in: state) == .formInput("2"))
        #expect(Keymap.action(for: .ctrl("s"), in: state) == .formSubmit)
        #expect(Keymap.action(for: .ctrl("c"), in: state) == .formCancel)
    }

    @Test func aSavedUnitIsSelectedAndAnnounced() throws {
        let fixture = try Fixture()
        let state = apply(try fixture.state(), .openNewUnit)
        let saved = try fixture.database.createUnit(Unit(id: 0, name: "Xóm Đông Hải", group: .b))
        let after = update(state, .saveFinished(.saved(saved, try fixture.database.dashboard())))
        #expect(after.form == nil)
        #expect(after.data.units[after.list(.units).selected].name == "Xóm Đông Hải")
        #expect(screen(after).contains("Đã lưu đơn vị “Xóm Đông Hải”."))
    }

    @Test func aRefusalFromStorageLandsOnItsField() throws {
        let state = apply(try Fixture().state(), .openNewUnit, .formNextField)
        let after = update(state, .saveFinished(.refused(FieldError(field: "name", message: "Đã có đơn vị tên “X”."))))
        #expect(after.form?.focus == 0)
        #expect(after.form?.errors["name"] == "Đã có đơn vị tên “X”.")
    }
}
