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
        // Asked for, the hidden row comes in too.
        let asked = try Tmux.run(Tmux.binary, ["import", "people", path("dong-an.xlsx"), "--hidden", "--db", db])
        #expect(asked.status == 0 && !asked.output.contains("dòng đang ẩn"), "\(asked.output)")
        #expect(try people() == "Lê Thị Hoa\nPhạm Minh\nĐỗ Văn Chuyển\n")
    }
}

/// LibreOffice's own .ods read like a workbook: text in paragraphs and spans, numbers and dates
/// by their values, hidden rows left out, a million repeated empty rows passed over at once.
@Suite struct OpenDocumentImportTests {
    @Test func anOdsListComesInLetterForLetter() throws {
        let tmux = try Tmux()
        let path = { (name: String) in tmux.folder.appendingPathComponent(name).path }
        let made = try Tmux.run("/usr/bin/env", ["python3", "-c", """
            import sys, zipfile
            ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
            def cell(text): return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'
            rows = [
                '<table:table-row>' + cell('DANH SÁCH CÁN BỘ') + '<table:table-cell table:number-columns-repeated="1023"/></table:table-row>',
                '<table:table-row>' + ''.join(cell(t) for t in ['Họ và tên', 'Chức vụ', 'Điện thoại', 'Ngày tham gia']) + '</table:table-row>',
                '<table:table-row>' + cell('Lê Thị <text:span>Hoà</text:span>') + cell('Kế toán')
                + '<table:table-cell office:value-type="float" office:value="912345678"><text:p>912345678</text:p></table:table-cell>'
                + '<table:table-cell office:value-type="date" office:date-value="2025-08-01"><text:p>01/08/25</text:p></table:table-cell></table:table-row>',
                '<table:table-row table:visibility="collapse">' + cell('Đỗ Văn Chuyển') + '</table:table-row>',
                '<table:table-row>' + cell('Phạm<text:s/>Minh') + cell('Văn thư') + '</table:table-row>',
                '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
            ]
            content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}><office:body><office:spreadsheet>'
                       f'<table:table table:name="Danh sách">{"".join(rows)}</table:table></office:spreadsheet></office:body></office:document-content>')
            with zipfile.ZipFile(sys.argv[1], "w") as z:
                z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
                z.writestr("content.xml", content)
            """, path("can-bo.ods")])
        #expect(made.status == 0, "\(made.error)")
        let db = path("haian.sqlite")
        let imported = try Tmux.run(Tmux.binary, ["import", "people", path("can-bo.ods"), "--db", db])
        #expect(imported.status == 0 && imported.output.contains("dòng đang ẩn trong sổ: dòng 4"), "\(imported.output) \(imported.error)")
        let people = try Tmux.run("/usr/bin/sqlite3", [db, "SELECT name, position, phone, joined_on FROM person ORDER BY name"]).output
        #expect(people.split(separator: "\n").count == 2, "\(people)")
        #expect(people.hasPrefix("Lê Thị Hoà|Kế toán|0912345678|2025-08-01\nPhạm Minh|Văn thư|"))
        // A declaration inside is refused like a workbook's.
        let hostile = try Tmux.run("/usr/bin/env", ["python3", "-c", """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w") as z:
                z.writestr("content.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')
            """, path("doc.ods")])
        #expect(hostile.status == 0)
        let refused = try Tmux.run(Tmux.binary, ["import", "people", path("doc.ods"), "--db", db])
        #expect(refused.status == 1 && !refused.error.isEmpty, "\(refused.output)")
    }

    /// A list saved by LibreOffice Calc itself (where Calc is installed): the same records.
    @Test func aListSavedByCalcComesInLetterForLetter() throws {
        guard FileManager.default.fileExists(atPath: "/usr/lib/libreoffice/program/libsclo.so") else { return }
        let tmux = try Tmux()
        let path = { (name: String) in tmux.folder.appendingPathComponent(name).path }
        let made = try Tmux.run("/usr/bin/env", ["python3", "-c", """
            import sys, datetime, openpyxl
            book = openpyxl.Workbook(); sheet = book.active; sheet.title = "Danh sách"
            for row in [["DANH SÁCH CÁN BỘ"], ["Họ và tên", "Chức vụ", "Điện thoại", "Ngày tham gia"],
                        ["Lê Thị Hoà", "Kế toán", 912345678, datetime.date(2025, 8, 1)], ["Đỗ Văn Chuyển", "đã chuyển", None, None],
                        ["Nguyễn Thị Ngọc Ánh", "Văn thư", "0987654321", "02/09/2025"]]:
                sheet.append(row)
            sheet.row_dimensions[4].hidden = True
            book.save(sys.argv[1])
            """, path("ds.xlsx")])
        #expect(made.status == 0, "\(made.error)")
        let profile = URL(fileURLWithPath: path("profile")).absoluteString
        _ = try Tmux.run("/usr/bin/env", ["soffice", "-env:UserInstallation=\(profile)", "--headless", "--convert-to", "ods",
                                          "--outdir", tmux.folder.path, path("ds.xlsx")])
        let db = path("haian.sqlite")
        let imported = try Tmux.run(Tmux.binary, ["import", "people", path("ds.ods"), "--db", db])
        #expect(imported.status == 0 && imported.output.contains("dòng đang ẩn trong sổ: dòng 4"), "\(imported.output) \(imported.error)")
        let people = try Tmux.run("/usr/bin/sqlite3", [db, "SELECT name, position, phone, joined_on FROM person ORDER BY id"]).output
        #expect(people == "Lê Thị Hoà|Kế toán|0912345678|2025-08-01\nNguyễn Thị Ngọc Ánh|Văn thư|0987654321|2025-09-02\n", "\(people)")
    }
}
