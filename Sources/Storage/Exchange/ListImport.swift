import Foundation
import GRDB
import Model

/// Units, people and initiatives brought in from a commune's own lists (Excel or CSV): each
/// row matched to a record by the forms' name rule (case and Unicode form ignored, tones
/// significant), planned and shown before anything is written, then written all or nothing.
extension AppDatabase {
    /// What the file would change, with every problem by line and column; nothing is written.
    public func importPlan(_ kind: ImportKind, file: String, sheet: String? = nil, includeHidden: Bool = false, today: Day,
                           progress: (String, Double) -> Void = { _, _ in }) throws -> ImportPlan {
        var plan = ImportPlan(kind: kind, file: file, sheet: sheet, includeHidden: includeHidden)
        try read { db in
            var planner = ImportPlanner(db: db, kind: kind, today: today, write: nil)
            try planner.run(&plan) { progress("xem xét \($0) dòng", $1) }
        }
        return plan
    }

    /// Writes what the preview showed in one transaction, each record audited like an edit by
    /// hand and all of them undone as one step (`u`). The file is read and planned again inside
    /// the write: if it or the data changed since the preview (another terminal's edit), nothing
    /// is written and the preview is asked for again.
    @discardableResult
    public func applyImport(_ preview: ImportPlan, today: Day, by editor: Editor,
                            progress: (String, Double) -> Void = { _, _ in }) throws -> ChangeResult {
        try refuseProblems(preview)
        var batch = editor
        batch.batch = "import:" + UUID().uuidString.prefix(8)
        let editorInBatch = batch
        try write { db in
            var plan = ImportPlan(kind: preview.kind, file: preview.file, sheet: preview.sheet, includeHidden: preview.includeHidden)
            var planner = ImportPlanner(db: db, kind: preview.kind, today: today) { line, name, change in
                do {
                    return try Writes.perform(db, change, editorInBatch)
                } catch let error as StoreError {
                    throw StoreError.invalid(FieldError(field: "", message: "dòng \(line) (\(name)): \(error.message)"))
                }
            }
            try planner.run(&plan) { progress("ghi \($0) dòng", $1) }
            try refuseProblems(plan)
            guard plan.fingerprint == preview.fingerprint, plan.unchanged == preview.unchanged else {
                throw StoreError.invalid(FieldError(field: "", message: "Tệp hoặc dữ liệu đã đổi từ lúc xem trước "
                    + "(nay \(plan.created) mới, \(plan.changed) thay đổi): không ghi gì, hãy xem trước lại."))
            }
        }
        return ChangeResult(entity: preview.kind == .units ? .unit : preview.kind == .people ? .person : .initiative, id: 0,
                            message: "Đã nhập \(preview.created) \(preview.kind.title) mới, cập nhật \(preview.changed).")
    }
}

/// A plan with a problem writes nothing: its first problem, in words.
private func refuseProblems(_ plan: ImportPlan) throws {
    if let problem = plan.problems.first { throw StoreError.invalid(FieldError(field: "", message: problem.description)) }
}

/// Matches records to what the database holds and turns each into the change to save: only
/// counted and shown for a preview, written at once when `write` is given. Lookups go through
/// prepared statements kept for the whole file (a province's list is 200,000 rows).
private struct ImportPlanner {
    typealias Write = (_ line: Int, _ name: String, _ change: Change) throws -> ChangeResult
    let db: Database
    let kind: ImportKind
    /// The day a new record joins: today, kept within the movement's years.
    let joining: Day
    let write: Write?
    /// A name's line in this file, so a name twice is named with both lines.
    var seen: [String: Int] = [:]
    /// Records this import created: a later row (of another group, or with another database's
    /// Mã) does not take one of them for its own.
    var created: Set<Int64> = []
    /// People already matched by an earlier row.
    var claimed: Set<Int64> = []

