import GRDB
import Model

extension AppDatabase {
    /// One window of a worksheet: the group's active units (or all active people) by name,
    /// or the council-scored ones by rank, with both assessors' scores.
    public func worksheet(_ query: WorksheetQuery, offset: Int, limit: Int) throws -> ListWindow<WorksheetRow> {
        try read { db in try Self.worksheetWindow(db, query, offset: offset, limit: limit, counted: true) }
    }

    /// The top of a group's ranking (nil when no sheet is complete), without counting the rest.
    public func worksheetLeader(round: Int64, group: ScoringGroup) throws -> WorksheetRow? {
        try read { db in
            try Self.worksheetWindow(db, WorksheetQuery(roundID: round, group: group, sort: .rank), offset: 0, limit: 1, counted: false)
                .rows.first
        }
    }

    private static func worksheetWindow(_ db: Database, _ query: WorksheetQuery, offset: Int, limit: Int,
                                        counted: Bool) throws -> ListWindow<WorksheetRow> {
        let source = worksheetSource(query)
        var window = try window(db, columns: source.columns, filter: source.filter, order: source.order,
                                offset: offset, limit: limit, total: counted ? nil : 0) { row in
            WorksheetRow(id: row["id"], name: row["name"], note: row["note"])
        }
        try fillSheets(db, &window.rows, round: query.roundID, subject: ScoreSubject(query.group))
        return window
    }

    /// What a worksheet lists and in which order: the group's active subjects by name, or the
    /// council-ranked ones by rank (`st` then names their sheet totals).
    static func worksheetSource(_ query: WorksheetQuery) -> (filter: SQLFilter, order: String, columns: String) {
        let subject = ScoreSubject(query.group)
        var filter = SQLFilter(subject == .unit ? "unit s" : "person s")
        filter.add("s.archived = ?", false)
        if case .collective(let group) = query.group { filter.add("s.group_code = ?", group.rawValue) }
        var order = "s.name_sort, s.id"
        if query.sort == .rank {
            filter = SQLFilter(subject == .unit ? "sheet_total st JOIN unit s ON s.id = st.subject_id"
                                                : "sheet_total st JOIN person s ON s.id = st.subject_id")
            filter.add("st.round_id = ?", query.roundID)
            filter.add("st.group_code = ?", query.group.code)
            filter.add("st.assessor = ?", Assessor.council.rawValue)
            filter.add("st.subject = ?", subject.rawValue)
            filter.add("s.archived = ?", false)
            // A sheet short of some criteria joins the ranking once complete.
            filter.add(Writes.complete("st"))
            order = "st.total DESC, s.name_sort, s.id"
        }
        let note = subject == .unit ? "s.head" : "COALESCE((SELECT name FROM unit WHERE unit.id = s.unit_id), '')"
        return (filter, order, "s.id, s.name, \(note) AS note")
    }

