import GRDB
import Model

extension AppDatabase {
    /// A round's proposals (collectives first, then individuals, by council total) and its quota use.
    public func awards(round: Int64) throws -> (rows: [AwardRow], use: QuotaUse) {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT p.*, COALESCE(u.name, pe.name, '') AS subject_name, u.group_code AS unit_group,
                  (SELECT total FROM sheet_total st WHERE st.round_id = p.round_id AND st.subject = p.subject
                   AND st.subject_id = p.subject_id AND st.assessor = 'council') AS council_total
                FROM proposal p
                LEFT JOIN unit u ON p.subject = 'unit' AND u.id = p.subject_id
                LEFT JOIN person pe ON p.subject = 'person' AND pe.id = p.subject_id
                WHERE p.round_id = ?
                ORDER BY p.subject DESC, p.withdrawn, council_total DESC, p.id
                """, arguments: [round]).map { row -> AwardRow in
                let proposal = try ProposalRecord(row: row).model(name: row["subject_name"])
                let group: ScoringGroup = (row["unit_group"] as String?).flatMap(UnitGroup.init(rawValue:)).map { .collective($0) }
                    ?? .individual
                return AwardRow(proposal: proposal, group: group, councilTotal: row["council_total"])
            }
            return (rows, try Self.quotaUse(db, round: round))
        }
    }

    /// The proposal a subject has in a round, if any (withdrawn ones too).
    public func proposal(round: Int64, subject: ScoreSubject, subjectID: Int64) throws -> Proposal? {
        try read { db in
            guard let record = try ProposalRecord.filter(sql: "round_id = ? AND subject = ? AND subject_id = ?",
                                                         arguments: [round, subject.rawValue, subjectID]).fetchOne(db) else {
                return nil
            }
            return try record.model(name: try Writes.subjectName(db, subject, subjectID, group: nil))
        }
    }

    /// The trail of one proposal, oldest first: each step it went through.
    public func history(ofProposal id: Int64) throws -> [HistoryEntry] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT at, who, action, before, after FROM audit WHERE entity = 'proposal' AND entity_id = ? ORDER BY id
                """, arguments: [id]).map { row in
                let before = try Audit.decode(row["before"]), after = try Audit.decode(row["after"])
                let changed = before == nil ? "" : Self.proposalChanges(before, after)
                return HistoryEntry(at: row["at"], who: row["who"], action: row["action"],
                                    summary: "\(Self.stage(before)) → \(Self.stage(after))" + (changed.isEmpty ? "" : "; \(changed)"))
            }
        }
    }

    /// What a step changed in a proposal, each field as its form names it and each value as shown.
    private static func proposalChanges(_ before: Audit.Snapshot?, _ after: Audit.Snapshot?) -> String {
        let labels: [(String, String)] = [
            ("reason", "Thành tích, lý do"), ("dossier", "Hồ sơ"), ("proposed_on", "Ngày đề nghị"),
            ("appraisal", "Ý kiến thẩm định"), ("appraised_on", "Ngày thẩm định"), ("votes_yes", "Tán thành"),
            ("votes_no", "Không tán thành"), ("votes_abstain", "Phiếu trắng"), ("voted_on", "Ngày biểu quyết"),
            ("decision_number", "Số quyết định"), ("decided_on", "Ngày quyết định"), ("awarded", "Quyết định"),
            ("golden_number", "Số sổ vàng"), ("withdrawn", "Đã rút"),
        ]
        func shown(_ key: String, _ value: Audit.Value?) -> String {
            switch (key, value) {
            case ("awarded", .integer(let n)?): return n == 1 ? "Tặng Giấy khen" : "Không khen"
            case ("withdrawn", .integer(let n)?): return n == 1 ? "có" : "không"
            case (_, .text(let text)?) where key.hasSuffix("_on"): return Day(iso: text)?.display ?? text
            default: return text(value)
            }
        }
        return labels.filter { before?[$0.0] != after?[$0.0] }
            .map { "\($0.1): \(shown($0.0, before?[$0.0])) → \(shown($0.0, after?[$0.0]))" }.joined(separator: "; ")
    }

    private static func stage(_ snapshot: Audit.Snapshot?) -> String {
        guard let snapshot else { return "—" }
        func has(_ key: String) -> Bool { if case .null = snapshot[key] ?? .null { return false } else { return true } }
        if case .integer(1) = snapshot["withdrawn"] { return ProposalStage.withdrawn.title }
        if case .integer(let awarded) = snapshot["awarded"] {
            return (awarded == 1 ? ProposalStage.awarded : .declined).title
        }
        if has("voted_on") { return ProposalStage.voted.title }
        return (has("appraised_on") ? ProposalStage.appraised : .proposed).title
    }
}

