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
        let file = fixture.folder.appendingPathComponent("van-ban/haian-quyet-dinh-512-2025.docx")
        #expect(state.message == "Đã ghi “Quyết định khen thưởng” vào \(file.path).")
        #expect(FileManager.default.fileExists(atPath: file.path))
        // A second D asks first (a clerk may have edited the file in Word). Esc writes nothing;
        // "n" keeps the edited file and writes the new one under the next name; "y" replaces it.
        let edited = Data("sửa trong Word".utf8)
        try edited.write(to: file)
        state = fixture.run(state, .openDocuments, .formChoice(kinds.firstIndex(of: .decision)!), .formSubmit)
        #expect(state.confirmation?.question.contains("haian-quyet-dinh-512-2025.docx") == true)
        let second = fixture.folder.appendingPathComponent("van-ban/haian-quyet-dinh-512-2025 (1).docx")
        let asked = state
        state = fixture.run(asked, .dismissConfirm)
        #expect(state.confirmation == nil && !FileManager.default.fileExists(atPath: second.path))
        state = fixture.run(asked, .declineConfirm)
        #expect(state.message?.contains(second.path) == true && state.message?.contains("giữ nguyên") == true)
        #expect(try Data(contentsOf: file) == edited && FileManager.default.fileExists(atPath: second.path))
        state = fixture.run(asked, .confirm)
        #expect(state.message == "Đã ghi “Quyết định khen thưởng” vào \(file.path).")
        #expect(try Data(contentsOf: file) != edited)
        // The round shown without a decision says which step is missing, and writes nothing.
        state = fixture.run(state, .switchRound(1), .openDocuments, .formChoice(3), .formSubmit)
        #expect(state.message?.contains("chưa có quyết định khen thưởng") == true)
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("van-ban/haian-giay-khen-2026.docx").path))
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

/// `I` in pane 1: a file chosen (Tab completes its path), previewed, written, undone as one step.
@Suite struct ImportUITests {
    private var fixtures: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("StorageTests/Fixtures").path
    }

    @Test func aFileIsCompletedPreviewedWrittenAndUndone() throws {
        let fixture = try Fixture()
        let start = try fixture.state()
        var state = fixture.run(start, .openImport)
        #expect(state.form?.purpose == .importFile)
        state = fixture.run(state, .formNextField)
        state = fixture.run(state, .cycleInputMethod, .cycleInputMethod)
        for character in fixtures + "/xom" { state = fixture.run(state, .formInput(character)) }
        state = fixture.run(state, .formNextField)
        #expect(state.form?.fields[1].text == fixtures + "/xom-thon.xlsx", "Tab completes the one file that fits")
        state = fixture.run(state, .formSubmit)
        let preview = try #require(state.importPreview)
        #expect(preview.plan.created == 3 && preview.writable)
        #expect(screen(state).contains("3 tập thể mới, 0 thay đổi, 0 không đổi."))
        #expect(Keymap.action(for: .enter, in: state) == .confirmImport)
        state = fixture.run(state, .confirmImport)
        #expect(state.importPreview == nil && state.message == "Đã nhập 3 tập thể mới, cập nhật 0.")
        #expect(state.data.activeUnits == 8)
        state = fixture.run(state, .undo)
        #expect(state.message == "Đã hoàn tác việc nhập 3 bản ghi từ tệp.")
        #expect(state.data.activeUnits == 5)
    }

    @Test func aFileWithProblemsIsShownAndEscWritesNothing() throws {
        let fixture = try Fixture()
        var state = fixture.run(try fixture.state(), .switchView, .openImport)
        state.form?.fields[1].text = fixtures + "/ca-nhan-loi.xlsx"
        state = fixture.run(state, .formSubmit)
        #expect(state.importPreview?.writable == false)
        #expect(screen(state).contains("✗ dòng 2, cột “Đơn vị”"))
        state = fixture.run(state, .confirmImport)
        #expect(state.message == "Tệp còn lỗi: không ghi gì.")
        state = fixture.run(state, .closeImport)
        #expect(state.importPreview == nil && state.message == "Đã bỏ, không nhập gì.")
        // A path that is not there is said so.
        state = fixture.run(state, .openImport)
        state.form?.fields[1].text = "/khong-co/tep.xlsx"
        #expect(fixture.run(state, .formSubmit).message?.contains("Không đọc được tệp") == true)
    }
}
