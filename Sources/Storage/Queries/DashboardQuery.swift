import GRDB
import Model

extension AppDatabase {
    /// What the panes show, read in one snapshot so the figures agree with each other.
    public func dashboard() throws -> Dashboard {
        try read { db in
            let settings = Dictionary(uniqueKeysWithValues: try SettingRecord.fetchAll(db).map { ($0.key, $0.value) })
            var movement = Plan.movement
            movement.name = settings["movement_name"] ?? movement.name
            movement.shortName = settings["movement_short_name"] ?? movement.shortName
            movement.commune = settings["commune"] ?? movement.commune
            movement.province = settings["province"] ?? movement.province

            let counts = try Row.fetchAll(db, sql: "SELECT group_code, COUNT(*) AS n FROM unit WHERE archived = 0 GROUP BY group_code")
                .reduce(into: [UnitGroup: Int]()) { counts, row in
                    if let group = UnitGroup(rawValue: row["group_code"]) { counts[group] = row["n"] }
                }
            return Dashboard(
                movement: movement,
                phases: try PhaseRecord.order(sql: "id").fetchAll(db).map { try $0.model() },
                milestones: try MilestoneRecord.order(sql: "date, id").fetchAll(db).map { try $0.model() },
                unitCounts: counts,
                slots: try Self.reportSlots(db),
                rounds: try RoundRecord.order(sql: "id").fetchAll(db).map(\.model),
                templates: try Self.latestTemplates(db),
                bands: Bands(bands: try BandRecord.fetchAll(db).map { Band(minimum: $0.minimum, label: $0.label) },
                             belowAll: settings["band_below_all"] ?? Plan.bands.belowAll),
                demo: settings["demo"]
            )
        }
    }

    /// The newest template version of each group in each round, with its criteria in order.
    static func latestTemplates(_ db: Database) throws -> [CriteriaTemplate] {
        let templates = try CriteriaTemplateRecord.fetchAll(db, sql: """
            SELECT * FROM criteria_template t
            WHERE version = (SELECT MAX(version) FROM criteria_template u WHERE u.round_id = t.round_id AND u.group_code = t.group_code)
            ORDER BY round_id
            """)
        let criteria = try CriterionRecord.fetchAll(db, sql: """
            SELECT * FROM criterion WHERE template_id IN (\(templates.compactMap(\.id).map(String.init).joined(separator: ",")))
            ORDER BY position
            """)
        let byTemplate = Dictionary(grouping: criteria, by: \.templateId)
        let groups = Dictionary(uniqueKeysWithValues: ScoringGroup.allCases.map { ($0.code, $0) })
        return templates.compactMap { record -> CriteriaTemplate? in
            guard let id = record.id, let group = groups[record.groupCode] else { return nil }
            return CriteriaTemplate(id: id, roundID: record.roundId, version: record.version, group: group,
                                    criteria: (byTemplate[id] ?? []).map(\.model))
        }.sorted { ($0.roundID, ScoringGroup.allCases.firstIndex(of: $0.group) ?? 0) < ($1.roundID, ScoringGroup.allCases.firstIndex(of: $1.group) ?? 0) }
    }
}