    init(db: Database, kind: ImportKind, today: Day, write: Write?) {
        self.db = db
        self.kind = kind
        self.joining = min(max(today, Plan.movementStart), Plan.movementEnd)
        self.write = write
    }

    /// Every row of the plan's file, read as a stream and planned (and written) in turn. When
    /// writing, the first problem stops the run: the transaction around it writes nothing.
    mutating func run(_ plan: inout ImportPlan, progress: (Int, Double) -> Void) throws {
        var table = ImportTable(kind)
        var count = 0
        let notes = SheetNotes(includeHidden: plan.includeHidden)
        plan.convertedFrom = try SpreadsheetReader.forEachRow(of: URL(fileURLWithPath: plan.file), sheet: plan.sheet, notes: notes) { line, cells, done in
            count += 1
            if count % 1_000 == 0 { progress(count, done) }
            guard let record = table.read(line: line, cells: cells) else { return }
            // A formula never computed would be read as its placeholder ("0" for a name).
            for cell in notes.uncalculated[line] ?? [] {
                plan.problems.append(ImportProblem(line: line, column: cell, reason: "ô là công thức chưa được tính giá trị (tệp do "
                    + "chương trình khác tạo): mở tệp bằng Excel hoặc LibreOffice, lưu lại, rồi nhập."))
            }
            try self.plan(record, into: &plan)
            if write != nil { try refuseProblems(plan) }
        }
        table.finish()
        plan.unknownColumns = table.unknownColumns
        plan.ignoredLines = table.ignoredLines
        plan.hiddenLines = notes.hiddenLines
        plan.problems = table.problems + plan.problems
    }

    /// The record the row's Mã names, when it is this database's record of that name: HaiAn's
    /// export tells namesakes apart by it, but a Mã from another database's export (or one
    /// this import has just given out) names some other record.
    private func coded(_ table: String, _ record: ImportRecord, name: String, nameColumn: String = "name") throws -> Row? {
        guard let id = Int64(record[.id]), !created.contains(id),
              let row = try rows("SELECT * FROM \(table) WHERE id = ?", [id]).first,
              Unit.nameKey(row[nameColumn]) == Unit.nameKey(name) else { return nil }
        return row
    }

    mutating func plan(_ record: ImportRecord, into plan: inout ImportPlan) throws {
        switch kind {
        case .units: try planUnit(record, &plan)
        case .people: try planPerson(record, &plan)
        case .initiatives: try planInitiative(record, &plan)
        }
    }

    /// Rows of a query run many times: prepared once for the file.
    private func rows(_ sql: String, _ arguments: StatementArguments) throws -> [Row] {
        try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
    }

    private func column(_ field: ImportField) -> String { kind.columns.first { $0.field == field }?.name ?? field.rawValue }

    private func problem(_ record: ImportRecord, _ field: ImportField, _ reason: String) -> ImportProblem {
        ImportProblem(line: record.line, column: column(field), reason: reason)
    }

    /// The date a column holds: nil when empty, a problem when it is not a day.
    /// A date of the movement, or (`movement` false: a birth date) any real day.
    private func day(_ record: ImportRecord, _ field: ImportField, _ problems: inout [ImportProblem], movement: Bool = true) -> Day?? {
        let text = record[field]
        if text.isEmpty { return .some(nil) }
        guard let day = ImportValue.day(text) else {
            problems.append(problem(record, field, "ngày không hợp lệ “\(text)” (ghi dd/mm/yyyy)."))
            return nil
        }
        if movement, let error = Plan.movementDateError(day, field: field.rawValue, what: "Ngày") {
            problems.append(problem(record, field, error.message))
            return nil
        }
        return .some(day)
    }

    private mutating func once(_ key: String, _ record: ImportRecord, _ field: ImportField, _ plan: inout ImportPlan) -> Bool {
        if let first = seen[key] {
            plan.problems.append(problem(record, field, "trùng với dòng \(first)."))
            return false
        }
        seen[key] = record.line
        return true
    }

