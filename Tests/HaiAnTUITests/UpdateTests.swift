import Model
import Testing
@testable import HaiAnTUI

@Suite struct UpdateTests {
    @Test func panesSwitchByNumberAndWrapWithTab() throws {
        let state = try Fixture().state()
        #expect(apply(state, .selectPane(.reports)).pane == .reports)
        #expect(apply(state, .nextPane).pane == .timeline)
        #expect(apply(state, .previousPane).pane == .awards)
        #expect(apply(state, .selectPane(.awards), .nextPane).pane == .units)
    }

    @Test func selectionMovesWithinTheList() throws {
        let state = try Fixture().state()
        #expect(apply(state, .move(1), .move(1)).list(.units).selected == 2)
        #expect(apply(state, .move(-1)).list(.units).selected == 0)
        #expect(apply(state, .last).list(.units).selected == state.browser.units.total - 1)
        #expect(apply(state, .move(50)).list(.units).selected == state.browser.units.total - 1)
        #expect(apply(state, .last, .first).list(.units).selected == 0)
    }

    @Test func eachPaneKeepsItsOwnSelection() throws {
        let fixture = try Fixture()
        let moved = fixture.run(try fixture.state(), .selectPane(.reports), .move(3), .selectPane(.units), .move(1), .selectPane(.reports))
        #expect(moved.list(.reports).selected == 3)
        #expect(moved.list(.units).selected == 1)
    }

    @Test func scrollingKeepsTheSelectionInViewOnASmallScreen() throws {
        let fixture = try Fixture()
        _ = try fixture.database.writeDemo(scale: .commune, seed: 3)
        let state = fixture.run(try fixture.state(width: 80, height: 24), .selectPane(.reports))
        let visible = Layout.visibleRows(.reports, width: 80, height: 24)
        let rows = state.reports.rowCount
        #expect(visible < rows)
        let moved = fixture.run(state, .last)
        let list = moved.list(.reports)
        #expect(list.selected == rows - 1)
        #expect(list.offset == rows - visible)
        let paged = fixture.run(moved, .page(-1))
        #expect(paged.list(.reports).selected == list.selected - visible)
    }

    @Test func worksheetGroupsCycle() throws {
        let state = try Fixture().state()
        let next = apply(state, .selectPane(.worksheet), .switchGroup(1))
        #expect(next.worksheetTemplate?.group == .collective(.b))
        #expect(apply(state, .selectPane(.worksheet), .switchGroup(-1)).worksheetTemplate?.group == .individual)
    }

    @Test func helpTogglesAndQuitQuits() throws {
        let state = try Fixture().state()
        #expect(apply(state, .toggleHelp).showHelp)
        #expect(!apply(state, .toggleHelp, .closeHelp).showHelp)
        #expect(apply(state, .quit).quit)
    }

    @Test func resizeBelowTheMinimumAndBack() throws {
        let state = try Fixture().state()
        let small = apply(state, .resize(width: 60, height: 15))
        #expect(small.isTooSmall)
        #expect(screen(small).contains("Cửa sổ quá nhỏ"))
        #expect(screen(small).contains("60×15"))
        let back = apply(small, .resize(width: 120, height: 40))
        #expect(!back.isTooSmall)
        #expect(screen(back).contains("1 Đơn vị"))
    }
}

/// The role check: keys that lead to a change the account may not make are refused at once,
/// and a change that still reaches the event loop is refused before Storage.
@Suite struct RoleTests {
    private func state(_ role: Role, _ pane: PaneID = .units) throws -> (Fixture, AppState) {
        let fixture = try Fixture()
        var state = fixture.run(try fixture.state(), .selectPane(pane))
        state.account = Account(id: 9, name: "Thử", role: role)
        return (fixture, state)
    }

    @Test func aViewerOpensNoFormAndWritesNothing() throws {
        let (fixture, viewer) = try state(.viewer)
        let refused = fixture.run(viewer, .openNew)
        #expect(refused.form == nil)
        #expect(refused.message?.hasPrefix("Tài khoản “xem” không được") == true)
        var sneaked = viewer
        sneaked.pendingChange = .saveUnit(Unit(id: 0, name: "Xóm Lén", group: .b))
        let after = fixture.run(sneaked, .move(0))
        #expect(after.data.unitCounts == viewer.data.unitCounts)
        #expect(fixture.run(viewer, .undo).message == "Tài khoản “xem” không được hoàn tác.")
    }

    @Test func aLockedScreenShowsNoDataBehindIt() throws {
        let (fixture, start) = try Fixture.demo()
        let name = try #require(start.browser.units.rows.first?.unit.name)
        #expect(screen(start).contains(name))
        let locked = fixture.run(start, .lock)
        #expect(screen(locked).contains("Đã khoá máy") && !screen(locked).contains(name))
    }

    @Test func theAdministratorChoosesAnAccountAndAPinTypedIsNeverKeptInADraft() throws {
        let (fixture, admin) = try state(.admin)
        let chooser = fixture.run(admin, .manageAccounts)
        guard case .accountChoice(let accounts)? = chooser.form?.purpose else {
            Issue.record("no chooser: \(String(describing: chooser.form))")
            return
        }
        #expect(chooser.form?.fields.first?.kind == .choice(["Thêm tài khoản mới"] + accounts.map { "\($0.name) (\($0.role.title))" }))
        let new = fixture.run(chooser, .formSubmit)
        #expect(new.form?.title == "Thêm tài khoản")
        let typed = fixture.run(new, .formInput("T"), .formNextField, .formNextField, .formInput("4"), .formInput("2"))
        #expect(typed.form?.fields[2].text == "42")
        let draft = try #require(DraftKeeper.pending(typed))
        #expect(draft.fields.map(\.text) == ["T", "", "", ""])
        // Editing an account: a PIN typed only in the second field is not taken for "keep the PIN".
        var edit = FormState.accountEditForm(Account(id: 9, name: "Thử", role: .viewer))
        edit.fields[4].text = "123456"
        guard case .failure(let failure) = edit.change() else {
            Issue.record("a lone repeated PIN was accepted")
            return
        }
        #expect(failure.all.map(\.field) == ["pin"])
    }

    @Test func theCouncilScoresButTheChairmanOnlyDecides() throws {
        let (fixture, council) = try state(.council, .worksheet)
        #expect(fixture.run(council, .cellInput("5")).worksheet.editing == "5")
        #expect(fixture.run(council, .cycleAssessor, .cellInput("5")).worksheet.editing == nil)
        let (_, chairman) = try state(.chairman, .awards)
        #expect(fixture.run(chairman, .openVote).message == "Tài khoản “chủ tịch” không được ghi biểu quyết của Hội đồng.")
        #expect(fixture.run(chairman, .manageAccounts).form == nil)
        let (_, officer) = try state(.officer, .awards)
        #expect(fixture.run(officer, .openNew).form != nil)
        #expect(fixture.run(officer, .editQuota).form == nil)
    }
}

@Suite struct RecordHistoryKeyTests {
    @Test func hOnAUnitShowsItsTrailAndEscClosesIt() throws {
        let fixture = try Fixture()
        var state = fixture.run(try fixture.state(), .openEdit)
        for key in " moiws" { state = fixture.run(state, .formInput(key)) }
        state = fixture.run(state, .formSubmit)
        let shown = fixture.run(state, .showHistory)
        let text = screen(shown)
        #expect(text.contains("Lịch sử · \(state.browser.selectedUnit?.unit.name ?? "?")"))
        #expect(text.contains("Cán bộ thử  sửa  Tên: "))
        #expect(Keymap.action(for: .escape, in: shown) == .closeHistory)
    }
}
