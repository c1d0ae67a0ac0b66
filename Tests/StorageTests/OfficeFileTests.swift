import Foundation
import GRDB
import Model
import Testing
@testable import Storage

/// Lists as commune offices keep them for years: older rows typed in TCVN3 or VNI, newer ones
/// and a retyped header in Unicode. Every name comes in letter for letter.
@Suite struct OfficeFileTests {
    let folder: TemporaryDirectory
    let database: AppDatabase
    let today = Day(2026, 5, 21)!

    init() throws {
        folder = try TemporaryDirectory()
        database = try AppDatabase.open(path: folder.path("haian.sqlite"))
    }

    private func people() throws -> [String] {
        try database.read { db in try String.fetchAll(db, sql: "SELECT name FROM person ORDER BY id") }
    }

    @Test func aListMixingTCVN3AndUnicodeRowsComesInLetterForLetter() throws {
        // The header and three rows in Unicode; two older rows in TCVN3 ("NguyÔn V¨n H¶i", "TrÇn ThÞ Lan").
        let csv = folder.path("hon-hop.csv")
        try Data("Họ và tên,Chức vụ\nNguyÔn V¨n H¶i,C¸n bé\nTrÇn ThÞ Lan,\nNgô Thị Hoà,\nTô Văn Toàn,\nLê Văn Hùng,\n".utf8)
            .write(to: URL(fileURLWithPath: csv))
        let plan = try database.importPlan(.people, file: csv, today: today)
        #expect(plan.problems.isEmpty && plan.convertedFrom == .tcvn3, "\(plan.problems)")
        try database.applyImport(plan, today: today, by: Editor(who: "Cán bộ"))
        #expect(try people() == ["Nguyễn Văn Hải", "Trần Thị Lan", "Ngô Thị Hoà", "Tô Văn Toàn", "Lê Văn Hùng"])
    }

    @Test func aListMixingVNIAndUnicodeRowsComesInLetterForLetter() throws {
        let csv = folder.path("vni-hon-hop.csv")
        try Data("Họ và tên,Chức vụ\nNguyeãn Vaên Löïc,\nTraàn Thò Thuûy,\nNgô Thị Hoà,\nPhạm Thu Hương,\n".utf8).write(to: URL(fileURLWithPath: csv))
        let plan = try database.importPlan(.people, file: csv, today: today)
        #expect(plan.problems.isEmpty && plan.convertedFrom == .vni, "\(plan.problems)")
        try database.applyImport(plan, today: today, by: Editor(who: "Cán bộ"))
        #expect(try people() == ["Nguyễn Văn Lực", "Trần Thị Thủy", "Ngô Thị Hoà", "Phạm Thu Hương"])
    }

    @Test func namesWithHiddenSpacesMatchTheirPlainTwinsAndCreateNoDuplicate() throws {
        let first = folder.path("mot.csv"), second = folder.path("hai.csv")
        try Data("Họ và tên,Chức vụ\nNgô\u{00A0}Thị\u{200B} Hoà,\n".utf8).write(to: URL(fileURLWithPath: first))
        try Data("Họ và tên,Chức vụ\nNgô Thị Hoà,\n".utf8).write(to: URL(fileURLWithPath: second))
        try database.applyImport(try database.importPlan(.people, file: first, today: today), today: today, by: Editor(who: "Cán bộ"))
        let again = try database.importPlan(.people, file: second, today: today)
        #expect(again.created == 0)
        #expect(try people() == ["Ngô Thị Hoà"])
    }

    @Test func theTableEndsAtItsTotalsRowAndSignatureBlocksAreNeverRecords() throws {
        try database.apply(.saveUnit(Unit(id: 0, name: "Xóm Một", group: .b)), by: Editor(who: "Cán bộ"))
        // Left: the totals row and "NGƯỜI LẬP BIỂU" with its name; right: place and date, TM., CHỦ TỊCH.
        let csv = folder.path("ky.csv")
        try Data("""
            STT,Họ và tên,Đơn vị,Ngày sinh
            1,Nguyễn Văn An,Xóm Một,21.05.1980
            2,Lê Thị Bình,Xóm Một,3-4-1991
            ,Tổng cộng: 2 người,,
            ,,,
            ,NGƯỜI LẬP BIỂU,,"Hải An, ngày 21 tháng 5 năm 2026"
            ,"(Ký, ghi rõ họ tên)",,TM. ỦY BAN NHÂN DÂN
            ,,,CHỦ TỊCH
            ,Trần Văn Lập,,Bùi Tiến Hùng
            """.utf8).write(to: URL(fileURLWithPath: csv))
        let plan = try database.importPlan(.people, file: csv, today: today)
        #expect(plan.problems.isEmpty, "\(plan.problems)")
        #expect(plan.created == 2 && plan.ignoredLines == [4, 6, 7, 8, 9])
        #expect(plan.lines.contains { $0.contains("Bỏ qua 5 dòng sau cuối bảng") })
        try database.applyImport(plan, today: today, by: Editor(who: "Cán bộ"))
        #expect(try people() == ["Nguyễn Văn An", "Lê Thị Bình"])
        let born = try database.read { db in try String.fetchAll(db, sql: "SELECT born_on FROM person ORDER BY id") }
        #expect(born == ["1980-05-21", "1991-04-03"])
    }

    @Test func datesAsOfficesTypeThemAndExcelSerialsWithATimeAreRead() {
        #expect(ImportValue.day("21.05.2026") == Day(2026, 5, 21) && ImportValue.day("21-05-2026") == Day(2026, 5, 21))
        #expect(ImportValue.day("21/5/26") == Day(2026, 5, 21) && ImportValue.day("45853.35416666666") == Day(2025, 7, 15))
        #expect(ImportValue.day("31.02.2026") == nil && ImportValue.day("21/5") == nil && ImportValue.day("45853.3x") == nil)
    }
}