    /// The "Lưu trữ" cell: nil to leave the record as it is (empty, or not understood: a problem).
    private func archived(_ record: ImportRecord, _ problems: inout [ImportProblem]) -> Bool? {
        guard let value = ImportValue.archived(record[.archived]) else {
            problems.append(problem(record, .archived, "“\(record[.archived])”: ghi “có” (đã lưu trữ) hoặc để trống."))
            return nil
        }
        return value
    }

    /// The record's own problems from a Model rule, put in its columns.
    private func problems(_ errors: [FieldError], _ record: ImportRecord) -> [ImportProblem] {
        errors.map { error in
            let field = ImportField(rawValue: error.field) ?? kind.columns[0].field
            return problem(record, field, error.message)
        }
    }

    private mutating func planUnit(_ record: ImportRecord, _ plan: inout ImportPlan) throws {
        var problems: [ImportProblem] = []
        let name = record[.name]
        guard let group = ImportValue.group(record[.group]) else {
            plan.problems.append(problem(record, .group, "“\(record[.group])” không phải nhóm nào (a, b, c hoặc Xóm, Doanh nghiệp…)."))
            return
        }
        let byID = try coded("unit", record, name: name).map { try UnitRecord(row: $0).model }
        guard once(byID.map { "#\($0.id)" } ?? Unit.nameKey(name) + "/" + group.rawValue, record, .name, &plan) else { return }
        let joined = day(record, .joined, &problems)
        let existing = try rows("SELECT * FROM unit WHERE name_fold = ? AND archived = 0", [VietText.fold(name)])
            .map { try UnitRecord(row: $0).model }.filter { Unit.nameKey($0.name) == Unit.nameKey(name) && !created.contains($0.id) }
        var unit = byID ?? existing.first { $0.group == group } ?? existing.first ?? Unit(id: 0, name: name, group: group, joinedOn: joining)
        let before = unit
        unit.name = name
        unit.group = group
        if !record[.head].isEmpty { unit.head = record[.head] }
        if !record[.phone].isEmpty { unit.phone = ImportValue.phone(record[.phone]) }
        if case .some(.some(let day)) = joined { unit.joinedOn = day }
        if let archived = archived(record, &problems) { unit.archived = archived }
        let taken = Set(existing.filter { $0.id != unit.id && $0.group == group }.map { Unit.nameKey($0.name) })
        problems += self.problems(unit.validationErrors(existingNames: taken), record)
        guard problems.isEmpty else { return plan.problems += problems }
        try add(record, name: unit.name, change: .saveUnit(unit), isNew: unit.id == 0, fields: [
            ("Tên đơn vị", before.name, unit.name), ("Nhóm", before.group.rawValue, unit.group.rawValue), ("Người đứng đầu", before.head, unit.head),
            ("Điện thoại", before.phone, unit.phone), ("Ngày tham gia", before.joinedOn.display, unit.joinedOn.display),
            ("Lưu trữ", before.archived ? "có" : "", unit.archived ? "có" : ""),
        ], &plan)
    }

