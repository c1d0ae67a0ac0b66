import GRDB
import Model

extension AppDatabase {
    /// Undoes this session's latest change not yet undone, as a new change with its own
    /// audit entry. Refused when the row was changed again since, or when removing a
    /// created row would orphan what was added under it.
    public func undoLast(by editor: Editor) throws -> ChangeResult {
        try write { db in
            guard let entry = try Row.fetchOne(db, sql: """
                SELECT * FROM audit a WHERE session = ? AND action <> 'undo' AND entity NOT IN ('disclosure', 'demo')
                AND NOT EXISTS (SELECT 1 FROM audit b WHERE b.undoes = a.id)
                ORDER BY id DESC LIMIT 1
                """, arguments: [editor.session]) else {
                throw StoreError.cannotUndo("Không còn thay đổi nào để hoàn tác.")
            }
            let action: String = entry["action"]
            guard let colon = action.lastIndex(of: ":") else { return try Self.undo(db, entry, editor) }
            // A batch is one step: every record it wrote goes back, the last first, or none does.
            let batch = String(action[..<colon])
            let entries = try Row.fetchAll(db, sql: """
                SELECT * FROM audit a WHERE session = ? AND action LIKE ? ESCAPE '\\'
                AND NOT EXISTS (SELECT 1 FROM audit b WHERE b.undoes = a.id) ORDER BY id DESC
                """, arguments: [editor.session, batch.replacingOccurrences(of: "_", with: "\\_") + ":%"])
            let results = try entries.map { try Self.undo(db, $0, editor) }
            guard batch.hasPrefix("template:"), let edit = results.first else {
                return ChangeResult(entity: .unit, id: 0, message: "Đã hoàn tác việc nhập \(entries.count) bản ghi từ tệp.")
            }
            let version = try Audit.decode(entries.last?["after"])?["version"].flatMap(Self.integer) ?? 0
            return ChangeResult(entity: edit.entity, id: edit.id,
                                message: "\(edit.message) Bộ tiêu chí trở về bản \(max(version - 1, 1)).")
        }
    }