    /// The worksheet's subjects that have a score, in name order, without the note (an export
    /// has no column for it). One pass over the round's scores joined to their subjects and
    /// sorted, as SQLite's own shell would read them: reading each subject's scores by id
    /// instead went back to the same pages of `score` 900,000 times for a province's individuals.
    func forEachScoredWorksheetRow(round: Int64, group: ScoringGroup, _ body: (WorksheetRow) throws -> Void) throws {
        let subject = ScoreSubject(group)
        var arguments: StatementArguments = [round, subject.rawValue]
        var onlyGroup = ""
        if case .collective(let unitGroup) = group {
            onlyGroup = "AND s.group_code = ?"
            arguments += [unitGroup.rawValue]
        }
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT s.id, s.name, sc.assessor, sc.criterion_id, sc.points, st.template_id
                FROM score sc JOIN \(subject == .unit ? "unit" : "person") s ON s.id = sc.subject_id
                LEFT JOIN sheet_total st ON st.round_id = sc.round_id AND st.subject = sc.subject
                  AND st.subject_id = sc.subject_id AND st.assessor = sc.assessor
                WHERE sc.round_id = ? AND sc.subject = ? AND s.archived = 0 \(onlyGroup)
                ORDER BY s.name_sort, s.id
                """, arguments: arguments)
            var current: WorksheetRow?
            while let row = try rows.next() {
                let id: Int64 = row[0]
                if current?.id != id {
                    if let done = current { try body(done) }
                    current = WorksheetRow(id: id, name: row[1], note: "")
                }
                guard let assessor = Assessor(rawValue: row[2]) else { continue }
                current?.sheets[assessor, default: ScoreSheet()].points[row[3]] = row[4]
                current?.sheets[assessor]?.templateID = row[5]
            }
            if let done = current { try body(done) }
        }
    }

    /// One subject's two sheets in a round (self and council), for the meeting's slide.
    public func sheets(round: Int64, subject: ScoreSubject, id: Int64) throws -> WorksheetRow {
        try read { db in
            var rows = [WorksheetRow(id: id, name: "", note: "")]
            try Self.fillSheets(db, &rows, round: round, subject: subject)
            return rows[0]
        }
    }

    private static func fillSheets(_ db: Database, _ rows: inout [WorksheetRow], round: Int64, subject: ScoreSubject) throws {
        guard !rows.isEmpty else { return }
        let index = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1.id, $0) })
        // Read in slices: an export asks for every row, and SQLite bounds a statement's arguments.
        // Columns by position: an export reads millions of them, and a name is looked up ignoring case.
        for ids in stride(from: 0, to: rows.count, by: 500).map({ rows[$0..<min($0 + 500, rows.count)].map(\.id) }) {
            let list = ids.map(String.init).joined(separator: ",")
            for row in try Row.fetchAll(db, sql: """
                SELECT subject_id, assessor, template_id, \(Writes.complete("st")) FROM sheet_total st
                WHERE round_id = ? AND subject = ? AND subject_id IN (\(list))
                """, arguments: [round, subject.rawValue]) {
                guard let position = index[row[0]], let assessor = Assessor(rawValue: row[1]) else { continue }
                rows[position].sheets[assessor, default: ScoreSheet()].templateID = row[2]
                rows[position].sheets[assessor, default: ScoreSheet()].scoredInFull = row[3]
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT subject_id, assessor, criterion_id, points FROM score
                WHERE round_id = ? AND subject = ? AND subject_id IN (\(list))
                """, arguments: [round, subject.rawValue]) {
                guard let position = index[row[0]], let assessor = Assessor(rawValue: row[1]) else { continue }
                rows[position].sheets[assessor, default: ScoreSheet()].points[row[2]] = row[3]
            }
        }
    }

    /// How many active subjects of a round and group hold each council total, for ranks: every
    /// complete sheet counted from the ranking index, less the archived subjects' (few: read from
    /// them, CROSS JOIN keeping that order), so that a unit no list shows takes no rank.
    public func rankTable(round: Int64, group: ScoringGroup) throws -> RankTable {
        let subject = ScoreSubject(group)
        return try read { db in
            let all = try Row.fetchAll(db, sql: """
                SELECT total, COUNT(*) AS n FROM sheet_total st WHERE round_id = ? AND group_code = ? AND assessor = 'council'
                AND \(Writes.complete("st"))
                GROUP BY total
                """, arguments: [round, group.code]).map { (total: $0["total"] as Double, count: $0["n"] as Int) }
            let archived = try Row.fetchAll(db, sql: """
                SELECT st.total, COUNT(*) AS n FROM \(subject == .unit ? "unit" : "person") s
                CROSS JOIN sheet_total st ON st.subject = ? AND st.subject_id = s.id AND st.assessor = 'council' AND st.round_id = ?
                WHERE s.archived = 1 AND st.group_code = ? AND \(Writes.complete("st"))
                GROUP BY st.total
                """, arguments: [subject.rawValue, round, group.code]).map { (total: $0["total"] as Double, count: -($0["n"] as Int)) }
            return RankTable(totals: all + archived)
        }
    }

    /// The trail of one score cell, oldest first (a cell cleared and scored again is one trail).
    public func history(of cell: ScoreCell) throws -> [HistoryEntry] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT at, who, action, before, after FROM audit WHERE entity = 'score'
                AND json_extract(COALESCE(after, before), '$.round_id') = ?
                AND json_extract(COALESCE(after, before), '$.subject') = ?
                AND json_extract(COALESCE(after, before), '$.subject_id') = ?
                AND json_extract(COALESCE(after, before), '$.assessor') = ?
                AND json_extract(COALESCE(after, before), '$.criterion_id') = ?
                ORDER BY id
                """, arguments: [cell.roundID, cell.subject.rawValue, cell.subjectID, cell.assessor.rawValue, cell.criterionID])
                .map { row in
                    let before = try Audit.decode(row["before"]), after = try Audit.decode(row["after"])
                    let summary = "\(Self.points(before)) → \(Self.points(after))"
                    return HistoryEntry(at: row["at"], who: row["who"], action: row["action"], summary: summary)
                }
        }
    }

    private static func points(_ snapshot: Audit.Snapshot?) -> String {
        switch snapshot?["points"] {
        case .integer(let n): return "\(n)"
        case .real(let x): return formatPoints(x)
        default: return "—"
        }
    }
}

extension AppDatabase {
    /// The name the latest change was recorded under, to offer at the next start.
    public func lastOfficer() throws -> String {
        try read { try String.fetchOne($0, sql: "SELECT who FROM audit WHERE who <> '' ORDER BY id DESC LIMIT 1") ?? "" }
    }
}