    private mutating func planPerson(_ record: ImportRecord, _ plan: inout ImportPlan) throws {
        var problems: [ImportProblem] = []
        let name = record[.name], unitName = record[.unit]
        var unit: Model.Unit?
        if !unitName.isEmpty {
            let candidates = try rows("SELECT * FROM unit WHERE name_fold = ? AND archived = 0", [VietText.fold(unitName)])
                .map { try UnitRecord(row: $0).model }
            let exact = candidates.filter { Unit.nameKey($0.name) == Unit.nameKey(unitName) }
            unit = exact.count == 1 ? exact[0] : candidates.count == 1 ? candidates[0] : nil
            if unit == nil {
                problems.append(problem(record, .unit, candidates.isEmpty ? "không có đơn vị “\(unitName)” (nhập danh sách tập thể trước)."
                                                                          : "nhiều đơn vị tên “\(unitName)”."))
            }
        }
        var kind: PersonKind?
        if !record[.kind].isEmpty {
            kind = ImportValue.personKind(record[.kind])
            if kind == nil {
                problems.append(problem(record, .kind, "“\(record[.kind])” không phải đối tượng nào ("
                                        + PersonKind.allCases.map(\.title).joined(separator: ", ") + ")."))
            }
        }
        let joined = day(record, .joined, &problems)
        let born = day(record, .born, &problems, movement: false)
        let gender = record[.gender].isEmpty ? nil : Gender(typed: record[.gender])
        if !record[.gender].isEmpty && gender == nil {
            problems.append(problem(record, .gender, "“\(record[.gender])” không phải giới tính (Nam/Nữ, Ông/Bà)."))
        }
        guard problems.isEmpty else { return plan.problems += problems }
        // The Mã counts for this database's person of that name in that unit, not yet taken by an
        // earlier row (a Mã from another database's export names someone else).
        let byID = try coded("person", record, name: name).map { try PersonRecord(row: $0).model }
            .flatMap { $0.unitID == unit?.id && !claimed.contains($0.id) ? $0 : nil }
        // Namesakes in one unit (two “Nguyễn Văn An” in a hamlet) are matched in order: each
        // row takes the first of that name not taken by an earlier row.
        let existing = try byID ?? rows("SELECT * FROM person WHERE name_fold = ? AND unit_id IS ? ORDER BY id", [VietText.fold(name), unit?.id])
            .map { try PersonRecord(row: $0).model }
            .first { Unit.nameKey($0.name) == Unit.nameKey(name) && !claimed.contains($0.id) && !created.contains($0.id) }
        if let existing { claimed.insert(existing.id) }
        var person = existing ?? Person(name: name, unitID: unit?.id, kind: unit?.group == .b ? .nhanDan : .canBo, joinedOn: joining)
        let before = person
        person.name = name
        person.unitID = unit?.id
        if !record[.position].isEmpty { person.position = record[.position] }
        if let kind { person.kind = kind }
        if !record[.phone].isEmpty { person.phone = ImportValue.phone(record[.phone]) }
        if case .some(.some(let day)) = joined { person.joinedOn = day }
        if case .some(.some(let day)) = born { person.bornOn = day }
        if let gender { person.gender = gender }
        if let archived = archived(record, &problems) { person.archived = archived }
        problems += self.problems(person.validationErrors(), record)
        guard problems.isEmpty else { return plan.problems += problems }
        try add(record, name: name + (unit.map { " (\($0.name))" } ?? ""), change: .savePerson(person, unitName: unit?.name ?? ""),
            isNew: person.id == 0, fields: [
                ("Họ và tên", before.name, person.name),
                ("Đơn vị", try before.unitID.flatMap { try rows("SELECT name FROM unit WHERE id = ?", [$0]).first?["name"] as String? } ?? "",
                 unit?.name ?? ""),
                ("Chức vụ", before.position, person.position), ("Đối tượng", before.kind.title, person.kind.title),
                ("Điện thoại", before.phone, person.phone), ("Ngày tham gia", before.joinedOn.display, person.joinedOn.display),
                ("Ngày sinh", before.bornOn?.display ?? "", person.bornOn?.display ?? ""),
                ("Giới tính", before.gender?.title ?? "", person.gender?.title ?? ""),
                ("Lưu trữ", before.archived ? "có" : "", person.archived ? "có" : ""),
            ], &plan)
    }

