import GRDB
import Model

/// The writes behind scores, templates, bands and quotas, run inside the caller's transaction.
extension Writes {
    static func setScore(_ db: Database, _ cell: ScoreCell, _ points: Double?, expected: Double?,
                         _ editor: Editor) throws -> ChangeResult {
        guard let criterionRow = try CriterionRecord.fetchOne(db, key: cell.criterionID),
              let templateRow = try CriteriaTemplateRecord.fetchOne(db, key: criterionRow.templateId),
              templateRow.roundId == cell.roundID,
              let template = try currentTemplate(db, round: cell.roundID, groupCode: templateRow.groupCode),
              template.id == templateRow.id else {
            // The template changed since the screen read it.
            throw StoreError.conflict
        }
        if let reason = template.unusableReason { throw StoreError.invalid(FieldError(field: "points", message: reason)) }
        let name = try subjectName(db, cell.subject, cell.subjectID, group: template.group)
        if let points, case .failure(let error) = criterionRow.model.check(points) { throw StoreError.invalid(error) }
        if let sheet = try sheetTemplate(db, round: cell.roundID, cell.subject, cell.subjectID, cell.assessor), sheet != template.id {
            let version = try templateVersion(db, sheet)
            throw StoreError.invalid(FieldError(field: "points", message:
                "Bảng điểm này đã chấm theo bộ tiêu chí bản \(version); tổng giữ nguyên như đã chấm, không chấm thêm theo bản mới."))
        }
        var record = try ScoreRecord.filter(sql: """
            round_id = ? AND subject = ? AND subject_id = ? AND assessor = ? AND criterion_id = ?
            """, arguments: [cell.roundID, cell.subject.rawValue, cell.subjectID, cell.assessor.rawValue, cell.criterionID]).fetchOne(db)
        // Someone else scored this cell since it was read: their score stands until reloaded.
        guard record?.points == expected else { throw StoreError.conflict }
        let code = criterionRow.code, who = cell.assessor == .council ? "Hội đồng" : "tự chấm"
        let message: String
        if let points {
            var updated = record ?? ScoreRecord(cell, points: points, by: editor.who, now: timestamp())
            updated.points = points
            updated.givenBy = editor.who
            updated.givenAt = timestamp()
            _ = try save(db, &updated, entity: .score, editor: editor)
            record = updated
            message = "Đã lưu điểm \(code) của “\(name)”: \(formatPoints(points)) (\(who))."
        } else if let existing = record, let id = existing.id {
            let before = try Audit.snapshot(db, .score, id: id)
            try db.execute(sql: "DELETE FROM score WHERE id = ?", arguments: [id])
            try Audit.record(db, editor: editor, entity: .score, id: id, action: "delete", before: before)
            message = "Đã xoá điểm \(code) của “\(name)” (\(who))."
        } else {
            return ChangeResult(entity: .score, id: 0, message: "Ô này chưa có điểm.")
        }
        try refreshTotal(db, cell)
        return ChangeResult(entity: .score, id: record?.id ?? 0, message: message)
    }

    /// Keeps a sheet's total (and the template it was given under) in step with its scores.
    static func refreshTotal(_ db: Database, _ cell: ScoreCell) throws {
        try refreshTotal(db, round: cell.roundID, subject: cell.subject.rawValue, subjectID: cell.subjectID,
                         assessor: cell.assessor.rawValue)
    }

    static func refreshTotal(_ db: Database, round: Int64, subject: String, subjectID: Int64, assessor: String) throws {
        let arguments: StatementArguments = [round, subject, subjectID, assessor]
        try db.execute(sql: "DELETE FROM sheet_total WHERE round_id = ? AND subject = ? AND subject_id = ? AND assessor = ?",
                       arguments: arguments)
        try db.execute(sql: """
            INSERT INTO sheet_total (round_id, subject, subject_id, assessor, group_code, template_id, total, scored)
            SELECT s.round_id, s.subject, s.subject_id, s.assessor, t.group_code, MAX(c.template_id), SUM(s.points), COUNT(*)
            FROM score s JOIN criterion c ON c.id = s.criterion_id JOIN criteria_template t ON t.id = c.template_id
            WHERE s.round_id = ? AND s.subject = ? AND s.subject_id = ? AND s.assessor = ?
            GROUP BY s.round_id
            """, arguments: arguments)
    }

