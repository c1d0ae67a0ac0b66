import Foundation
import Testing

/// Every list `haian export` writes reads back into a new database with the same values.
@Suite struct RoundTripEndToEndTests {
    /// The columns a list import writes, read by Python's csv module (a reader not written here).
    static func fields(_ file: String, _ columns: [String]) throws -> [String] {
        let script = """
            import csv, json, sys
            rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))
            print(json.dumps(sorted([[r[c] for c in sys.argv[2:]] for r in rows]), ensure_ascii=False))
            """
        return [try Tmux.run("/usr/bin/env", ["python3", "-c", script, file] + columns).output]
    }

    @Test func unitsPeopleAndInitiativesComeBackFieldByField() throws {
        let tmux = try Tmux()
        let path = { (name: String) in tmux.folder.appendingPathComponent(name).path }
        #expect(try Tmux.run(Tmux.binary, ["demo", "--db", path("a.sqlite"), "--seed", "1"]).status == 0)
        // One unit and one person archived, through the import's own "Lưu trữ" column.
        try Data("Tên đơn vị,Nhóm,Lưu trữ\nXóm Thử Lưu Trữ,b,có\n".utf8).write(to: URL(fileURLWithPath: path("luu-tru.csv")))
        #expect(try Tmux.run(Tmux.binary, ["import", "units", path("luu-tru.csv"), "--db", path("a.sqlite")]).status == 0)
        try Data("Họ và tên,Lưu trữ\nNgười Thử Lưu Trữ,có\n".utf8).write(to: URL(fileURLWithPath: path("nguoi.csv")))
        #expect(try Tmux.run(Tmux.binary, ["import", "people", path("nguoi.csv"), "--db", path("a.sqlite")]).status == 0)
        let lists: [(String, [String])] = [
            ("units", ["Tên đơn vị", "Nhóm", "Người đứng đầu", "Điện thoại", "Số cá nhân", "Sáng kiến", "Ngày tham gia", "Lưu trữ"]),
            ("people", ["Họ và tên", "Đơn vị", "Chức vụ", "Đối tượng", "Điện thoại", "Sáng kiến", "Ngày tham gia", "Lưu trữ"]),
            ("initiatives", ["Sáng kiến, mô hình", "Chủ trì", "Nội dung", "Lĩnh vực", "Bắt đầu", "Trạng thái", "Công nhận bởi", "Ngày công nhận"]),
        ]
        for (kind, _) in lists {
            #expect(try Tmux.run(Tmux.binary, ["export", kind, "--db", path("a.sqlite"), "--out", path("a-\(kind).csv")]).status == 0)
            let imported = try Tmux.run(Tmux.binary, ["import", kind, path("a-\(kind).csv"), "--db", path("b.sqlite")])
            #expect(imported.status == 0, "\(kind): \(imported.output.suffix(600)) \(imported.error)")
        }
        // Read out once all three are in (a unit's count of people needs the people).
        for (kind, columns) in lists {
            #expect(try Tmux.run(Tmux.binary, ["export", kind, "--db", path("b.sqlite"), "--out", path("b-\(kind).csv")]).status == 0)
            let before = try Self.fields(path("a-\(kind).csv"), columns), after = try Self.fields(path("b-\(kind).csv"), columns)
            #expect(before == after, "\(kind)")
            #expect(before.first.map { $0.count > 1000 } == true, "\(kind)")
        }
        #expect(try Self.fields(path("b-units.csv"), ["Tên đơn vị", "Lưu trữ"]).first?.contains(#"["Xóm Thử Lưu Trữ", "có"]"#) == true)
        #expect(try Self.fields(path("b-initiatives.csv"), ["Công nhận bởi"]).first?.contains("Hội đồng") == true)
    }
}

/// Workbooks as other programs write them: a formula whose value was never computed is named
/// and refused, never a person called "0"; hidden rows are left out and listed.
@Suite struct ProgramWrittenWorkbookTests {
    @Test func anUncomputedFormulaIsRefusedAndHiddenRowsAreListed() throws {
        let tmux = try Tmux()
        let path = { (name: String) in tmux.folder.appendingPathComponent(name).path }
        let made = try Tmux.run("/usr/bin/env", ["python3", "-c", """
            import sys, xlsxwriter, openpyxl
            book = xlsxwriter.Workbook(sys.argv[1]); sheet = book.add_worksheet()
            sheet.write_row(0, 0, ["Họ và tên", "Chức vụ"]); sheet.write_row(1, 0, ["Nguyễn Văn An", "Kế toán"])
            sheet.write_formula(2, 0, '=CONCATENATE("Trần ","Bình")'); sheet.write(2, 1, "Thủ quỹ")
            book.close()
            book = openpyxl.Workbook(); sheet = book.active
            for row in [["Họ và tên", "Chức vụ"], ["Lê Thị Hoa", "Kế toán"], ["Đỗ Văn Chuyển", "đã chuyển công tác"], ["Phạm Minh", "Văn thư"]]:
                sheet.append(row)
            sheet.row_dimensions[3].hidden = True
            book.save(sys.argv[2])
            """, path("cong-thuc.xlsx"), path("dong-an.xlsx")])
        #expect(made.status == 0, "\(made.error)")
        let db = path("haian.sqlite")
        let people = { try Tmux.run("/usr/bin/sqlite3", [db, "SELECT name FROM person ORDER BY name"]).output }
        let refused = try Tmux.run(Tmux.binary, ["import", "people", path("cong-thuc.xlsx"), "--db", db])
        #expect(refused.status == 1 && (refused.output + refused.error).contains("A3") && (refused.output + refused.error).contains("công thức chưa được tính"),
                "\(refused.output) \(refused.error)")
        #expect(try people().isEmpty)
        let hidden = try Tmux.run(Tmux.binary, ["import", "people", path("dong-an.xlsx"), "--db", db])
        #expect(hidden.status == 0 && hidden.output.contains("Không nhập 1 dòng đang ẩn trong sổ: dòng 3"), "\(hidden.output)")
        #expect(try people() == "Lê Thị Hoa\nPhạm Minh\n")
    }
}