    private mutating func planInitiative(_ record: ImportRecord, _ plan: inout ImportPlan) throws {
        var problems: [ImportProblem] = []
        let title = record[.title], owner = record[.owner]
        let byID = try coded("initiative", record, name: title, nameColumn: "title").map { try InitiativeRecord(row: $0).model }
        guard once(byID.map { "#\($0.id)" } ?? Unit.nameKey(title) + "/" + Unit.nameKey(owner), record, .title, &plan) else { return }
        let unitID = try rows("SELECT id, name FROM unit WHERE name_fold = ? AND archived = 0", [VietText.fold(owner)]).first { Unit.nameKey($0["name"]) == Unit.nameKey(owner) }?["id"] as Int64?
        let personID = unitID != nil ? nil
            : try rows("SELECT id, name FROM person WHERE name_fold = ? AND archived = 0", [VietText.fold(owner)]).first { Unit.nameKey($0["name"]) == Unit.nameKey(owner) }?["id"] as Int64?
        if unitID == nil && personID == nil {
            problems.append(problem(record, .owner, "không có đơn vị hay cá nhân “\(owner)”."))
        }
        let area = ImportValue.area(record[.area])
        if area == nil { problems.append(problem(record, .area, "“\(record[.area])” không phải nội dung nào (a b c d e g h).")) }
        let status = ImportValue.status(record[.status])
        if status == nil { problems.append(problem(record, .status, "“\(record[.status])” không phải trạng thái nào.")) }
        let started = day(record, .started, &problems)
        let recognised = day(record, .recognisedOn, &problems)
        let sector = ImportValue.sector(record[.sector])
        if sector == nil {
            problems.append(problem(record, .sector, "“\(record[.sector])” không phải lĩnh vực nào ("
                                    + PrioritySector.allCases.map(\.title).joined(separator: ", ") + ")."))
        }
        guard problems.isEmpty, let area, let status else { return plan.problems += problems }
        let existing = try byID ?? rows("SELECT * FROM initiative WHERE title_fold = ? AND unit_id IS ? AND person_id IS ?",
                                        [VietText.fold(title), unitID, personID])
            .map { try InitiativeRecord(row: $0).model }.first { Unit.nameKey($0.title) == Unit.nameKey(title) }
        var initiative = existing ?? Initiative(title: title, unitID: unitID, personID: personID, area: area)
        let before = initiative
        initiative.title = title
        initiative.unitID = unitID
        initiative.personID = personID
        initiative.area = area
        if !record[.status].isEmpty { initiative.status = status }
        if case .some(.some(let day)) = started { initiative.startedOn = day }
        if case .some(.some(let day)) = recognised { initiative.recognisedOn = day }
        if !record[.recognisedBy].isEmpty { initiative.recognisedBy = record[.recognisedBy] }
        if case .some(.some(let sector)) = sector { initiative.sector = sector }
        problems += self.problems(initiative.validationErrors(), record)
        guard problems.isEmpty else { return plan.problems += problems }
        try add(record, name: title, change: .saveInitiative(initiative), isNew: initiative.id == 0, fields: [
            ("Sáng kiến", before.title, initiative.title), ("Nội dung", before.area.rawValue, initiative.area.rawValue), ("Trạng thái", before.status.title, initiative.status.title),
            ("Bắt đầu", before.startedOn?.display ?? "", initiative.startedOn?.display ?? ""),
            ("Lĩnh vực", before.sector?.title ?? "", initiative.sector?.title ?? ""),
            ("Công nhận bởi", before.recognisedBy, initiative.recognisedBy),
            ("Ngày công nhận", before.recognisedOn?.display ?? "", initiative.recognisedOn?.display ?? ""),
        ], &plan)
    }

    /// A new record, a changed one with what moves, or one left as it is; written at once when writing.
    private mutating func add(_ record: ImportRecord, name: String, change: Change, isNew: Bool, fields: [(String, String, String)],
                              _ plan: inout ImportPlan) throws {
        let moved = fields.filter { $0.1 != $0.2 }.map { ImportPlan.FieldChange(column: $0.0, before: $0.1, after: $0.2) }
        if !isNew && moved.isEmpty {
            plan.unchanged += 1
            return
        }
        plan.add(ImportPlan.Item(line: record.line, name: name, fields: isNew ? [] : moved, isNew: isNew))
        if let write {
            let result = try write(record.line, name, change)
            if isNew { created.insert(result.id) }
        }
    }
}
