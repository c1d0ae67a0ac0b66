import Foundation
import Model
import Storage
import Testing
@testable import HaiAnTUI

/// A long import shows how far it is while it runs, instead of a screen that stands still.
@Suite struct ImportProgressTests {
    @Test func readingAndWritingALongListDrawFramesWithTheirProgress() throws {
        let fixture = try Fixture()
        let file = fixture.folder.appendingPathComponent("xom.csv")
        let rows = (1...2_500).map { "Xóm Thử \($0),b,Người \($0)" }
        try Data((["Tên đơn vị,Nhóm,Trưởng xóm"] + rows).joined(separator: "\n").utf8).write(to: file)
        var session = try AppSession(database: fixture.database, today: Fixture.today, width: 120, height: 40,
                                     credentials: ("Cán bộ thử", "123456"))
        var shown: [String] = []
        session.drawWhileBusy { state in shown.append(state.message ?? "") }
        for key in [Key.char("I"), .down] + file.path.map(Key.char) + [.ctrl("s")] { session.press(key) }
        #expect(session.state.importPreview?.plan.created == 2_500)
        #expect(shown.contains { $0.hasPrefix("Đang đọc tệp: ") && $0.contains("%") }, "\(shown.prefix(3))")
        session.press(.enter)
        #expect(shown.contains { $0.hasPrefix("Đang nhập: ") }, "\(shown.suffix(3))")
        #expect(session.state.message == "Đã nhập 2500 tập thể mới, cập nhật 0.")
    }
}

/// The preview wraps what it says to its box: at 80×24 nothing is cut.
@Suite struct ImportPreviewWrapTests {
    @Test func aLongLineOfThePreviewWrapsInsteadOfBeingCut() throws {
        let fixture = try Fixture()
        let file = fixture.folder.appendingPathComponent("tcvn3.csv")
        try Data("Tªn ®¬n vÞ,Nhãm,Ng\u{AD}êi ®øng ®Çu\nXãm Hµ Néi,b,NguyÔn V¨n H¶i\n".utf8).write(to: file)
        let plan = try fixture.database.importPlan(.units, file: file.path, today: Fixture.today)
        var state = try fixture.state(width: 80, height: 24)
        state.importPreview = ImportPreview(path: file.path, plan: plan)
        let text = screen(state)
        #expect(text.contains("TCVN3") && text.contains("dưới đây.") && text.contains("Xóm Hà Nội"), "\(text)")
        // The plan's lines (below the box's title) are whole; the footer gives the keys.
        #expect(!text.split(separator: "\n").dropFirst(2).contains { $0.contains("…") }, "\(text)")
    }
}