    /// Recomputes every sheet's total and count of scores (after the demo writes its scores).
    static func refreshAllTotals(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM sheet_total;
            INSERT INTO sheet_total (round_id, subject, subject_id, assessor, group_code, template_id, total, scored)
            SELECT s.round_id, s.subject, s.subject_id, s.assessor, t.group_code, MAX(c.template_id), SUM(s.points), COUNT(*)
            FROM score s JOIN criterion c ON c.id = s.criterion_id JOIN criteria_template t ON t.id = c.template_id
            GROUP BY s.round_id, s.subject, s.subject_id, s.assessor;
            """)
    }

    /// The SQL condition that a `sheet_total` row (as `alias`) has a score for every
    /// criterion of its template: only such sheets have a band and a rank.
    static func complete(_ alias: String) -> String {
        "\(alias).scored >= (SELECT COUNT(*) FROM criterion c WHERE c.template_id = \(alias).template_id)"
    }

    static func saveCriterion(_ db: Database, round: Int64, group: ScoringGroup, index: Int?, _ criterion: Criterion,
                              _ editor: Editor) throws -> ChangeResult {
        if let error = criterion.validationErrors().first { throw StoreError.invalid(error) }
        var editor = editor
        let template = try editableTemplate(db, round: round, group: group, editor: &editor)
        let rows = try CriterionRecord.filter(sql: "template_id = ?", arguments: [template.id]).order(sql: "position").fetchAll(db)
        let code = VietText.normalize(criterion.code)
        if rows.enumerated().contains(where: { $0.offset != index && VietText.normalize($0.element.code) == code }) {
            throw StoreError.invalid(FieldError(field: "code", message: "Đã có tiêu chí mã “\(code)”."))
        }
        var record: CriterionRecord
        if let index {
            guard rows.indices.contains(index) else { throw StoreError.conflict }
            record = rows[index]
            record.code = code
            record.title = VietText.normalize(criterion.title)
            record.maxPoints = criterion.maxPoints
            record.updatedAt = timestamp()
        } else {
            record = CriterionRecord(templateId: template.id, position: (rows.last?.position ?? -1) + 1,
                                     Criterion(code: code, title: criterion.title, maxPoints: criterion.maxPoints), now: timestamp())
        }
        let id = try save(db, &record, entity: .criterion, editor: editor)
        return ChangeResult(entity: .criterion, id: id, message: "Đã lưu tiêu chí \(code) (bộ tiêu chí bản \(template.version)).")
    }

    static func removeCriterion(_ db: Database, round: Int64, group: ScoringGroup, index: Int, _ editor: Editor) throws -> ChangeResult {
        var editor = editor
        let template = try editableTemplate(db, round: round, group: group, editor: &editor)
        let rows = try CriterionRecord.filter(sql: "template_id = ?", arguments: [template.id]).order(sql: "position").fetchAll(db)
        guard rows.indices.contains(index), let id = rows[index].id else { throw StoreError.conflict }
        let before = try Audit.snapshot(db, .criterion, id: id)
        try db.execute(sql: "DELETE FROM criterion WHERE id = ?", arguments: [id])
        try Audit.record(db, editor: editor, entity: .criterion, id: id, action: "delete", before: before)
        return ChangeResult(entity: .criterion, id: id,
                            message: "Đã bỏ tiêu chí \(rows[index].code) (bộ tiêu chí bản \(template.version)).")
    }

    static func saveBands(_ db: Database, _ minimums: [Double], _ editor: Editor) throws -> ChangeResult {
        let rows = try BandRecord.order(sql: "minimum DESC").fetchAll(db)
        guard rows.count == minimums.count else { throw StoreError.conflict }
        let bands = zip(rows, minimums).map { Band(minimum: $1, label: $0.label) }
        if let error = Bands(bands: bands, belowAll: "").validationErrors().first { throw StoreError.invalid(error) }
        if zip(minimums, minimums.dropFirst()).contains(where: { $0 <= $1 }) {
            throw StoreError.invalid(FieldError(field: "band0", message: "Mỗi ngưỡng phải cao hơn ngưỡng xếp loại sau nó."))
        }
        for (record, minimum) in zip(rows, minimums) where record.minimum != minimum {
            guard let id = record.id else { continue }
            let before = try Audit.snapshot(db, .band, id: id)
            try db.execute(sql: "UPDATE band SET minimum = ?, version = version + 1, updated_at = ? WHERE id = ?",
                           arguments: [minimum, timestamp(), id])
            try Audit.record(db, editor: editor, entity: .band, id: id, action: "update", before: before)
        }
        return ChangeResult(entity: .band, id: rows.first?.id ?? 0, message: "Đã lưu ngưỡng xếp loại.")
    }

    static func setQuota(_ db: Database, round: Int64, _ quota: Quota, _ editor: Editor) throws -> ChangeResult {
        if let error = quota.validationErrors().first { throw StoreError.invalid(error) }
        guard let before = try Audit.snapshot(db, .round, id: round) else { throw StoreError.conflict }
        let use = try AppDatabase.quotaUse(db, round: round)
        for subject in [ScoreSubject.unit, .person] where (use.awarded[subject] ?? 0) > quota.limit(subject) {
            throw StoreError.invalid(FieldError(field: subject == .unit ? "collective" : "individual",
                                                message: "Đã khen \(use.awarded[subject] ?? 0); chỉ tiêu không thể thấp hơn."))
        }
        try db.execute(sql: """
            UPDATE round SET quota_collective = ?, quota_individual = ?, version = version + 1, updated_at = ? WHERE id = ?
            """, arguments: [quota.collective, quota.individual, timestamp(), round])
        try Audit.record(db, editor: editor, entity: .round, id: round, action: "update", before: before)
        return ChangeResult(entity: .round, id: round,
                            message: "Đã lưu chỉ tiêu: \(quota.collective) tập thể, \(quota.individual) cá nhân.")
    }

    /// The template version a sheet was given under; nil while it has no score.
    static func sheetTemplate(_ db: Database, round: Int64, _ subject: ScoreSubject, _ subjectID: Int64,
                              _ assessor: Assessor) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT template_id FROM sheet_total WHERE round_id = ? AND subject = ? AND subject_id = ? AND assessor = ?
            """, arguments: [round, subject.rawValue, subjectID, assessor.rawValue])
    }

    /// Whether any sheet was given under the template (which then stays as it is).
    static func isScored(_ db: Database, template: Int64) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sheet_total WHERE template_id = ?)", arguments: [template]) == true
    }

    static func templateVersion(_ db: Database, _ template: Int64) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT version FROM criteria_template WHERE id = ?", arguments: [template]) ?? 0
    }

    /// The newest version of a group's template in a round.
    static func currentTemplate(_ db: Database, round: Int64, groupCode: String) throws -> CriteriaTemplate? {
        guard let record = try CriteriaTemplateRecord.filter(sql: "round_id = ? AND group_code = ?", arguments: [round, groupCode])
                .order(sql: "version DESC").fetchOne(db), let id = record.id,
              let group = ScoringGroup.allCases.first(where: { $0.code == groupCode }) else { return nil }
        let criteria = try CriterionRecord.filter(sql: "template_id = ?", arguments: [id]).order(sql: "position").fetchAll(db)
        return CriteriaTemplate(id: id, roundID: round, version: record.version, group: group, criteria: criteria.map(\.model))
    }

    /// The template to edit: the current version while no score uses it, else a new version
    /// copied from it, so scores already given keep the criteria they were given under. The new
    /// version, its copies and the edit made in it are one batch for undo (`editor` is marked).
    private static func editableTemplate(_ db: Database, round: Int64, group: ScoringGroup,
                                         editor: inout Editor) throws -> CriteriaTemplate {
        guard let current = try currentTemplate(db, round: round, groupCode: group.code) else { throw StoreError.conflict }
        guard try isScored(db, template: current.id) else { return current }
        var record = CriteriaTemplateRecord(roundId: round, groupCode: group.code, version: current.version + 1)
        try record.insert(db)
        guard let id = record.id else { throw StoreError.conflict }
        editor.batch = "template:\(id)"
        try Audit.record(db, editor: editor, entity: .template, id: id, action: "create", before: nil)
        var copied: [Criterion] = []
        for (position, criterion) in current.criteria.enumerated() {
            var row = CriterionRecord(templateId: id, position: position,
                                      Criterion(code: criterion.code, title: criterion.title, maxPoints: criterion.maxPoints),
                                      now: timestamp())
            try row.insert(db)
            if let copy = row.id { try Audit.record(db, editor: editor, entity: .criterion, id: copy, action: "create", before: nil) }
            copied.append(row.model)
        }
        return CriteriaTemplate(id: id, roundID: round, version: record.version, group: group, criteria: copied)
    }

    /// The scored unit's or person's name; a unit must be active and in the template's group.
    static func subjectName(_ db: Database, _ subject: ScoreSubject, _ id: Int64, group: ScoringGroup?) throws -> String {
        switch subject {
        case .unit:
            guard let unit = try UnitRecord.fetchOne(db, key: id), !unit.archived else {
                throw StoreError.invalid(FieldError(field: "points", message: "Không tìm thấy đơn vị này (đã lưu trữ?)."))
            }
            if let group, group.code != unit.groupCode {
                throw StoreError.invalid(FieldError(field: "points", message: "“\(unit.name)” không thuộc \(group.shortTitle)."))
            }
            return unit.name
        case .person:
            guard let person = try PersonRecord.fetchOne(db, key: id), !person.archived else {
                throw StoreError.invalid(FieldError(field: "points", message: "Không tìm thấy cá nhân này (đã lưu trữ?)."))
            }
            if let group, group != .individual {
                throw StoreError.invalid(FieldError(field: "points", message: "Cá nhân chấm theo bộ tiêu chí cá nhân."))
            }
            return person.name
        }
    }
}
