import Foundation
import GRDB
import Model

/// Units, people and initiatives brought in from a commune's own lists (Excel or CSV): each
/// row matched to a record by the forms' name rule (case and Unicode form ignored, tones
/// significant), planned and shown before anything is written, then written all or nothing.
extension AppDatabase {
    /// What the rows would change, with every problem by line and column.
    public func importPlan(_ kind: ImportKind, rows: [(line: Int, cells: [String])], today: Day,
                           progress: (String, Double) -> Void = { _, _ in }) throws -> ImportPlan {
        let table = ImportTable(kind, rows: rows)
        var plan = ImportPlan(kind: kind)
        plan.unknownColumns = table.unknownColumns
        plan.problems = table.problems
        guard table.problems.isEmpty else { return plan }
        let joining = min(max(today, Plan.movementStart), Plan.movementEnd)
        try read { db in
            var planner = ImportPlanner(db: db, kind: kind, joining: joining)
            for (index, record) in table.records.enumerated() {
                if index % 500 == 0 { progress("xem xét \(index)/\(table.records.count) dòng", Double(index) / Double(table.records.count)) }
                try planner.plan(record, into: &plan)
            }
        }
        return plan
    }

    /// Writes a plan without problems in one transaction, each record audited like an edit by
    /// hand and all of them undone as one step (`u`). Nothing is written if any fails.
    @discardableResult
    public func applyImport(_ plan: ImportPlan, by editor: Editor, progress: (String, Double) -> Void = { _, _ in }) throws -> ChangeResult {
        if let problem = plan.problems.first {
            throw StoreError.invalid(FieldError(field: "", message: problem.description))
        }
        var batch = editor
        batch.batch = String(UUID().uuidString.prefix(8))
        try write { db in
            for (index, item) in plan.items.enumerated() {
                if index % 500 == 0 { progress("ghi \(index)/\(plan.items.count) bản ghi", Double(index) / Double(plan.items.count)) }
                do {
                    _ = try Writes.perform(db, item.change, batch)
                } catch let error as StoreError {
                    throw StoreError.invalid(FieldError(field: "", message: "dòng \(item.line) (\(item.name)): \(error.message)"))
                }
            }
        }
        return ChangeResult(entity: plan.kind == .units ? .unit : plan.kind == .people ? .person : .initiative, id: 0,
                            message: "Đã nhập \(plan.created) \(plan.kind.title) mới, cập nhật \(plan.changed).")
    }
}

/// Matches records to what the database holds and turns each into the change to save.
private struct ImportPlanner {
    let db: Database
    let kind: ImportKind
    let joining: Day
    /// A name's line in this file, so a name twice is named with both lines.
    var seen: [String: Int] = [:]

    init(db: Database, kind: ImportKind, joining: Day) {
        self.db = db
        self.kind = kind
        self.joining = joining
    }

    mutating func plan(_ record: ImportRecord, into plan: inout ImportPlan) throws {
        switch kind {
        case .units: try planUnit(record, &plan)
        case .people: try planPerson(record, &plan)
        case .initiatives: try planInitiative(record, &plan)
        }
    }

    private func column(_ field: ImportField) -> String { kind.columns.first { $0.field == field }?.name ?? field.rawValue }

    private func problem(_ record: ImportRecord, _ field: ImportField, _ reason: String) -> ImportProblem {
        ImportProblem(line: record.line, column: column(field), reason: reason)
    }

