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

    /// A hostile workbook from the command line: refused with exit 1, and nothing of it left in
    /// the temporary folder once the command has ended; exports are owner-only, an extension
    /// HaiAn does not write is refused.
    @Test func aHostileWorkbookLeavesNothingBehindAndExportsArePrivate() throws {
        let folder = try Tmux().folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let db = folder.appendingPathComponent("haian.sqlite").path
        let bomb = folder.appendingPathComponent("bom.xlsx").path
        let made = try Tmux.run("/usr/bin/env", ["python3", "-c", """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)
            z.writestr('xl/workbook.xml', '<workbook xmlns:r="r"><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>')
            z.writestr('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
            z.writestr('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tên đơn vị</t></is></c></row>' + 'a' * (50 << 20) + '</sheetData></worksheet>')
            z.close()
            """, bomb])
        #expect(made.status == 0, "\(made.error)")
        let refused = try Tmux.run(Tmux.binary, ["import", "units", bomb, "--db", db])
        #expect(refused.status == 1 && refused.error.contains("bom nén"), "\(refused.error)")
        let temporary = FileManager.default.temporaryDirectory.path
        let left = try FileManager.default.contentsOfDirectory(atPath: temporary).filter { $0.hasPrefix("haian-tam-") }.flatMap { name -> [String] in
            guard let pid = Int32(name.dropFirst("haian-tam-".count)), kill(pid, 0) != 0 else { return [] }
            return (try? FileManager.default.contentsOfDirectory(atPath: temporary + "/" + name)) ?? []
        }
        #expect(left.isEmpty, "\(left)")
        // Exports hold names and phones: owner-only; .xls would be CSV under another name.
        let csv = folder.appendingPathComponent("ds.csv").path
        #expect(try Tmux.run(Tmux.binary, ["export", "units", "--db", db, "--out", csv]).status == 0)
        let mode = (try FileManager.default.attributesOfItem(atPath: csv)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        let xls = try Tmux.run(Tmux.binary, ["export", "units", "--db", db, "--out", folder.appendingPathComponent("ds.xls").path])
        #expect(xls.status != 0 && xls.error.contains(".csv hoặc .xlsx"))
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
