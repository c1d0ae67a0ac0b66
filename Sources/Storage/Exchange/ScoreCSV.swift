import CSV
import Foundation
import GRDB
import Model
import ZIPFoundation

/// Worksheets and rankings out as CSV, scores in from CSV, through CSV.swift.
/// Columns: Vòng, Nhóm, Mã, Tên, Người chấm, one per criterion code, then Tổng, Xếp loại, Hạng.
enum ScoreCSV {
    static let round = "Vòng", group = "Nhóm", id = "Mã", name = "Tên", assessor = "Người chấm"
    static let total = "Tổng", band = "Xếp loại", rank = "Hạng"
    static let keys: Set<String> = [round, group, id, assessor]
    /// Columns an import reads past: they are computed, not entered.
    static let computed: Set<String> = [name, total, band, rank]

    /// Every record of a file (a BOM is skipped by the reader), or why it cannot be read.
    static func read(_ data: Data) -> Result<[[String]], ImportProblem> {
        do {
            let reader = try CSVReader(stream: InputStream(data: data), hasHeaderRow: false)
            var rows: [[String]] = []
            while let row = reader.next() { rows.append(row) }
            if reader.error != nil {
                return .failure(ImportProblem(line: rows.count + 1, column: "—", reason: "Tệp không phải CSV UTF-8 đọc được."))
            }
            // A blank line reads as one empty field.
            return .success(rows.filter { $0 != [""] })
        } catch {
            return .failure(ImportProblem(line: 1, column: "—", reason: "Không đọc được tệp CSV."))
        }
    }

    static func assessor(_ text: String) -> Assessor? {
        switch VietText.fold(VietText.normalize(text)) {
        case VietText.fold(Assessor.council.title), "hoi dong", "council": return .council
        case VietText.fold(Assessor.selfAssessment.title), "self": return .selfAssessment
        default: return nil
        }
    }
}

extension AppDatabase {
    /// A round's worksheet for a group: one line per subject and assessor that has scores.
    public func worksheetCSV(round: Round, group: ScoringGroup, into csv: some RowWriter) throws {
        let data = try dashboard()
        guard let template = data.template(round: round.id, group: group) else { throw StoreError.conflict }
        let ranks = try rankTable(round: round.id, group: group)
        try csv.row([ScoreCSV.round, ScoreCSV.group, ScoreCSV.id, ScoreCSV.name, ScoreCSV.assessor]
                    + template.criteria.map(\.code) + [ScoreCSV.total, ScoreCSV.band, ScoreCSV.rank])
        try forEachScoredWorksheetRow(round: round.id, group: group) { row in
            for assessor in [Assessor.selfAssessment, .council] {
                let sheet = row.sheet(assessor)
                guard let total = sheet.total else { continue }
                try csv.row([round.code, group.code, String(row.id), row.name, assessor.title]
                            + template.criteria.map { sheet.points[$0.id].map(formatPoints) ?? "" }
                            + [formatPoints(total), sheet.shortfall(under: template) ?? data.bands.label(for: total),
                               assessor == .council && sheet.isComplete(under: template) ? String(ranks.rank(of: total)) : ""])
            }
        }
    }

    /// The council's ranking of a round and group, best first.
    public func rankingCSV(round: Round, group: ScoringGroup, into csv: some RowWriter) throws {
        let bands = try dashboard().bands
        let ranks = try rankTable(round: round.id, group: group)
        try csv.row([ScoreCSV.rank, ScoreCSV.id, ScoreCSV.name, ScoreCSV.total, ScoreCSV.band])
        // The council's totals straight from the ranking index, a row at a time.
        let source = Self.worksheetSource(WorksheetQuery(roundID: round.id, group: group, sort: .rank))
        try read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT s.id, s.name, st.total \(source.filter.sql) ORDER BY \(source.order)",
                                           arguments: source.filter.arguments)
            while let row = try rows.next() {
                let total: Double = row[2]
                try csv.row([String(ranks.rank(of: total)), String(row[0] as Int64), row[1], formatPoints(total), bands.label(for: total)])
            }
        }
    }

    /// Imports scores: every line is checked first, and one bad line imports nothing.
    /// `allowed` are the assessors the importing account may score as; other lines are refused.
    public func importScores(_ data: Data, allowed: Set<Assessor> = Set(Assessor.allCases), by editor: Editor) throws -> ImportReport {
        var rows: [[String]]
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // A worksheet exported as .xlsx reads back the same way; its empty rows are not lines.
            do {
                guard let archive = try? Archive(data: data, accessMode: .read) else { throw XLSXSheet.unreadable("tệp") }
                rows = []
                try XLSXSheet.forEachRow(archive, name: "tệp", sheet: nil) { _, cells, _ in
                    if !cells.allSatisfy(\.isEmpty) { rows.append(cells) }
                }
            } catch let error as StoreError {
                return ImportReport(lines: 0, changed: 0, problems: [ImportProblem(line: 1, column: "—", reason: error.message)])
            }
        } else {
            switch ScoreCSV.read(data) {
            case .failure(let problem): return ImportReport(lines: 0, changed: 0, problems: [problem])
            case .success(let read): rows = read
            }
        }
        guard let header = rows.first else {
            return ImportReport(lines: 0, changed: 0, problems: [ImportProblem(line: 1, column: "—", reason: "Tệp trống.")])
        }
        return try write { db in
            var importer = ScoreImport(db: db, header: header.map { VietText.normalize($0) }, allowed: allowed)
            for (index, row) in rows.dropFirst().enumerated() { try importer.check(row, line: index + 2) }
            let lines = rows.count - 1
            guard importer.problems.isEmpty else { return ImportReport(lines: lines, changed: 0, problems: importer.problems) }
            var changed = 0
            for (cell, points) in importer.cells {
                let current = try Double.fetchOne(db, sql: """
                    SELECT points FROM score WHERE round_id = ? AND subject = ? AND subject_id = ? AND assessor = ? AND criterion_id = ?
                    """, arguments: [cell.roundID, cell.subject.rawValue, cell.subjectID, cell.assessor.rawValue, cell.criterionID])
                guard current != points else { continue }
                _ = try Writes.setScore(db, cell, points, expected: current, editor)
                changed += 1
            }
            return ImportReport(lines: lines, changed: changed, problems: [])
        }
    }
}