    /// The date a column holds: nil when empty, a problem when it is not a day.
    private func day(_ record: ImportRecord, _ field: ImportField, _ problems: inout [ImportProblem]) -> Day?? {
        let text = record[field]
        if text.isEmpty { return .some(nil) }
        guard let day = ImportValue.day(text) else {
            problems.append(problem(record, field, "ngày không hợp lệ “\(text)” (ghi dd/mm/yyyy)."))
            return nil
        }
        if let error = Plan.movementDateError(day, field: field.rawValue, what: "Ngày") {
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

    /// The record's own problems from a Model rule, put in its columns.
    private func problems(_ errors: [FieldError], _ record: ImportRecord) -> [ImportProblem] {
        errors.map { error in
            let field = ImportField(rawValue: error.field) ?? .name
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
        let byID = try Int64(record[.id]).flatMap { try UnitRecord.fetchOne(db, key: $0)?.model }
        guard once(byID.map { "#\($0.id)" } ?? Unit.nameKey(name) + "/" + group.rawValue, record, .name, &plan) else { return }
        let joined = day(record, .joined, &problems)
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM unit WHERE name_fold = ? AND archived = 0", arguments: [VietText.fold(name)])
        let existing = try rows.map { try UnitRecord(row: $0).model }.filter { Unit.nameKey($0.name) == Unit.nameKey(name) }
        var unit = byID ?? existing.first { $0.group == group } ?? existing.first ?? Unit(id: 0, name: name, group: group, joinedOn: joining)
        let before = unit
        unit.name = name
        unit.group = group
        if !record[.head].isEmpty { unit.head = record[.head] }
        if !record[.phone].isEmpty { unit.phone = ImportValue.phone(record[.phone]) }
        if case .some(.some(let day)) = joined { unit.joinedOn = day }
        let taken = Set(existing.filter { $0.id != unit.id && $0.group == group }.map { Unit.nameKey($0.name) })
        problems += self.problems(unit.validationErrors(existingNames: taken), record)
        guard problems.isEmpty else { return plan.problems += problems }
        add(record, name: unit.name, change: .saveUnit(unit), isNew: unit.id == 0, fields: [
            ("Tên đơn vị", before.name, unit.name), ("Nhóm", before.group.rawValue, unit.group.rawValue), ("Người đứng đầu", before.head, unit.head),
            ("Điện thoại", before.phone, unit.phone), ("Ngày tham gia", before.joinedOn.display, unit.joinedOn.display),
        ], &plan)
    }

    private mutating func planPerson(_ record: ImportRecord, _ plan: inout ImportPlan) throws {
        var problems: [ImportProblem] = []
        let name = record[.name], unitName = record[.unit]
        let byID = try Int64(record[.id]).flatMap { try PersonRecord.fetchOne(db, key: $0)?.model }
        guard once(byID.map { "#\($0.id)" } ?? Unit.nameKey(name) + "/" + Unit.nameKey(unitName), record, .name, &plan) else { return }
        var unit: Model.Unit?
        if !unitName.isEmpty {
            let candidates = try Row.fetchAll(db, sql: "SELECT * FROM unit WHERE name_fold = ? AND archived = 0",
                                              arguments: [VietText.fold(unitName)]).map { try UnitRecord(row: $0).model }
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
        guard problems.isEmpty else { return plan.problems += problems }
        let existing = try byID ?? Row.fetchAll(db, sql: "SELECT * FROM person WHERE name_fold = ? AND unit_id IS ?",
                                                 arguments: [VietText.fold(name), unit?.id])
            .map { try PersonRecord(row: $0).model }.first { Unit.nameKey($0.name) == Unit.nameKey(name) }
        var person = existing ?? Person(name: name, unitID: unit?.id, kind: unit?.group == .b ? .nhanDan : .canBo, joinedOn: joining)
        let before = person
        person.name = name
        person.unitID = unit?.id
        if !record[.position].isEmpty { person.position = record[.position] }
        if let kind { person.kind = kind }
        if !record[.phone].isEmpty { person.phone = ImportValue.phone(record[.phone]) }
        if case .some(.some(let day)) = joined { person.joinedOn = day }
        problems += self.problems(person.validationErrors(), record)
        guard problems.isEmpty else { return plan.problems += problems }
        add(record, name: name + (unit.map { " (\($0.name))" } ?? ""), change: .savePerson(person, unitName: unit?.name ?? ""),
            isNew: person.id == 0, fields: [
                ("Họ và tên", before.name, person.name),
                ("Đơn vị", try before.unitID.flatMap { try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [$0]) } ?? "",
                 unit?.name ?? ""),
                ("Chức vụ", before.position, person.position), ("Đối tượng", before.kind.title, person.kind.title),
                ("Điện thoại", before.phone, person.phone), ("Ngày tham gia", before.joinedOn.display, person.joinedOn.display),
            ], &plan)
    }

    private mutating func planInitiative(_ record: ImportRecord, _ plan: inout ImportPlan) throws {
        var problems: [ImportProblem] = []
        let title = record[.title], owner = record[.owner]
        let byID = try Int64(record[.id]).flatMap { try InitiativeRecord.fetchOne(db, key: $0)?.model }
        guard once(byID.map { "#\($0.id)" } ?? Unit.nameKey(title) + "/" + Unit.nameKey(owner), record, .title, &plan) else { return }
        let unitID = try Row.fetchAll(db, sql: "SELECT id, name FROM unit WHERE name_fold = ? AND archived = 0",
                                      arguments: [VietText.fold(owner)]).first { Unit.nameKey($0["name"]) == Unit.nameKey(owner) }?["id"] as Int64?
        let personID = unitID != nil ? nil
            : try Row.fetchAll(db, sql: "SELECT id, name FROM person WHERE name_fold = ? AND archived = 0",
                               arguments: [VietText.fold(owner)]).first { Unit.nameKey($0["name"]) == Unit.nameKey(owner) }?["id"] as Int64?
        if unitID == nil && personID == nil {
            problems.append(problem(record, .owner, "không có đơn vị hay cá nhân “\(owner)”."))
        }
        let area = ImportValue.area(record[.area])
        if area == nil { problems.append(problem(record, .area, "“\(record[.area])” không phải nội dung nào (a b c d e g h).")) }
        let status = ImportValue.status(record[.status])
        if status == nil { problems.append(problem(record, .status, "“\(record[.status])” không phải trạng thái nào.")) }
        let started = day(record, .started, &problems)
        guard problems.isEmpty, let area, let status else { return plan.problems += problems }
        let existing = try byID ?? Row.fetchAll(db, sql: "SELECT * FROM initiative WHERE title_fold = ? AND unit_id IS ? AND person_id IS ?",
                                                 arguments: [VietText.fold(title), unitID, personID])
            .map { try InitiativeRecord(row: $0).model }.first { Unit.nameKey($0.title) == Unit.nameKey(title) }
        var initiative = existing ?? Initiative(title: title, unitID: unitID, personID: personID, area: area)
        let before = initiative
        initiative.title = title
        initiative.unitID = unitID
        initiative.personID = personID
        initiative.area = area
        if !record[.status].isEmpty { initiative.status = status }
        if case .some(.some(let day)) = started { initiative.startedOn = day }
        problems += self.problems(initiative.validationErrors(), record)
        guard problems.isEmpty else { return plan.problems += problems }
        add(record, name: title, change: .saveInitiative(initiative), isNew: initiative.id == 0, fields: [
            ("Sáng kiến", before.title, initiative.title), ("Nội dung", before.area.rawValue, initiative.area.rawValue), ("Trạng thái", before.status.title, initiative.status.title),
            ("Bắt đầu", before.startedOn?.display ?? "", initiative.startedOn?.display ?? ""),
        ], &plan)
    }

    /// A new record, a changed one with what moves, or one left as it is.
    private func add(_ record: ImportRecord, name: String, change: Change, isNew: Bool, fields: [(String, String, String)],
                     _ plan: inout ImportPlan) {
        let moved = fields.filter { $0.1 != $0.2 }.map { ImportPlan.FieldChange(column: $0.0, before: $0.1, after: $0.2) }
        if !isNew && moved.isEmpty {
            plan.unchanged += 1
            return
        }
        plan.items.append(ImportPlan.Item(line: record.line, name: name, change: change, fields: isNew ? [] : moved, isNew: isNew))
    }
}
