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
