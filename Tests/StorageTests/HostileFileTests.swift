import Foundation
import Model
import Testing
import ZIPFoundation
@testable import Storage

/// Files made to hurt, written by the test itself (nothing large is committed): each is refused
/// in words, never imported in part, and every table stays as it was.
@Suite(.serialized) struct HostileFileTests {
    let folder: TemporaryDirectory
    let database: AppDatabase
    let today = Day(2026, 5, 21)!

    init() throws {
        folder = try TemporaryDirectory()
        database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        try database.apply(.saveUnit(Unit(id: 0, name: "Xóm Có Sẵn", group: .b)), by: Editor(who: "Cán bộ"))
    }

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>
        """
    private static let workbook = """
        <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
        """
    private static let relations = """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
        """

    /// A workbook of one sheet whose rows are `rows` (inline strings), with extra parts.
    private func workbook(_ name: String, sheet: String, strings: Data? = nil) throws -> String {
        let path = folder.path(name)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        var parts: [(String, Data)] = [("[Content_Types].xml", Data(Self.contentTypes.utf8)), ("xl/workbook.xml", Data(Self.workbook.utf8)),
                                       ("xl/_rels/workbook.xml.rels", Data(Self.relations.utf8)), ("xl/worksheets/sheet1.xml", Data(sheet.utf8))]
        if let strings { parts.append(("xl/sharedStrings.xml", strings)) }
        for (entry, data) in parts {
            try archive.addEntry(with: entry, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return path
    }

    private func sheet(_ rows: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
        <row r="1"><c r="A1" t="inlineStr"><is><t>Tên đơn vị</t></is></c><c r="B1" t="inlineStr"><is><t>Nhóm</t></is></c></row>\(rows)</sheetData></worksheet>
        """
    }

    /// The refusal the file gets; the tables must be as they were. (That nothing is left in the
    /// temporary folder is checked from outside, in `ImportEndToEndTests`: other suites of this
    /// process use the same private folder meanwhile.)
    private func refusal(_ path: String) throws -> String {
        let before = try database.facts()
        do {
            let plan = try database.importPlan(.units, file: path, today: today)
            if plan.problems.isEmpty {
                try database.applyImport(plan, today: today, by: Editor(who: "Cán bộ"))
                Issue.record("\(path) was imported")
                return ""
            }
            #expect(try database.facts() == before)
            return plan.problems.map(\.reason).joined(separator: " ")
        } catch let error as StoreError {
            #expect(try database.facts() == before)
            return error.message
        }
    }

    @Test func cellReferencesOutsideExcelsGridAreRefused() throws {
        for (index, reference) in ["1", "ZZZZZZZ2", "XFE3", "A0", "A1048577", "Á2"].enumerated() {
            let path = try workbook("ref-\(index).xlsx", sheet: sheet("""
                <row r="2"><c r="\(reference)" t="inlineStr"><is><t>Xóm A</t></is></c></row>
                """))
            #expect(try refusal(path).contains("không phải địa chỉ ô"), "\(reference)")
        }
    }

    @Test func entitiesAndBillionLaughsAreRefused() throws {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="1"><c r="A1" t="inlineStr"><is><t>Tên đơn vị</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>&lol3;</t></is></c></row>\
            </sheetData></worksheet>
            """
        #expect(try refusal(try workbook("laughs.xlsx", sheet: laughs)).contains("DOCTYPE"))
        // An entity never declared drops nothing silently: the file is refused.
        let undeclared = try workbook("entity.xlsx", sheet: sheet("""
            <row r="2"><c r="A2" t="inlineStr"><is><t>Xóm C &sec; D</t></is></c><c r="B2" t="inlineStr"><is><t>b</t></is></c></row>
            """))
        #expect(try refusal(undeclared).contains("không nhập gì"))
    }

    @Test func aTruncatedOrMalformedSheetImportsNothing() throws {
        let full = sheet("""
            <row r="2"><c r="A2" t="inlineStr"><is><t>Xóm Một</t></is></c><c r="B2" t="inlineStr"><is><t>b</t></is></c></row>\
            <row r="3"><c r="A3" t="inlineStr"><is><t>Xóm Hai</t></is></c><c r="B3" t="inlineStr"><is><t>b</t></is></c></row>\
            <row r="4"><c r="A4" t="inlineStr"><is><t>Xóm Ba</t></is></c><c r="B4" t="inlineStr"><is><t>b</t></is></c></row>
            """)
        let cut = String(full.prefix(full.count - 60))
        #expect(try refusal(try workbook("cut.xlsx", sheet: cut)).contains("không nhập gì"))
        let mismatched = full.replacingOccurrences(of: "</is></c><c r=\"B3\"", with: "</c><c r=\"B3\"")
        #expect(try refusal(try workbook("bad.xlsx", sheet: mismatched)).contains("không nhập gì"))
    }

    @Test func invalidUTF8IsRefusedNotStoredAsReplacementCharacters() throws {
        var bytes = Data(sheet("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Xóm XY</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>b</t></is></c></row>").utf8)
        let marker = bytes.range(of: Data("XY".utf8))!
        bytes.replaceSubrange(marker, with: [0xC3, 0x28])
        let path = try workbook("utf8.xlsx", sheet: String(decoding: bytes, as: UTF8.self))
        // The String round trip above would repair the bytes: write the sheet's bytes themselves.
        let archive = try Archive(url: URL(fileURLWithPath: folder.path("utf8b.xlsx")), accessMode: .create)
        for entry in try Archive(url: URL(fileURLWithPath: path), accessMode: .read) where entry.path != "xl/worksheets/sheet1.xml" {
            var data = Data()
            _ = try Archive(url: URL(fileURLWithPath: path), accessMode: .read).extract(entry) { data.append($0) }
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { p, s in
                data.subdata(in: Int(p)..<Int(p) + s)
            }
        }
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { p, s in
            bytes.subdata(in: Int(p)..<Int(p) + s)
        }
        let message = try refusal(folder.path("utf8b.xlsx"))
        #expect(message.contains("UTF-8") || message.contains("không nhập gì"), "\(message)")
    }

    @Test func bombsAreStoppedAtTheirCapWithoutFillingMemoryOrDisk() throws {
        // 120 MB of one letter deflates to about 120 KB: far past the ratio.
        let chunk = Data(repeating: 0x61, count: 1 << 20)
        for (name, part) in [("strings.xlsx", "xl/sharedStrings.xml"), ("sheet.xlsx", "xl/worksheets/sheet1.xml")] {
            let path = folder.path(name)
            let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
            for (entry, text) in [("[Content_Types].xml", Self.contentTypes), ("xl/workbook.xml", Self.workbook), ("xl/_rels/workbook.xml.rels", Self.relations)] {
                let data = Data(text.utf8)
                try archive.addEntry(with: entry, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { p, s in
                    data.subdata(in: Int(p)..<Int(p) + s)
                }
            }
            if part.hasSuffix("sharedStrings.xml") {
                let sheetData = Data(sheet("").utf8)
                try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(sheetData.count),
                                     compressionMethod: .deflate) { p, s in sheetData.subdata(in: Int(p)..<Int(p) + s) }
            }
            try archive.addEntry(with: part, type: .file, uncompressedSize: Int64(120 << 20), compressionMethod: .deflate,
                                 bufferSize: 1 << 20) { _, size in chunk.prefix(size) }
            let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
            #expect(size < 2 << 20, "the bomb is small on disk")
            #expect(try refusal(path).contains("bom nén"), "\(name)")
        }
    }

    @Test func anOldExcelFileIsToldHowToSaveItAsXlsxAndABrokenOdsIsRefused() throws {
        let xls = folder.path("cu.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)).write(to: URL(fileURLWithPath: xls))
        #expect(try refusal(xls).contains("lưu thành") || (try refusal(xls)).contains("Lưu thành"))
        let ods = folder.path("bang.ods")
        try Data("PK\u{3}\u{4}".utf8).write(to: URL(fileURLWithPath: ods))
        #expect(try refusal(ods).contains(".xlsx"))
    }

    @Test func semicolonTabAndUTF16ListsAreRead() throws {
        let lists: [(String, Data)] = [
            ("cham-phay.csv", Data(("\u{FEFF}Tên đơn vị;Nhóm\r\nXóm Chấm Phẩy;b\r\n").utf8)),
            ("tab.csv", Data("Tên đơn vị\tNhóm\nXóm Tab\tb\n".utf8)),
            ("utf16.csv", Data([0xFF, 0xFE]) + "Tên đơn vị,Nhóm\r\nXóm Mười Sáu,b\r\n".data(using: .utf16LittleEndian)!),
        ]
        for (name, data) in lists {
            let path = folder.path(name)
            try data.write(to: URL(fileURLWithPath: path))
            let plan = try database.importPlan(.units, file: path, today: today)
            #expect(plan.problems.isEmpty, "\(name): \(plan.problems)")
            try database.applyImport(plan, today: today, by: Editor(who: "Cán bộ"))
        }
        let names = try database.units(UnitQuery(year: 2026), offset: 0, limit: 50).rows.map(\.unit.name)
        #expect(names.contains("Xóm Chấm Phẩy") && names.contains("Xóm Tab") && names.contains("Xóm Mười Sáu"))
    }

    @Test func aFormulaInANameIsWrittenToCSVAsTextAndReadsBack() throws {
        try database.apply(.saveUnit(Unit(id: 0, name: "=HYPERLINK(\"http://x\")", group: .c)), by: Editor(who: "Cán bộ"))
        let csv = String(decoding: try database.unitsCSV(year: 2026), as: UTF8.self)
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\"") && !csv.contains(",\"=HYPERLINK"))
        #expect(CSVFile.unguarded("'=SUM(A1)") == "=SUM(A1)" && CSVFile.unguarded("'Quote") == "'Quote")
    }
}
