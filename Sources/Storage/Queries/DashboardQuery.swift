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
                templates: try latestTemplates(db),
                bands: Bands(bands: try BandRecord.fetchAll(db).map { Band(minimum: $0.minimum, label: $0.label) },
                             belowAll: settings["band_below_all"] ?? Plan.bands.belowAll),
                demo: settings["demo"]
            )
        }
    }

    /// The newest template version of each group, in the groups' fixed order.
    private func latestTemplates(_ db: Database) throws -> [CriteriaTemplate] {
        try ScoringGroup.allCases.compactMap { group in
            guard let template = try CriteriaTemplateRecord
                .filter(sql: "group_code = ?", arguments: [group.code])
                .order(sql: "version DESC").fetchOne(db), let id = template.id else { return nil }
            let criteria = try CriterionRecord.filter(sql: "template_id = ?", arguments: [id])
                .order(sql: "position").fetchAll(db).map(\.model)
            return CriteriaTemplate(group: group, criteria: criteria)
        }
    }
}
