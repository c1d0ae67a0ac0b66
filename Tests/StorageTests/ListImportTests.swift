import Foundation
import GRDB
import Model
import Testing
import ZIPFoundation
@testable import Storage

/// A commune's own lists brought in from Excel and CSV, as real files hold them.
@Suite struct ListImportTests {
    let folder: TemporaryDirectory
    let database: AppDatabase
    let today = Day(2026, 5, 21)!
    let editor = Editor(who: "Cán bộ nhập")

    init() throws {
        folder = try TemporaryDirectory()
        database = try AppDatabase.open(path: folder.path("haian.sqlite"))
    }

    private func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    }

    private func plan(_ kind: ImportKind, _ url: URL) throws -> ImportPlan {
        try database.importPlan(kind, file: url.path, today: today)
    }

    /// Every table's rows in order, as text: equal means nothing was written.
    private func everyTable() throws -> String {
        try database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map { table in
                table + ":\n" + (try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\" ORDER BY 1").map(\.description).joined(separator: "\n"))
            }.joined(separator: "\n")
        }
    }

    private func unit(_ name: String) throws -> Model.Unit? {
        try database.units(UnitQuery(year: 2026), offset: 0, limit: 500).rows.map(\.unit).first { $0.name == name }
    }

    @Test func anExcelListWithTitleRowsSerialDatesAndLostZerosComesInAndUndoesAsOneStep() throws {
        let before = try database.units(UnitQuery(year: 2026), offset: 0, limit: 500).total
        let first = try plan(.units, fixture("xom-thon.xlsx"))
        #expect(first.problems.isEmpty)
        #expect(first.created == 3 && first.changed == 0)
        #expect(first.unknownColumns == ["STT", "Ghi chú"])
        try database.applyImport(first, today: today, by: editor)
        let con = try #require(try unit("Xóm Cồn Thoi"))
        #expect(con.group == .b && con.phone == "0912345678" && con.joinedOn == Day(2025, 8, 1))
        // NFD letters and stray spaces come in as the forms would store them.
        let binh = try #require(try unit("Xóm Bình Minh"))
        #expect(binh.head == "Trần Thị Lụa" && binh.phone == "0987654321" && binh.joinedOn == Day(2025, 9, 15))
        #expect(try unit("Công ty TNHH Thuỷ sản Hải An")?.group == .c)
        #expect(try unit("Công ty TNHH Thuỷ sản Hải An")?.phone == "0388123456")
        #expect(try database.verify().isSound)
        // The same file again changes nothing; a changed head is shown before → after.
        #expect(try plan(.units, fixture("xom-thon.xlsx")).unchanged == 3)
        var edited = con
        edited.head = "Người cũ"
        try database.apply(.saveUnit(edited), by: Editor(who: "Khác"))
        let again = try plan(.units, fixture("xom-thon.xlsx"))
        #expect(again.changed == 1 && again.items.first?.fields == [ImportPlan.FieldChange(column: "Người đứng đầu", before: "Người cũ", after: "Nguyễn Văn Hải")])
        // Undo takes the whole import back as one step.
        let session = Editor(who: "Cán bộ nhập")
        try database.applyImport(try plan(.units, fixture("xom-thon.xlsx")), today: today, by: session)
        #expect(try database.undoLast(by: session).message == "Đã hoàn tác việc nhập 1 bản ghi từ tệp.")
        #expect(try unit("Xóm Cồn Thoi")?.head == "Người cũ")
        let whole = Editor(who: "Cán bộ nhập")
        let fresh = try AppDatabase.open(path: folder.path("moi.sqlite"))
        try fresh.applyImport(try fresh.importPlan(.units, file: fixture("xom-thon.xlsx").path, today: today), today: today, by: whole)
        #expect(try fresh.undoLast(by: whole).message == "Đã hoàn tác việc nhập 3 bản ghi từ tệp.")
        #expect(try fresh.units(UnitQuery(year: 2026), offset: 0, limit: 500).total == before)
        #expect(try fresh.verify().isSound)
    }

    @Test func oneBadLineWritesNothingAndEveryProblemIsNamed() throws {
        try database.applyImport(try plan(.units, fixture("xom-thon.xlsx")), today: today, by: editor)
        let people = try plan(.people, fixture("ca-nhan-loi.xlsx"))
        #expect(people.problems.map(\.description) == [
            "dòng 3, cột “Đơn vị”: không có đơn vị “Xóm Không Có” (nhập danh sách tập thể trước).",
            "dòng 3, cột “Đối tượng”: “Người bay” không phải đối tượng nào (Cán bộ, Công chức, Viên chức, Người lao động, Đảng viên, Nhân dân, Người đóng góp khác).",
            "dòng 4, cột “Điện thoại”: Số điện thoại chỉ gồm chữ số, dấu cách và + - ( ).",
        ])
        // Every table, row by row, is as it was.
        let before = try everyTable()
        #expect(throws: StoreError.self) { try database.applyImport(people, today: today, by: editor) }
        #expect(try everyTable() == before)
    }

    @Test func aMissingRequiredColumnAndAFileNotInUTF8AreRefusedInWords() throws {
        let headerOnly = URL(fileURLWithPath: folder.path("thieu-nhom.csv"))
        try Data("Tên đơn vị,Trưởng xóm\nXóm A,Ông B\n".utf8).write(to: headerOnly)
        let noGroup = try database.importPlan(.units, file: headerOnly.path, today: today)
        #expect(noGroup.problems.map(\.description) == ["dòng 1, cột “Nhóm”: thiếu cột bắt buộc này."])
        let cp1258 = Data([0x54, 0xEA, 0x6E, 0x2C, 0x4E, 0x68, 0xF3, 0x6D, 0x0A, 0x58, 0xF3, 0x6D, 0x20, 0xD0, 0xF4, 0x6E, 0x67, 0x2C, 0x62])
        let url = URL(fileURLWithPath: folder.path("cu.csv"))
        try cp1258.write(to: url)
        #expect(throws: StoreError.self) { try SpreadsheetReader.forEachRow(of: url) { _, _, _ in } }
        do { _ = try SpreadsheetReader.forEachRow(of: url) { _, _, _ in } } catch StoreError.invalid(let error) {
            #expect(error.message.contains("không phải UTF-8") && error.message.contains("Windows-1258"))
        }
        // Vietnamese in Unicode is not mistaken for an old font.
        try Data("Tên đơn vị,Nhóm\nXóm Đông Hải,b\nXóm Hà Nội,b\n".utf8).write(to: url)
        var rows = 0
        #expect(try SpreadsheetReader.forEachRow(of: url) { _, _, _ in rows += 1 } == nil && rows == 3)
    }

    @Test func listsTypedInTheOldFontsComeInAsUnicodeAndTheFontIsNamed() throws {
        // TCVN3 in a CSV ("NguyÔn V¨n H¶i"), VNI-Times in a workbook's shared strings ("Xoùm Ñoâng Haûi").
        let csv = URL(fileURLWithPath: folder.path("tcvn3.csv"))
        try Data("Tªn ®¬n vÞ,Nhãm,Ng­êi ®øng ®Çu\nXãm Hµ Néi,b,NguyÔn V¨n H¶i\n".utf8).write(to: csv)
        let tcvn3 = try database.importPlan(.units, file: csv.path, today: today)
        #expect(tcvn3.problems.isEmpty && tcvn3.convertedFrom == .tcvn3 && tcvn3.created == 1)
        #expect(tcvn3.lines.contains { $0.contains("bảng mã cũ TCVN3") } && tcvn3.items.first?.name == "Xóm Hà Nội")
        let vni = try database.importPlan(.units, file: fixture("vni.xlsx").path, today: today)
        #expect(vni.problems.isEmpty && vni.convertedFrom == .vni)
        try database.applyImport(vni, today: today, by: editor)
        #expect(try unit("Xóm Đông Hải")?.head == "Nguyễn Văn Lực")
        #expect(try unit("Xóm Trường Sơn")?.head == "Trần Thị Thủy")
    }

    @Test func everyExportOpensInExcelAndReadsBack() throws {
        _ = try database.writeDemo(scale: .commune, seed: 2)
        let url = URL(fileURLWithPath: folder.path("tap-the.xlsx"))
        try workbook(url, sheet: "Tập thể") { try database.unitsCSV(year: 2026, into: $0) }
        let archive = try Archive(url: url, accessMode: .read)
        var sheet = Data()
        _ = try archive.extract(try #require(archive["xl/worksheets/sheet1.xml"])) { sheet.append($0) }
        let xml = String(decoding: sheet, as: UTF8.self)
        #expect(xml.contains("state=\"frozen\"") && xml.contains("<c r=\"A1\" t=\"inlineStr\" s=\"1\">"))
        #expect(xml.contains("customWidth=\"1\"") && xml.contains("s=\"2\""), "widths fitted, dates as dates")
        #expect(xml.contains("<c r=\"A2\"><v>"), "numbers as numbers")
        let back = try database.importPlan(.units, file: url.path, today: today)
        #expect(back.problems.isEmpty && back.items.isEmpty && back.unchanged == 75)
        // Namesakes in one unit (two “Nguyễn Văn An” in a hamlet) read back by their Mã.
        let unitID = try #require(try database.units(UnitQuery(year: 2026), offset: 0, limit: 1).rows.first?.unit.id)
        let unitName = try #require(try database.units(UnitQuery(year: 2026), offset: 0, limit: 1).rows.first?.unit.name)
        for _ in 0..<2 { try database.apply(.savePerson(Person(name: "Nguyễn Văn An", unitID: unitID), unitName: unitName), by: editor) }
        let people = URL(fileURLWithPath: folder.path("ca-nhan.csv"))
        try database.peopleCSV(year: 2026).write(to: people)
        let peopleBack = try database.importPlan(.people, file: people.path, today: today)
        #expect(peopleBack.problems.isEmpty && peopleBack.items.isEmpty, "\(peopleBack.lines.prefix(3))")
        // The score sheet as .xlsx reads back with import scores.
        let round = try #require(try database.dashboard().rounds.first { $0.code == "2026" })
        let scores = URL(fileURLWithPath: folder.path("bang-diem.xlsx"))
        try workbook(scores, sheet: "Bảng điểm") { try database.worksheetCSV(round: round, group: .collective(.b), into: $0) }
        let report = try database.importScores(try Data(contentsOf: scores), by: editor)
        #expect(report.problems.isEmpty && report.lines > 0 && report.changed == 0)
    }

    /// The columns an import reads, row by row, from an exported workbook: a multiset, as the
    /// order of namesakes and the Mã differ between databases.
    private func imported(_ url: URL, _ columns: [String]) throws -> [String] {
        var header: [String] = []
        var rows: [String] = []
        try SpreadsheetReader.forEachRow(of: url) { line, cells, _ in
            if line == 1 { return header = cells }
            rows.append(columns.map { column in header.firstIndex(of: column).map { cells.indices.contains($0) ? cells[$0] : "" } ?? "?" }
                .joined(separator: "|"))
        }
        return rows.sorted()
    }

    @Test func unitsAndPeopleExportedToExcelComeIntoANewDatabaseAsTheSameRows() throws {
        _ = try database.writeDemo(scale: .commune, seed: 3)
        let unitsFile = URL(fileURLWithPath: folder.path("tap-the.xlsx")), peopleFile = URL(fileURLWithPath: folder.path("ca-nhan.xlsx"))
        try workbook(unitsFile, sheet: "Tập thể") { try database.unitsCSV(year: 2026, into: $0) }
        try workbook(peopleFile, sheet: "Cá nhân") { try database.peopleCSV(year: 2026, into: $0) }
        // Namesakes in one hamlet are two people, matched in order when the file comes back.
        let fresh = try AppDatabase.open(path: folder.path("moi.sqlite"))
        for (kind, file) in [(ImportKind.units, unitsFile), (.people, peopleFile)] {
            let plan = try fresh.importPlan(kind, file: file.path, today: today)
            #expect(plan.problems.isEmpty, "\(plan.lines.prefix(3))")
            try fresh.applyImport(plan, today: today, by: editor)
            let again = try fresh.importPlan(kind, file: file.path, today: today)
            #expect(!again.writesSomething, "\(again.lines.prefix(3))")
        }
        let again = (units: URL(fileURLWithPath: folder.path("lai-tap-the.xlsx")), people: URL(fileURLWithPath: folder.path("lai-ca-nhan.xlsx")))
        try workbook(again.units, sheet: "Tập thể") { try fresh.unitsCSV(year: 2026, into: $0) }
        try workbook(again.people, sheet: "Cá nhân") { try fresh.peopleCSV(year: 2026, into: $0) }
        let unitColumns = ["Tên đơn vị", "Nhóm", "Người đứng đầu", "Điện thoại", "Số cá nhân", "Ngày tham gia"]
        #expect(try imported(again.units, unitColumns) == imported(unitsFile, unitColumns))
        let personColumns = ["Họ và tên", "Đơn vị", "Chức vụ", "Đối tượng", "Điện thoại", "Ngày tham gia"]
        #expect(try imported(again.people, personColumns) == imported(peopleFile, personColumns))
        #expect(try fresh.verify().isSound)
    }

    @Test func anEditMadeBetweenThePreviewAndEnterIsNotOverwritten() throws {
        let file = fixture("xom-thon.xlsx")
        try database.applyImport(try plan(.units, file), today: today, by: editor)
        var con = try #require(try unit("Xóm Cồn Thoi"))
        con.head = "Người cũ"
        try database.apply(.saveUnit(con), by: editor)
        let preview = try plan(.units, file)
        #expect(preview.changed == 1)
        // Another terminal changes the head before Enter: the change is no longer the one shown
        // (“Người cũ” → …), so the import writes nothing and asks for the preview again.
        con = try #require(try unit("Xóm Cồn Thoi"))
        con.head = "Người khác nữa"
        try database.apply(.saveUnit(con), by: Editor(who: "Máy khác"))
        let checksum = try database.read { db in try String.fetchAll(db, sql: "SELECT head FROM unit ORDER BY id") }
        #expect(throws: StoreError.self) { try database.applyImport(preview, today: today, by: editor) }
        #expect(try database.read { db in try String.fetchAll(db, sql: "SELECT head FROM unit ORDER BY id") } == checksum)
    }
}
