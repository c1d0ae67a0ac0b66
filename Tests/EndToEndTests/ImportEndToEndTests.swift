import Foundation
import Testing

/// `haian import units|people FILE` and `haian export … --out FILE.xlsx` from the command line.
@Suite struct ImportEndToEndTests {
    private func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("StorageTests/Fixtures/\(name)").path
    }

    @Test func aCommunesExcelListComesInAndABadOneWritesNothing() throws {
        let folder = try Tmux().folder
        let db = folder.appendingPathComponent("haian.sqlite").path
        let preview = try Tmux.run(Tmux.binary, ["import", "units", fixture("xom-thon.xlsx"), "--db", db, "--dry-run", "--today", "2026-05-21"])
        #expect(preview.status == 0 && preview.output.contains("3 tập thể mới, 0 thay đổi, 0 không đổi."))
        #expect(preview.output.contains("Cột không dùng (bỏ qua): “STT”, “Ghi chú”."))
        let made = try Tmux.run(Tmux.binary, ["import", "units", fixture("xom-thon.xlsx"), "--db", db, "--today", "2026-05-21"])
        #expect(made.status == 0 && made.output.contains("Đã nhập 3 tập thể mới, cập nhật 0."), "\(made.error)")
        let bad = try Tmux.run(Tmux.binary, ["import", "people", fixture("ca-nhan-loi.xlsx"), "--db", db])
        #expect(bad.status == 1)
        #expect(bad.error.contains("Không nhập gì: 3 lỗi.") && bad.error.contains("dòng 3, cột “Đơn vị”: không có đơn vị “Xóm Không Có”"))
        // What came in goes out as a workbook Excel opens.
        let xlsx = folder.appendingPathComponent("tap-the.xlsx").path
        #expect(try Tmux.run(Tmux.binary, ["export", "units", "--db", db, "--out", xlsx]).status == 0)
        let header = try Data(contentsOf: URL(fileURLWithPath: xlsx)).prefix(4)
        #expect(header == Data([0x50, 0x4B, 0x03, 0x04]))
        let again = try Tmux.run(Tmux.binary, ["import", "units", xlsx, "--db", db, "--dry-run"])
        #expect(again.output.contains("0 tập thể mới, 0 thay đổi, 8 không đổi."), "\(again.output)\(again.error)")
    }

    /// In the program at 80×24: `I`, the path, the preview with its counts and a changed field,
    /// Enter, the new units in the list, and `u` takes the whole import back.
    @Test func iInPaneOneImportsAfterThePreviewAndUndoTakesItAllBack() throws {
        let tmux = try Tmux()
        let db = tmux.folder.appendingPathComponent("haian.sqlite").path
        #expect(try Tmux.run(Tmux.binary, ["import", "units", fixture("xom-thon.xlsx"), "--db", db, "--today", "2026-05-21"]).status == 0)
        let file = tmux.folder.appendingPathComponent("them-xom.csv")
        try Data("Tên đơn vị,Nhóm,Trưởng xóm\nXóm Cồn Thoi,b,Người Mới\nXóm Mới Một,b,Ông A\nXóm Mới Hai,b,Bà B\n".utf8).write(to: file)
        try tmux.start(["--db", db, "--today", "2026-05-21"], width: 80, height: 24)
        try tmux.waitFor("Tập thể đang hoạt động")
        try tmux.send("I")
        try tmux.waitFor("Nhập danh sách")
        try tmux.send("Down")
        try tmux.type(file.path)
        try tmux.send("C-s")
        let preview = try tmux.waitFor("2 tập thể mới, 1 thay đổi")
        #expect(preview.contains("Người đứng đầu “Nguyễn Văn Hải” → “Người Mới”"))
        try tmux.send("Enter")
        try tmux.waitFor("Đã nhập 2 tập thể mới, cập nhật 1.")
        try tmux.send("/")
        try tmux.type("moi")
        try tmux.send("Enter")
        #expect(try tmux.waitFor("Xóm Mới Một").contains("Xóm Mới Hai"))
        try tmux.send("Escape", "u")
        try tmux.waitFor("Đã hoàn tác việc nhập 3 bản ghi từ tệp.")
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        let units = try Tmux.run(Tmux.binary, ["export", "units", "--db", db]).output
        #expect(!units.contains("Xóm Mới") && units.contains("Nguyễn Văn Hải"))
    }
}