    /// Undoes one entry, as a new audited change.
    private static func undo(_ db: Database, _ entry: Row, _ editor: Editor) throws -> ChangeResult {
        guard let entity = ChangeResult.Entity(rawValue: entry["entity"]) else {
            throw StoreError.cannotUndo("Không còn thay đổi nào để hoàn tác.")
        }
        let id: Int64 = entry["entity_id"]
        let before = try Audit.decode(entry["before"])
        let after = try Audit.decode(entry["after"])
        let current = try Audit.snapshot(db, entity, id: id)
        // Unchanged since the entry: the same content (an undo of a later change puts the
        // content back but not the version, so versions alone would refuse a second undo).
        guard Self.content(current) == Self.content(after) else {
            throw StoreError.cannotUndo("Bản ghi đã được sửa sau thay đổi này; không hoàn tác được.")
        }
        // A unit brought back active takes its name again: refused when another active unit of
        // the group has it since (another program may have given it out meanwhile).
        if entity == .unit, let before, before["archived"] == .integer(0), case .text(let name) = before["name"],
           case .text(let group) = before["group_code"],
           try Writes.takenNames(db, like: name, group: group, excluding: id).contains(Unit.nameKey(name)) {
            throw StoreError.cannotUndo("Không hoàn tác được: đã có đơn vị đang hoạt động tên “\(name)” trong nhóm \(group).")
        }
        try refuseUnderScores(db, entity, before ?? after)
        if entity == .score, let before { try refuseScoreNoLongerFitting(db, before) }
        if let before, current == nil {
            // A deleted row comes back as it was, under its own id, unless another took its place.
            do {
                try reinsert(db, entity, before)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw StoreError.cannotUndo("Không hoàn tác được: đã có bản ghi khác thay cho “\(Audit.label(before))”.")
            }
        } else if let before {
            try restore(db, entity, id: id, to: before, version: (current?["version"]).flatMap(Self.integer) ?? 0)
        } else {
            // Scores and proposals name their unit or person by kind and id, not by a foreign
            // key: another program may have scored what this one is taking back (a sheet's
            // total stands for its scores, and is found by its index).
            if entity == .unit || entity == .person, try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM sheet_total WHERE subject = ?1 AND subject_id = ?2)
                    OR EXISTS (SELECT 1 FROM proposal WHERE subject = ?1 AND subject_id = ?2)
                """, arguments: [entity.rawValue, id]) == true {
                throw StoreError.cannotUndo("Không hoàn tác được: “\(Audit.label(after))” đã được chấm điểm hoặc đề nghị khen.")
            }
            do {
                try db.execute(sql: "DELETE FROM \(entity.rawValue) WHERE id = ?", arguments: [id])
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw StoreError.cannotUndo("Không hoàn tác được: đã có dữ liệu khác gắn với “\(Audit.label(after))”.")
            }
        }
        try refuseBeyondQuota(db, entity, id: id, was: current, now: before)
        if entity == .score, case .integer(let round) = (before ?? after)?["round_id"],
           case .text(let subject) = (before ?? after)?["subject"], case .integer(let subjectID) = (before ?? after)?["subject_id"],
           case .text(let assessor) = (before ?? after)?["assessor"] {
            // Totals are kept per sheet; the generic restore does not know them.
            try Writes.refreshTotal(db, round: round, subject: subject, subjectID: subjectID, assessor: assessor)
        }
        var undoer = editor
        undoer.batch = nil
        try Audit.record(db, editor: undoer, entity: entity, id: id, action: "undo", before: current, undoes: entry["id"])
        return ChangeResult(entity: entity, id: id, message: Self.undone(entry["action"], entity, after ?? before))
    }

    /// What an undo brings back must fit the round's quota as it stands now, as a new proposal,
    /// award or quota would: a proposal standing again, an award made again, a quota put back
    /// under the awards made since are refused (the transaction rolls the undo back).
    private static func refuseBeyondQuota(_ db: Database, _ entity: ChangeResult.Entity, id: Int64,
                                          was: Audit.Snapshot?, now: Audit.Snapshot?) throws {
        let roundID: Int64
        switch entity {
        case .round: roundID = id
        case .proposal: guard let round = (now ?? was)?["round_id"].flatMap(integer) else { return }
            roundID = round
        default: return
        }
        guard let quota = try RoundRecord.fetchOne(db, key: roundID)?.model.quota else { return }
        let use = try AppDatabase.quotaUse(db, round: roundID)
        func standing(_ row: Audit.Snapshot?) -> Bool { row?["withdrawn"] == .integer(0) }
        func awarded(_ row: Audit.Snapshot?) -> Bool { standing(row) && row?["awarded"] == .integer(1) }
        for subject in [ScoreSubject.unit, .person] {
            let limit = quota.limit(subject), proposed = use.proposed[subject] ?? 0, made = use.awarded[subject] ?? 0
            let kind = subject == .unit ? "tập thể" : "cá nhân"
            if entity == .round, made > limit {
                throw StoreError.cannotUndo("Không hoàn tác được: đã khen \(made) \(kind), chỉ tiêu cũ (\(limit)) thấp hơn.")
            }
            guard entity == .proposal, now?["subject"] == .text(subject.rawValue) else { continue }
            if standing(now) && !standing(was) && proposed > limit {
                throw StoreError.cannotUndo("Không hoàn tác được: vượt chỉ tiêu \(limit) \(kind) (đã có \(proposed - 1) đề nghị).")
            }
            if awarded(now) && !awarded(was) && made > limit {
                throw StoreError.cannotUndo("Không hoàn tác được: vượt chỉ tiêu \(limit) \(kind) (đã khen \(made - 1)).")
            }
        }
    }

    /// A criteria template scores were given under stays as it was scored: undoing a change to
    /// one of its criteria (or its creation) is refused, as editing it makes a new version.
    private static func refuseUnderScores(_ db: Database, _ entity: ChangeResult.Entity, _ row: Audit.Snapshot?) throws {
        let template: Int64?
        switch entity {
        case .criterion: template = row?["template_id"].flatMap(integer)
        case .template: template = row?["id"].flatMap(integer)
        default: return
        }
        guard let template, try Writes.isScored(db, template: template) else { return }
        let version = try Writes.templateVersion(db, template)
        throw StoreError.cannotUndo("Không hoàn tác được: đã chấm điểm theo bộ tiêu chí bản \(version); sửa tiêu chí để có bản mới.")
    }

    /// A score brought back must fit as a typed one would: within its criterion's maximum as it
    /// stands now, on a sheet scored under the same template version.
    private static func refuseScoreNoLongerFitting(_ db: Database, _ score: Audit.Snapshot) throws {
        guard let criterionID = score["criterion_id"].flatMap(integer), let points = score["points"].flatMap(number),
              let round = score["round_id"].flatMap(integer), let subjectID = score["subject_id"].flatMap(integer),
              case .text(let subjectCode) = score["subject"], let subject = ScoreSubject(rawValue: subjectCode),
              case .text(let assessorCode) = score["assessor"], let assessor = Assessor(rawValue: assessorCode),
              let criterion = try CriterionRecord.fetchOne(db, key: criterionID) else {
            throw StoreError.cannotUndo("Không hoàn tác được: tiêu chí của điểm này không còn.")
        }
        if case .failure(let error) = criterion.model.check(points) { throw StoreError.cannotUndo("Không hoàn tác được: \(error.message)") }
        if let sheet = try Writes.sheetTemplate(db, round: round, subject, subjectID, assessor), sheet != criterion.templateId {
            let version = try Writes.templateVersion(db, sheet)
            throw StoreError.cannotUndo("Không hoàn tác được: bảng điểm này nay chấm theo bộ tiêu chí bản \(version).")
        }
    }

    /// Puts every column back as it was, with a new version so older reads stay stale.
    private static func restore(_ db: Database, _ entity: ChangeResult.Entity, id: Int64, to snapshot: Audit.Snapshot,
                         version: Int64) throws {
        let columns = snapshot.keys.filter { $0 != "id" && $0 != "version" && $0 != "updated_at" }.sorted()
        let assignments = (columns + ["version", "updated_at"]).map { "\($0) = ?" }.joined(separator: ", ")
        var values = columns.map { snapshot[$0]!.databaseValue }
        values += [(version + 1).databaseValue, timestamp().databaseValue, id.databaseValue]
        try db.execute(sql: "UPDATE \(entity.rawValue) SET \(assignments) WHERE id = ?", arguments: StatementArguments(values))
    }

    private static func reinsert(_ db: Database, _ entity: ChangeResult.Entity, _ snapshot: Audit.Snapshot) throws {
        let columns = snapshot.keys.sorted()
        try db.execute(sql: "INSERT INTO \(entity.rawValue) (\(columns.joined(separator: ", "))) VALUES (\(Self.placeholders(columns.count)))",
                       arguments: StatementArguments(columns.map { snapshot[$0]!.databaseValue }))
    }

    private static func content(_ snapshot: Audit.Snapshot?) -> Audit.Snapshot? {
        snapshot?.filter { $0.key != "version" && $0.key != "updated_at" }
    }

    private static func integer(_ value: Audit.Value) -> Int64? {
        if case .integer(let n) = value { return n }
        return nil
    }

    private static func number(_ value: Audit.Value) -> Double? {
        switch value {
        case .integer(let n): return Double(n)
        case .real(let x): return x
        default: return nil
        }
    }

    /// "Đã hoàn tác việc thêm đơn vị “Xóm Cồn Thoi”.", "Đã hoàn tác việc chấm 13 điểm."
    private static func undone(_ action: String, _ entity: ChangeResult.Entity, _ snapshot: Audit.Snapshot?) -> String {
        if entity == .score {
            let points = Audit.label(snapshot).replacingOccurrences(of: "điểm ", with: "")
            return action == "delete" ? "Đã hoàn tác việc xoá \(points) điểm." : "Đã hoàn tác việc chấm \(points) điểm."
        }
        let label = Audit.label(snapshot)
        let named = label.isEmpty ? noun(entity) : "\(noun(entity)) “\(label)”"
        return "Đã hoàn tác việc \(HistoryEntry.verb(action)) \(named)."
    }

    private static func noun(_ entity: ChangeResult.Entity) -> String {
        switch entity {
        case .unit: return "đơn vị"
        case .person: return "cá nhân"
        case .registration: return "đăng ký thi đua"
        case .initiative: return "sáng kiến"
        case .activity: return "hoạt động"
        case .score: return "điểm"
        case .criterion: return "tiêu chí"
        case .band: return "ngưỡng xếp loại"
        case .round: return "chỉ tiêu khen"
        case .proposal: return "đề nghị khen thưởng"
        case .account: return "tài khoản"
        case .receipt: return "ghi nhận"
        case .template: return "bộ tiêu chí"
        case .communeSetting: return "cài đặt văn bản"
        case .meeting: return "điểm danh cuộc họp"
        case .reportWriting: return "phần viết của báo cáo năm"
        }
    }
}
