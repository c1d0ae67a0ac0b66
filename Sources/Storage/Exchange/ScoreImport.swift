import GRDB
import Model

/// Checks imported score lines against the database, collecting every problem and the
/// cells the file sets; nothing is written here.
struct ScoreImport {
    let db: Database
    let header: [String]
    let allowed: Set<Assessor>
    private(set) var problems: [ImportProblem] = []
    private(set) var cells: [(ScoreCell, Double)] = []
    private var seen: [String: Int] = [:]
    private var rounds: [String: Round] = [:]
    private var templates: [String: CriteriaTemplate?] = [:]

    init(db: Database, header: [String], allowed: Set<Assessor>) {
        self.db = db
        self.header = header
        self.allowed = allowed
        for column in [ScoreCSV.round, ScoreCSV.group, ScoreCSV.id, ScoreCSV.assessor] where !header.contains(column) {
            problems.append(ImportProblem(line: 1, column: column, reason: "Thiếu cột “\(column)” ở dòng tiêu đề."))
        }
    }

    mutating func check(_ row: [String], line: Int) throws {
        // Without its key columns no line can be read.
        guard problems.allSatisfy({ $0.line > 1 }) else { return }
        // A short row is padded: LibreOffice Calc leaves a row's empty trailing cells out of the
        // file. Only cells beyond the header, holding something, are a problem.
        var row = row
        if row.count < header.count { row += Array(repeating: "", count: header.count - row.count) }
        if row.count > header.count {
            guard row[header.count...].allSatisfy({ VietText.normalize($0).isEmpty }) else {
                return problem(line, "—", "Có \(row.count) cột có chữ, dòng tiêu đề chỉ có \(header.count).")
            }
            row = Array(row.prefix(header.count))
        }
        let field = Dictionary(zip(header, row.map { VietText.normalize($0) }), uniquingKeysWith: { first, _ in first })
        let before = problems.count
        let round = try self.round(field[ScoreCSV.round] ?? "", line: line)
        let group = ScoringGroup.allCases.first { $0.code == field[ScoreCSV.group] }
        if group == nil { problem(line, ScoreCSV.group, "Nhóm “\(field[ScoreCSV.group] ?? "")” không có (a, b, c hoặc ca_nhan).") }
        let assessor = ScoreCSV.assessor(field[ScoreCSV.assessor] ?? "")
        if assessor == nil { problem(line, ScoreCSV.assessor, "Ghi “Hội đồng chấm” hoặc “Tự chấm”.") }
        if let assessor, !allowed.contains(assessor) {
            problem(line, ScoreCSV.assessor, "Tài khoản này không được nhập điểm “\(assessor.title)”.")
        }
        let id = Int64(field[ScoreCSV.id] ?? "")
        if id == nil { problem(line, ScoreCSV.id, "Mã phải là số (cột Mã của tệp xuất).") }
        guard let round, let group, let assessor, let id, problems.count == before,
              let template = try template(round: round, group: group) else { return }
        if let reason = template.unusableReason { return problem(line, ScoreCSV.group, reason) }
        let subject = ScoreSubject(group)
        do {
            let name = try Writes.subjectName(db, subject, id, group: group)
            if let typed = field[ScoreCSV.name], !typed.isEmpty, Unit.nameKey(typed) != Unit.nameKey(name) {
                problem(line, ScoreCSV.name, "Mã \(id) là “\(name)”, không phải “\(typed)”.")
            }
        } catch StoreError.invalid(let error) {
            return problem(line, ScoreCSV.id, "Mã \(id): \(error.message)")
        }
        let key = "\(round.id)/\(subject.rawValue)/\(id)/\(assessor.rawValue)"
        if let first = seen[key] { return problem(line, ScoreCSV.id, "Trùng với dòng \(first).") }
        seen[key] = line
        if let sheet = try Writes.sheetTemplate(db, round: round.id, subject, id, assessor), sheet != template.id {
            return problem(line, ScoreCSV.id, "Đã chấm theo bộ tiêu chí bản cũ; không nhập thêm theo bản mới.")
        }
        let byCode = Dictionary(template.criteria.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for column in header where !ScoreCSV.computed.contains(column) && !ScoreCSV.keys.contains(column) {
            guard let criterion = byCode[column] else {
                problem(line, column, "Không phải mã tiêu chí của \(group.shortTitle), \(round.title).")
                continue
            }
            guard let text = field[column], !text.isEmpty else { continue }
            switch criterion.score(text) {
            case .failure(let error): problem(line, column, error.message)
            case .success(let points):
                cells.append((ScoreCell(roundID: round.id, subject: subject, subjectID: id, assessor: assessor,
                                        criterionID: criterion.id), points))
            }
        }
    }

    private mutating func problem(_ line: Int, _ column: String, _ reason: String) {
        problems.append(ImportProblem(line: line, column: column, reason: reason))
    }

    private mutating func round(_ code: String, line: Int) throws -> Round? {
        if rounds.isEmpty {
            for record in try RoundRecord.fetchAll(db) { rounds[record.code] = record.model }
        }
        guard let round = rounds[code] else {
            problem(line, ScoreCSV.round, "Vòng “\(code)” không có (ví dụ 2026, so_ket_2027).")
            return nil
        }
        return round
    }

    private mutating func template(round: Round, group: ScoringGroup) throws -> CriteriaTemplate? {
        let key = "\(round.id)/\(group.code)"
        if let cached = templates[key] { return cached }
        let template = try Writes.currentTemplate(db, round: round.id, groupCode: group.code)
        templates[key] = template
        return template
    }
}
