import GRDB
import Model

extension AppDatabase {
    /// One window of a phase's activities, by start then end, with the unit's name.
    public func activities(_ query: ActivityQuery, offset: Int, limit: Int) throws -> ListWindow<ActivityRow> {
        try read { db in
            try Self.window(db, columns: "a.*, COALESCE((SELECT name FROM unit WHERE unit.id = a.unit_id), '') AS unit_name",
                            filter: Self.activityFilter(query), order: "a.start_on, a.end_on, a.id",
                            offset: offset, limit: limit) { row in
                ActivityRow(activity: try ActivityRecord(row: row).model(), unitName: row["unit_name"])
            }
        }
    }

    /// The phase line's counts: done, running, overdue, upcoming on `today`, by Model's rule.
    public func activitySummary(_ query: ActivityQuery, today: Day, elapsed: Double) throws -> PhaseSummary {
        try read { db in
            let filter = Self.activityFilter(query)
            var summary = PhaseSummary(elapsed: elapsed)
            for row in try Row.fetchAll(db, sql: "SELECT a.start_on, a.end_on, a.progress, a.status \(filter.sql)",
                                        arguments: filter.arguments) {
                let activity = Activity(title: "", area: .a, start: try day(row["start_on"]), end: try day(row["end_on"]),
                                        progress: row["progress"], status: ActivityStatus(rawValue: row["status"]) ?? .planned)
                summary.count(activity.standing(on: today))
            }
            return summary
        }
    }

    private static func activityFilter(_ query: ActivityQuery) -> SQLFilter {
        var filter = SQLFilter("activity a")
        filter.add("a.archived = ?", false)
        filter.add("a.start_on <= ?", query.to.iso)
        filter.add("a.end_on >= ?", query.from.iso)
        return filter
    }
}
