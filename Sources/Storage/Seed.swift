import Foundation
import GRDB
import Model

/// First-run seeding of the plan, in one transaction: all of it or none.
enum Seed {
    static let seededKey = "seeded_at"

    static func seedIfNeeded(_ db: Database, now: String) throws {
        if try SettingRecord.fetchOne(db, key: seededKey) != nil { return }
        let movement = Plan.movement
        for (key, value) in [("movement_name", movement.name), ("movement_short_name", movement.shortName),
                             ("commune", movement.commune), ("province", movement.province),
                             ("issued_by", movement.issuedBy)] {
            try SettingRecord(key: key, value: value).insert(db)
        }
        for phase in Plan.phases { try PhaseRecord(phase).insert(db) }
        for milestone in Plan.milestones {
            var record = MilestoneRecord(milestone)
            try record.insert(db)
        }
        for slot in Plan.reportSlots {
            var record = ReportSlotRecord(slot)
            try record.insert(db)
        }
        for body in Plan.namedBodies {
            var record = UnitRecord(Unit(id: 0, name: body.name, group: .a, role: body.role), now: now)
            try record.insert(db)
        }
        for round in try Int64.fetchAll(db, sql: "SELECT id FROM round ORDER BY id") {
            for template in Plan.templates {
                var record = CriteriaTemplateRecord(roundId: round, groupCode: template.group.code, version: 1)
                try record.insert(db)
                guard let templateId = record.id else { continue }
                for (position, criterion) in template.criteria.enumerated() {
                    var row = CriterionRecord(templateId: templateId, position: position, criterion, now: now)
                    try row.insert(db)
                }
            }
        }
        for band in Plan.bands.bands {
            var record = BandRecord(minimum: band.minimum, label: band.label, createdAt: now, updatedAt: now)
            try record.insert(db)
        }
        try SettingRecord(key: "band_below_all", value: Plan.bands.belowAll).insert(db)
        try SettingRecord(key: seededKey, value: now).insert(db)
    }
}
