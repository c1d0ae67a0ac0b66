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
                                     credentials: ("Cán bộ thử", "1234"))
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
