import GRDB
import Model

extension AppDatabase {
    /// Everything the council's slides show as of `today`, read in a few indexed queries
    /// (three leaders per group, counts by area), so it opens at once on a province's file.
    public func presentationFacts(today: Day) throws -> PresentationFacts {
        let data = try dashboard()
        var facts = PresentationFacts(today: today)
        facts.phases = try data.phases.map { phase in
            PresentationFacts.PhaseProgress(phase: phase, summary: try activitySummary(ActivityQuery(phase), today: today,
                                                                                        elapsed: phase.elapsed(on: today)))
        }
        facts.overdueActivities = facts.phases.map(\.summary.overdue).reduce(0, +)
        facts.nextMilestone = data.milestones.filter { $0.lastDay >= today }.min { $0.lastDay < $1.lastDay }
        // The deadlines that have opened, the latest four: what the room can still act on.
        let tally = try reportTally(today: today)
        let opened = data.slots.filter { !$0.isCompiled && $0.opensOn <= today }.sorted { $0.dueBefore < $1.dueBefore }.suffix(4)
        facts.reportBars = opened.flatMap { slot in
            UnitGroup.allCases.filter(slot.expects).map { group in
                PresentationFacts.ReportBar(slot: slot, group: group,
                                            rate: tally.rate(slot, groups: [group]))
            }
        }
        let scored = try read { try Int64.fetchAll($0, sql: """
            SELECT id FROM round r WHERE EXISTS (SELECT 1 FROM sheet_total WHERE round_id = r.id AND assessor = 'council')
            """) }
        facts.scoredRound = data.rounds.filter { scored.contains($0.id) && $0.year <= today.year }.max { $0.id < $1.id }
        if let round = facts.scoredRound {
            facts.leaders = try UnitGroup.allCases.map { group in
                let ranks = try rankTable(round: round.id, group: .collective(group))
                let rows = try worksheet(WorksheetQuery(roundID: round.id, group: .collective(group), sort: .rank), offset: 0, limit: 3).rows
                return PresentationFacts.LeaderBoard(group: group, rows: rows.compactMap { row in
                    row.sheet(.council).total.map { total in
                        PresentationFacts.Leader(name: row.name, total: total, band: data.bands.label(for: total), rank: ranks.rank(of: total))
                    }
                })
            }
        }
        facts.initiativesByArea = try read { db in
            try Row.fetchAll(db, sql: "SELECT area, COUNT(*) AS n FROM initiative WHERE archived = 0 GROUP BY area")
                .reduce(into: [:]) { counts, row in
                    if let area = ContentArea(rawValue: row["area"]) { counts[area] = row["n"] }
                }
        }
        let proposed = try read { try Int64.fetchAll($0, sql: "SELECT id FROM round r WHERE EXISTS (SELECT 1 FROM proposal WHERE round_id = r.id)") }
        facts.awardRound = data.rounds.filter { proposed.contains($0.id) }.max { $0.id < $1.id } ?? data.defaultRound(today: today)
        if let round = facts.awardRound { facts.quotaUse = try read { try Self.quotaUse($0, round: round.id) } }
        facts.overdueReports = try reminders(today: today, days: 0).filter {
            if case .overdue = $0.status { return true }
            return false
        }
        return facts
    }
}
