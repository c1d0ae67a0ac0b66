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
}
