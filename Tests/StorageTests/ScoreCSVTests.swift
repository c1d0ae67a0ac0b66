import Foundation
import Model
import Testing
@testable import Storage

@Suite struct ScoreCSVTests {
    let editor = Editor(who: "Cán bộ nhập")
    let folder: TemporaryDirectory
    let database: AppDatabase
    let round: Round

    init() throws {
        folder = try TemporaryDirectory()
        database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        _ = try database.writeDemo(scale: .commune, seed: 3)
        round = try #require(try database.dashboard().rounds.first { $0.code == "2026" })
    }

    private func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    /// The exported worksheet with every council score of tc1 set to `value`, as a spreadsheet would save it.
    private func edited(_ value: String, onLine target: Int? = nil, bom: Bool = true) throws -> Data {
        var lines = text(try database.worksheetCSV(round: round, group: .collective(.b))).components(separatedBy: "\r\n")
        for index in lines.indices.dropFirst() where lines[index].contains("Hội đồng chấm") && (target == nil || target == index + 1) {
            var fields = lines[index].components(separatedBy: ",")
            // A decimal comma is quoted: "7,5" splits in two here.
            if fields[5].hasPrefix("\"") { fields.remove(at: 6) }
            fields[5] = value
            lines[index] = fields.joined(separator: ",")
        }
        var joined = lines.joined(separator: "\n")
        if !bom { joined.removeFirst() }
        return Data(joined.utf8)
    }

    private func councilTc1() throws -> [Double] {
        let template = try #require(try database.dashboard().template(round: round.id, group: .collective(.b)))
        return try database.worksheet(WorksheetQuery(roundID: round.id, group: .collective(.b)), offset: 0, limit: 10_000).rows
            .compactMap { $0.sheet(.council).points[template.criteria[0].id] }
    }

    @Test func theExportStartsWithABomAndQuotesDecimalCommas() throws {
        let data = try database.worksheetCSV(round: round, group: .collective(.b))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = text(data).components(separatedBy: "\r\n")
        #expect(lines[0] == "\u{FEFF}Vòng,Nhóm,Mã,Tên,Người chấm,tc1,tc2,tc3,tc4,b5,b6,b7,b8,Tổng,Xếp loại,Hạng")
        #expect(lines.contains { $0.contains("\"") && $0.contains(",5\"") })
        let ranking = text(try database.rankingCSV(round: round, group: .collective(.b))).components(separatedBy: "\r\n")
        #expect(ranking[1].hasPrefix("1,"))
    }

    @Test func oneBadLineImportsNothingAndTheFixedFileImportsEveryRow() throws {
        let before = try councilTc1()
        let bad = try edited("3", onLine: nil)
        // Line 3 (the first council line) asks for 120 on a criterion of at most 10.
        var lines = text(bad).components(separatedBy: "\n")
        var fields = lines[2].components(separatedBy: ",")
        fields[5] = "120"
        lines[2] = fields.joined(separator: ",")
        let report = try database.importScores(Data(lines.joined(separator: "\n").utf8), by: editor)
        #expect(report.changed == 0)
        #expect(report.problems == [ImportProblem(line: 3, column: "tc1", reason: "Tiêu chí tc1 tối đa 10 điểm; không nhận 120.")])
        #expect(try councilTc1() == before)
        let fixed = try database.importScores(bad, by: editor)
        #expect(fixed.problems.isEmpty)
        #expect(fixed.lines == 40)
        #expect(try councilTc1() == Array(repeating: 3, count: before.count))
        #expect(fixed.changed == before.filter { $0 != 3 }.count)
        // The same file again changes nothing, and a file without a BOM reads the same.
        #expect(try database.importScores(try edited("3", bom: false), by: editor).changed == 0)
    }

    @Test func everyKindOfBadLineIsNamed() throws {
        let csv = """
            Vòng,Nhóm,Mã,Tên,Người chấm,tc1,zz
            2099,b,1,,Hội đồng chấm,1,
            2026,x,1,,Hội đồng chấm,1,
            2026,b,abc,,ai đó,1,
            2026,b,999999,,Tự chấm,1,
            2026,b,1,Tên khác,Tự chấm,"7,25",
            2026,b,1
            2026,b,1,,Hội đồng chấm,1,,,x
            """
        let id = try #require(try database.worksheet(WorksheetQuery(roundID: round.id, group: .collective(.b)), offset: 0, limit: 10_000).rows.first?.id)
        let report = try database.importScores(Data(csv.replacingOccurrences(of: "2026,b,1,", with: "2026,b,\(id),").utf8), by: editor)
        let found = report.problems.map { "\($0.line) \($0.column)" }
        // A short row is padded (LibreOffice Calc leaves empty trailing cells out): line 7 lacks only
        // its assessor; a row with text beyond the header is named.
        #expect(found == ["2 Vòng", "3 Nhóm", "4 Người chấm", "4 Mã", "5 Mã", "6 Tên", "6 tc1", "6 zz", "7 Người chấm", "8 —"])
        #expect(report.changed == 0)
    }

    @Test func aFileThatIsNotCSVOrLacksItsKeysIsRefused() throws {
        #expect(try database.importScores(Data([0xFF, 0xFE, 0x00, 0xD8, 0x41]), by: editor).problems.count == 1)
        #expect(try database.importScores(Data(), by: editor).problems.first?.reason == "Tệp trống.")
        let missing = try database.importScores(Data("Tên,tc1\nA,1\n".utf8), by: editor)
        #expect(missing.problems.map(\.column) == ["Vòng", "Nhóm", "Mã", "Người chấm"])
    }
}
