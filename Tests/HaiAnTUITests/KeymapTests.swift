import Model
import Testing
@testable import HaiAnTUI

@Suite struct KeymapTests {
    @Test func keysRouteToActions() throws {
        let state = try Fixture().state()
        #expect(Keymap.action(for: .char("3"), in: state) == .selectPane(.reports))
        #expect(Keymap.action(for: .tab, in: state) == .nextPane)
        #expect(Keymap.action(for: .backTab, in: state) == .previousPane)
        #expect(Keymap.action(for: .char("j"), in: state) == .move(1))
        #expect(Keymap.action(for: .up, in: state) == .move(-1))
        #expect(Keymap.action(for: .char("q"), in: state) == .quit)
        #expect(Keymap.action(for: .ctrl("c"), in: state) == .quit)
        #expect(Keymap.action(for: .char("?"), in: state) == .toggleHelp)
        #expect(Keymap.action(for: .char("x"), in: state) == nil)
        #expect(Keymap.action(for: .char("l"), in: state) == nil)
    }

    @Test func paneKeysApplyOnlyInTheirPane() throws {
        let worksheet = apply(try Fixture().state(), .selectPane(.worksheet))
        #expect(Keymap.action(for: .char("l"), in: worksheet) == .moveColumn(1))
        #expect(Keymap.action(for: .char("f"), in: worksheet) == .switchGroup(1))
        let awards = apply(try Fixture().state(), .selectPane(.awards))
        #expect(Keymap.action(for: .char("c"), in: awards) == .openDecision)
        #expect(Keymap.action(for: .char("c"), in: worksheet) == nil)
    }

    @Test func inHelpOnlyClosingAndQuittingWork() throws {
        let help = apply(try Fixture().state(), .toggleHelp)
        #expect(Keymap.action(for: .escape, in: help) == .closeHelp)
        #expect(Keymap.action(for: .char("?"), in: help) == .closeHelp)
        #expect(Keymap.action(for: .char("q"), in: help) == .quit)
        #expect(Keymap.action(for: .char("2"), in: help) == nil)
        #expect(Keymap.action(for: .down, in: help) == .scrollHelp(1))
    }

    @Test(arguments: PaneID.allCases)
    func theHelpOverlayListsEveryKeyTheFooterShows(_ pane: PaneID) throws {
        let state = apply(try Fixture().state(), .selectPane(pane))
        let footer = Footer.shown(in: state, width: state.width)
        #expect(footer.count >= 5)
        let overlay = screen(apply(state, .toggleHelp))
        for binding in footer {
            #expect(overlay.contains(binding.keyLabel), "\(binding.keyLabel)")
            #expect(overlay.contains(binding.label), "\(binding.label)")
        }
        #expect(screen(state).contains("? Trợ giúp"))
        #expect(screen(state).contains("q/Ctrl-C Thoát"))
    }
}

@Suite struct HelpOverlayTests {
    @Test(arguments: [(120, 40), (80, 24)])
    func everyBindingIsListedAtEverySupportedSize(width: Int, height: Int) throws {
        // Page through the overlay and gather everything it shows.
        var state = apply(try Fixture().state(width: width, height: height), .toggleHelp)
        var text = screen(state)
        while state.helpScroll < HelpOverlay.maxScroll(width: width, height: height) {
            state = apply(state, .scrollHelp(10))
            text += screen(state)
        }
        for binding in Keymap.bindings {
            #expect(text.contains(binding.keyLabel), "\(binding.keyLabel)")
            #expect(text.contains(VietText.truncate(binding.label, toWidth: 20).replacingOccurrences(of: "…", with: "")),
                    "\(binding.label)")
        }
    }
}

/// Whoever is typing text owns the keyboard: a printable key there is text, never a command.
@Suite struct TextEntryOwnsItsKeysTests {
    static let printable: [Character] = ["q", "?", "/", "[", "]", " ", "1", "5", "n", "H", "A", "P", "u"]

    @Test func theSearchLineTakesEveryPrintableKey() throws {
        let searching = apply(try Fixture().state(), .startSearch)
        for character in Self.printable {
            #expect(Keymap.action(for: .char(character), in: searching) == .searchInput(character))
        }
        #expect(Keymap.action(for: .ctrl("c"), in: searching) == .quit)
        #expect(Keymap.action(for: .escape, in: searching) == .searchClear)
        #expect(!Footer.shown(in: searching, width: 120).contains { $0.keyLabel.contains("q") })
    }

    @Test func aFormTakesEveryPrintableKey() throws {
        let form = apply(try Fixture().state(), .openNew)
        #expect(form.form != nil)
        for character in Self.printable {
            #expect(Keymap.action(for: .char(character), in: form) == .formInput(character))
        }
    }

    @Test func aScoreBeingTypedTakesEveryPrintableKeyAndRefusesLetters() throws {
        let (fixture, start) = try Fixture.demo(.worksheet)
        let state = fixture.run(start, .cellInput("7"))
        #expect(state.worksheet.editing == "7")
        for character in Self.printable {
            #expect(Keymap.action(for: .char(character), in: state) == .cellInput(character))
        }
        let refused = fixture.run(state, .cellInput("q"))
        #expect(refused.worksheet.editing == "7")
        #expect(refused.message?.contains("chỉ nhận chữ số") == true)
        #expect(!refused.quit)
    }

    @Test func theKeyAnsweringTheCancelQuestionIsNotTyped() throws {
        var state = apply(try Fixture().state(), .openNew)
        for character in "Quân" { state = apply(state, .formInput(character)) }
        state = apply(state, .formCancel)
        #expect(state.form?.confirmingCancel == true)
        state = apply(state, .formInput("/"))
        #expect(state.form?.confirmingCancel == false)
        #expect(state.form?.fields[0].text == "Quân")
    }

    @Test func aLetterInAPinFieldIsRefusedAsItIsTyped() throws {
        var state = try Fixture().state()
        state.form = .accountForm(firstAdmin: false)
        let pin = try #require(state.form?.fields.firstIndex { $0.kind == .secret })
        state.form?.focus = pin
        state = apply(state, .formInput("a"))
        #expect(state.form?.fields[pin].text == "")
        #expect(state.form?.message?.contains("chỉ nhận chữ số") == true)
        state = apply(state, .formInput("4"))
        #expect(state.form?.fields[pin].text == "4")
    }
}
