import GRDB
import Model

extension AppDatabase {
    /// One unit with its people, initiatives, registrations, reports owed and scores by round.
    public func unitDetail(id: Int64) throws -> UnitDetail? {
        try read { db in
            guard let unit = try UnitRecord.fetchOne(db, key: id)?.model else { return nil }
            let people = try PersonRecord.filter(sql: "unit_id = ? AND archived = 0", arguments: [id])
                .order(sql: "name_sort").fetchAll(db).map(\.model)
            let initiatives = try InitiativeRecord.filter(sql: "unit_id = ? AND archived = 0", arguments: [id])
                .order(sql: "area, title_sort").fetchAll(db).map(\.model)
            let registrations = try RegistrationRecord.filter(sql: "unit_id = ?", arguments: [id])
                .order(sql: "registered_on").fetchAll(db).map { try $0.model() }
            // Phòng VH-XH's page also shows its compiled reports, stored with no unit.
            let compiles = unit.name == Plan.compilingBody
            let received = try Row.fetchAll(db, sql: """
                SELECT slot_id, received_on FROM report_receipt WHERE unit_id = ? OR (? AND unit_id IS NULL)
                """, arguments: [id, compiles])
                .reduce(into: [Int: Day]()) { $0[$1["slot_id"]] = Day(iso: $1["received_on"]) }
            let reports = try Self.reportSlots(db)
                .filter { $0.isOwed(by: unit.group, joinedOn: unit.joinedOn) || ($0.isCompiled && compiles) }
                .map { UnitDetail.ReportLine(slot: $0, received: received[$0.id]) }
            let scores = try Row.fetchAll(db, sql: """
                SELECT r.title,
                  (SELECT total FROM sheet_total s WHERE s.subject = 'unit' AND s.subject_id = ? AND s.assessor = 'self'
                   AND s.round_id = r.id) AS self_total,
                  (SELECT total FROM sheet_total s WHERE s.subject = 'unit' AND s.subject_id = ? AND s.assessor = 'council'
                   AND s.round_id = r.id) AS council_total
                FROM round r ORDER BY r.id
                """, arguments: [id, id])
                .compactMap { row -> UnitDetail.RoundScore? in
                    let selfTotal: Double? = row["self_total"], councilTotal: Double? = row["council_total"]
                    guard selfTotal != nil || councilTotal != nil else { return nil }
                    return UnitDetail.RoundScore(round: row["title"], selfTotal: selfTotal, councilTotal: councilTotal)
                }
            return UnitDetail(unit: unit, people: people, initiatives: initiatives, registrations: registrations,
                              reports: reports, scores: scores)
        }
    }
}
