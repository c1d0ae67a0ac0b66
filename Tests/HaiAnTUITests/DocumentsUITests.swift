import Foundation
import Model
import Storage
import Testing
@testable import HaiAnTUI

/// The documents from inside the program: D writes into van-ban/, O edits the settings, W the
/// parts of the yearly report an officer writes.
@Suite struct DocumentsUITests {
    @Test func dInPane5WritesTheRoundsDecisionBesideTheDatabase() throws {
        let (fixture, start) = try Fixture.demo(.awards)
        var state = fixture.run(start, .switchRound(-1))
        #expect(state.awardsRound?.code == "2025")
        state = fixture.run(state, .openDocuments)
        guard case .documents(let kinds, _, _)? = state.form?.purpose else {
            Issue.record("no chooser")
            return
        }
        state = fixture.run(state, .formChoice(kinds.firstIndex(of: .decision)!), .formSubmit)
        let file = fixture.folder.appendingPathComponent("van-ban/quyet-dinh-2025.docx")
        #expect(state.message == "Đã ghi “Quyết định khen thưởng” vào \(file.path).")
        #expect(FileManager.default.fileExists(atPath: file.path))
        // The round shown without a decision says which step is missing, and writes nothing.
        state = fixture.run(state, .switchRound(1), .openDocuments, .formChoice(3), .formSubmit)
        #expect(state.message?.contains("chưa có quyết định khen thưởng") == true)
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("van-ban/giay-khen-2026.docx").path))
    }

    @Test func oEditsTheSettingsAndAViewerMayNot() throws {
        let (fixture, start) = try Fixture.demo()
        var state = fixture.run(start, .openSettings)
        let chairman = try #require(state.form?.fields.firstIndex { $0.key == "chairman" })
        #expect(state.form?.fields[chairman].text == "Bùi Tiến Hùng")
        state.form?.focus = chairman
        state.form?.fields[chairman].text = ""
        state = fixture.run(state, .cycleInputMethod, .cycleInputMethod)
        for character in "Lê Văn Ký" { state = fixture.run(state, .formInput(character)) }
        state = fixture.run(state, .formSubmit)
        #expect(state.message == "Đã lưu cài đặt văn bản.")
        #expect(try fixture.database.settings().chairman == "Lê Văn Ký")
        // Every setting fits a 80×24 screen: the form shows a window that follows the focus.
        var small = try fixture.state(width: 80, height: 24)
        small = fixture.run(small, .openSettings)
        let lastField = (small.form?.fields.count ?? 1) - 1
        small.form?.focus = lastField
        #expect(screen(small).contains("In khung giấy khen"))
        var viewer = start
        viewer.signIn(Account(id: 9, name: "Người xem", role: .viewer))
        viewer = fixture.run(viewer, .openSettings)
        #expect(viewer.form == nil && viewer.message?.contains("không được") == true)
    }

    @Test func wWritesTheReportsPartsWithTheirParagraphs() throws {
        let (fixture, start) = try Fixture.demo(.reports)
        var state = fixture.run(start, .openReportWriting)
        #expect(state.form?.title.hasPrefix("Báo cáo năm 2026") == true)
        state = fixture.run(state, .cycleInputMethod, .cycleInputMethod)
        for character in "Xom nao cung dang ky." { state = fixture.run(state, .formInput(character)) }
        state = fixture.run(state, .formEnter)
        #expect(state.form?.focus == 0, "Enter starts a new line in a text area")
        for character in "Bao cao dung han." { state = fixture.run(state, .formInput(character)) }
        state = fixture.run(state, .formNextField)
        for character in "Con mot so don vi nop muon." { state = fixture.run(state, .formInput(character)) }
        #expect(screen(state).contains("Bao cao dung han."))
        state = fixture.run(state, .formSubmit)
        #expect(state.message == "Đã lưu phần viết của báo cáo năm 2026.")
        let writing = try fixture.database.reportWriting(year: 2026)
        #expect(writing.strengths == ["Xom nao cung dang ky.", "Bao cao dung han."])
        #expect(writing.weaknesses == ["Con mot so don vi nop muon."])
        // Opened again, the parts come back as written.
        #expect(fixture.run(state, .openReportWriting).form?.fields[0].text == "Xom nao cung dang ky.\nBao cao dung han.")
    }
}