extension AppDatabase {
    /// The trail of any audited row, oldest first: each entry's changed columns, before → after.
    public func history(of entity: ChangeResult.Entity, id: Int64) throws -> [HistoryEntry] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT at, who, action, before, after FROM audit WHERE entity = ? AND entity_id = ? ORDER BY id",
                             arguments: [entity.rawValue, id]).map { row in
                let before = try Audit.decode(row["before"]), after = try Audit.decode(row["after"])
                return HistoryEntry(at: row["at"], who: row["who"], action: row["action"], summary: Self.changes(before, after))
            }
        }
    }

    /// "name: A → B; head: — → C", leaving out the bookkeeping columns.
    private static func changes(_ before: Audit.Snapshot?, _ after: Audit.Snapshot?) -> String {
        let skipped: Set<String> = ["id", "version", "created_at", "updated_at", "name_fold", "name_sort", "head_sort",
                                    "title_fold", "title_sort", "name_key", "pin_salt", "pin_hash", "pin_rounds", "pin_check"]
        let keys = Set((before ?? [:]).keys).union((after ?? [:]).keys).subtracting(skipped).sorted()
        let changed = keys.filter { before?[$0] != after?[$0] }
        guard before != nil, after != nil else { return Audit.label(after ?? before) }
        return changed.map { key in
            let flag = key == "archived" || key == "withdrawn" || key == "awarded"
            return "\(labels[key] ?? key): \(text(before?[key], flag: flag)) → \(text(after?[key], flag: flag))"
        }.joined(separator: "; ")
    }

    /// The columns as the forms name them (a column not listed keeps its own name).
    private static let labels: [String: String] = [
        "name": "Tên", "head": "Người đứng đầu", "phone": "Điện thoại", "group_code": "Nhóm", "joined_on": "Ngày tham gia",
        "archived": "Lưu trữ", "position": "Chức vụ", "kind": "Đối tượng", "unit_id": "Đơn vị (mã)", "born_on": "Ngày sinh",
        "gender": "Giới tính", "title": "Tên", "area": "Nội dung", "sector": "Lĩnh vực", "started_on": "Ngày bắt đầu",
        "status": "Trạng thái", "recognised_by": "Công nhận bởi", "recognised_on": "Ngày công nhận", "points": "Điểm",
        "role": "Vai trò", "received_on": "Ngày nhận", "note": "Ghi chú", "failures": "Lần sai mã PIN", "failed_at": "Lần sai cuối",
        "body": "Nội dung cài đặt", "term": "Kỳ đăng ký", "registered_on": "Ngày đăng ký", "person_id": "Cá nhân (mã)",
    ]

    private static func text(_ value: Audit.Value?, flag: Bool = false) -> String {
        switch value {
        case .integer(let n) where flag: return n == 0 ? "không" : "có"
        case .text(let s) where s.count == 10 && Day(iso: s) != nil: return Day(iso: s)!.display
        case .text(let s): return s.isEmpty ? "—" : s
        case .integer(let n): return String(n)
        case .real(let x): return formatPoints(x)
        case .null, nil: return "—"
        }
    }
}
