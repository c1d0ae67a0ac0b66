import Foundation
import GRDB
import Model

/// How much sample data to write: one commune, or a province of about 133 communes.
public enum DemoScale: String, CaseIterable, Sendable {
    case commune, province

    var communes: Int { self == .commune ? 1 : 133 }
    var perCommune: (bodies: Int, hamlets: Int, enterprises: Int, people: Int, initiatives: Int, activities: Int) {
        self == .commune ? (10, 20, 40, 600, 150, 40) : (10, 20, 45, 1_500, 150, 40)
    }
}

/// What a demo run wrote.
public struct DemoSummary: Equatable, Sendable {
    public var units = 0, people = 0, registrations = 0, initiatives = 0, receipts = 0, scores = 0, activities = 0
}

extension AppDatabase {
    /// Replaces the sample data with a fresh, deterministic set for `seed`, only in a new file or
    /// one that holds nothing but demo data. One transaction: a failure or an interrupt leaves
    /// the file as it was.
    public func writeDemo(scale: DemoScale, seed: UInt64,
                          progress: @escaping (String, Double) -> Void = { _, _ in }) throws -> DemoSummary {
        try write { db in
            if try DemoWriter.holdsRealData(db) { throw StoreError.holdsRealData(path) }
            var writer = try DemoWriter(db: db, scale: scale, seed: seed, progress: progress)
            try writer.clear()
            try writer.writeAll()
            try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES ('demo', ?)",
                           arguments: ["\(scale.rawValue), seed \(seed)"])
            try writer.writeSettings()
            try writer.recordExtent()
            return writer.summary
        }
    }
}

extension AppDatabase {
    /// Looked at read-only before anything opens the file for writing (which touches its
    /// header): a file of real records is refused with its bytes as they were.
    public static func refuseDemo(path: String) throws {
        guard FileManager.default.fileExists(atPath: path),
              let database = try? AppDatabase.openForReading(path: path) else { return }
        if try database.read(DemoWriter.holdsRealData) { throw StoreError.holdsRealData(path) }
    }
}

/// Writes the sample rows with prepared statements, a commune at a time.
struct DemoWriter {
    let db: Database
    let scale: DemoScale
    var random: DemoRandom
    let progress: (String, Double) -> Void
    var summary = DemoSummary()
    let now = timestamp()
    /// Sort keys repeat (names are built from a few parts), so each is computed once.
    var sortKeys: [String: String] = [:]
    var personKeys: [String: String] = [:]
    /// Each round's criteria per group code, keyed "round/group".
    let criteria: [String: [(id: Int64, max: Double)]]
    let rounds: [Int64]
    let slots: [ReportSlot]

    /// The day the sample data stands at: receipts and recognitions stop there.
    static let asOf = Day(2026, 5, 20)!

    /// A file that ever held an officer's change is real: an entry in the trail other than the
    /// accounts (the demo writes none of its own), whatever the demo mark says.
    static func holdsRealData(_ db: Database) throws -> Bool {
        if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit WHERE entity NOT IN ('account', 'demo', 'disclosure')") ?? 0 > 0 { return true }
        if try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'demo'") != nil { return false }
        let units = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM unit") ?? 0
        let other = try Int.fetchOne(db, sql: """
            SELECT (SELECT COUNT(*) FROM person) + (SELECT COUNT(*) FROM initiative) + (SELECT COUNT(*) FROM registration)
                 + (SELECT COUNT(*) FROM report_receipt) + (SELECT COUNT(*) FROM audit) + (SELECT COUNT(*) FROM activity)
            """) ?? 0
        return units > Plan.namedBodies.count || other > 0
    }

    init(db: Database, scale: DemoScale, seed: UInt64, progress: @escaping (String, Double) -> Void) throws {
        self.db = db
        self.scale = scale
        self.progress = progress
        random = DemoRandom(seed: seed)
        rounds = try Int64.fetchAll(db, sql: "SELECT id FROM round WHERE code IN ('2025', '2026') ORDER BY id")
        var criteria: [String: [(id: Int64, max: Double)]] = [:]
        for round in rounds {
            for template in try AppDatabase.latestTemplates(db) where template.roundID == round {
                criteria["\(round)/\(template.group.code)"] = template.criteria.map { (id: $0.id, max: $0.maxPoints) }
            }
        }
        self.criteria = criteria
        slots = try ReportSlotRecord.order(sql: "due_before").fetchAll(db).map { try $0.model() }
            .filter { $0.dueBefore <= DemoWriter.asOf }
    }

    /// Removes earlier sample rows; the plan's own bodies stay.
    func clear() throws {
        let named = Plan.namedBodies.map { "'\($0.name)'" }.joined(separator: ", ")
        try db.execute(sql: """
            DELETE FROM score; DELETE FROM sheet_total; DELETE FROM proposal; DELETE FROM report_receipt; DELETE FROM registration; DELETE FROM initiative; DELETE FROM activity;
            DELETE FROM person; DELETE FROM audit WHERE entity <> 'account'; DELETE FROM unit WHERE name NOT IN (\(named));
            """)
        // The accounts' entries stay (a demo file signed into keeps who may use it), chained anew.
        for id in try Int64.fetchAll(db, sql: "SELECT id FROM audit ORDER BY id") { try Audit.seal(db, entry: id) }
    }

    /// The demo's own entry in the chain: how far each table's demo rows go, so `verify` knows
    /// them from rows added outside the program, and a forged extent needs the chain rewritten.
    func recordExtent() throws {
        var extent: [String: Int64] = [:]
        for table in ["unit", "person", "registration", "initiative", "activity", "proposal"] {
            extent[table] = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM \(table)") ?? 0
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try db.execute(sql: """
            INSERT INTO audit (at, who, session, entity, entity_id, action, before, after, undoes)
            VALUES (?, 'HaiAn (dữ liệu mẫu)', 'demo', 'demo', 0, 'demo', NULL, ?, NULL)
            """, arguments: [now, String(decoding: try encoder.encode(extent), as: UTF8.self)])
        try Audit.seal(db, entry: db.lastInsertedRowID)
    }

    /// The signers and the council the documents name, fictional like the rest.
    func writeSettings() throws {
        var settings = CommuneSettings()
        settings.councilSecretary = "Trần Thị Mai"
        settings.cultureHead = "Phạm Văn Thành"
        settings.councilMembers = ["Bùi Tiến Hùng - Chủ tịch UBND xã, Chủ tịch Hội đồng", "Trần Thị Mai - Thư ký Hội đồng"]
            + ["Lê Văn Bình", "Nguyễn Thị Hoa", "Đỗ Minh Quang", "Vũ Thị Hạnh", "Hồ Văn Dũng", "Ngô Thanh Giang",
               "Đặng Xuân Hải", "Phan Thị Hiền", "Dương Hữu Lợi"].map { "\($0) - Uỷ viên" }
        try db.execute(sql: """
            INSERT OR REPLACE INTO commune_setting (id, body, version, created_at, updated_at) VALUES (1, ?, 1, ?, ?)
            """, arguments: [try Writes.settingsBody(settings), now, now])
    }

    mutating func writeAll() throws {
        let insertUnit = try db.makeStatement(sql: """
            INSERT INTO unit (name, name_fold, name_sort, group_code, head, head_sort, phone, role, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?)
            """)
        let insertPerson = try db.makeStatement(sql: """
            INSERT INTO person (name, name_fold, name_sort, unit_id, position, kind, phone, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let named = try Row.fetchAll(db, sql: "SELECT id, group_code FROM unit ORDER BY id")
            .map { (id: $0["id"] as Int64, group: UnitGroup(rawValue: $0["group_code"]) ?? .a) }
        for commune in 1...scale.communes {
            let suffix = scale == .commune ? "" : " (xã mẫu \(commune))"
            var units = commune == 1 ? named : []
            for (name, group) in unitNames(suffix: suffix) {
                let head = random.personName()
                insertUnit.setUncheckedArguments([name, VietText.fold(name), sortKey(name), group.rawValue, head,
                                                  personKey(head), phone(), now, now])
                try insertUnit.execute()
                units.append((id: db.lastInsertedRowID, group: group))
            }
            var people: [(id: Int64, unit: Int64?)] = []
            for _ in 0..<scale.perCommune.people {
                let name = random.personName()
                let unit: (id: Int64, group: UnitGroup)? = random.chance(0.05) ? nil : random.pick(units)
                let kind = personKind(unit?.group)
                insertPerson.setUncheckedArguments([name, VietText.fold(name), personKey(name), unit?.id,
                                                    random.pick(DemoNames.positions), kind.rawValue,
                                                    random.chance(0.3) ? phone() : "", now, now])
                try insertPerson.execute()
                people.append((id: db.lastInsertedRowID, unit: unit?.id))
            }
            summary.units += units.count
            summary.people += people.count
            try writeRegistrations(units: units, people: people)
            try writeInitiatives(units: units, people: people)
            try writeReceipts(units: units, compiled: commune == 1)
            try writeActivities(units: units, communeWide: commune == 1)
            try writeScores(units: units, people: people)
            progress("xã \(commune)/\(scale.communes)", Double(commune) / Double(scale.communes))
        }
        try Writes.refreshAllTotals(db)
        try writeProposals()
    }

    /// The 2025 round's award flow, done: the best of the first commune proposed (as many as
    /// the quota allows), appraised, voted on and decided; the last of each kind not awarded.
    private mutating func writeProposals() throws {
        guard let round = try Row.fetchOne(db, sql: "SELECT id, quota_collective, quota_individual FROM round WHERE code = '2025'")
        else { return }
        let insert = try db.makeStatement(sql: """
            INSERT INTO proposal (round_id, subject, subject_id, reason, dossier, proposed_on, appraisal, appraised_on,
              votes_yes, votes_no, votes_abstain, voted_on, decision_number, decided_on, awarded, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, '2025-12-15', ?, '2025-12-22', ?, ?, ?, '2025-12-26', '512/QĐ-UBND', '2025-12-30', ?, ?, ?)
            """)
        for (subject, quota) in [("unit", round["quota_collective"] as Int), ("person", round["quota_individual"] as Int)] {
            // The first commune's subjects have the smallest ids: the province keeps one commune's flow.
            let best = try Int64.fetchAll(db, sql: """
                SELECT subject_id FROM sheet_total WHERE round_id = ? AND subject = ? AND assessor = 'council'
                AND subject_id <= (SELECT MIN(subject_id) + ? FROM sheet_total WHERE subject = ?)
                ORDER BY total DESC, subject_id LIMIT ?
                """, arguments: [round["id"] as Int64, subject, subject == "unit" ? 80 : 1_500, subject, quota])
            for (index, id) in best.enumerated() {
                let awarded = index < quota - 1
                // A council of eleven: one abstains.
                let yes = awarded ? 8 + random.int(0..<3) : 4
                insert.setUncheckedArguments([round["id"] as Int64, subject, id,
                                              "Hoàn thành xuất sắc nhiệm vụ chuyển đổi số năm 2025 (dữ liệu mẫu).",
                                              "Báo cáo thành tích; biên bản chấm điểm",
                                              awarded ? "Đủ điều kiện, đề nghị khen." : "Chưa nổi bật so với các đơn vị khác.",
                                              yes, 10 - yes, 1, awarded, now, now])
                try insert.execute()
            }
        }
        // The golden book numbers the awards in the order they were decided.
        try db.execute(sql: """
            UPDATE proposal SET golden_number = (
                SELECT COUNT(*) FROM proposal p2 WHERE p2.awarded = 1 AND (p2.decided_on, p2.id) <= (proposal.decided_on, proposal.id)
            ) WHERE awarded = 1
            """)
    }

    private mutating func unitNames(suffix: String) -> [(String, UnitGroup)] {
        var names: [(String, UnitGroup)] = []
        var taken = Set(Plan.namedBodies.map(\.name))
        func add(_ name: String, _ group: UnitGroup) -> Bool {
            guard taken.insert(name).inserted else { return false }
            names.append((name + suffix, group))
            return true
        }
        var bodies = DemoNames.bodies
        for _ in 0..<scale.perCommune.bodies where !bodies.isEmpty {
            _ = add(bodies.remove(at: random.int(0..<bodies.count)), .a)
        }
        var count = 0
        while count < scale.perCommune.hamlets {
            if add("Xóm \(random.pick(DemoNames.placeFirst)) \(random.pick(DemoNames.placeSecond))", .b) { count += 1 }
        }
        count = 0
        while count < scale.perCommune.enterprises {
            let name = "\(random.pick(DemoNames.enterpriseKinds)) \(random.pick(DemoNames.enterpriseTrades)) "
                + "\(random.pick(DemoNames.placeFirst)) \(random.pick(DemoNames.placeSecond))"
            if add(name, .c) { count += 1 }
        }
        return names
    }

    private mutating func writeRegistrations(units: [(id: Int64, group: UnitGroup)], people: [(id: Int64, unit: Int64?)]) throws {
        let insert = try db.makeStatement(sql: """
            INSERT INTO registration (unit_id, person_id, term, registered_on, commitments, areas, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let terms: [(term: String, from: Day, chance: Double)] = [("2025", Day(2025, 7, 20)!, 0.8), ("2026", Day(2026, 1, 5)!, 0.85)]
        for (term, from, chance) in terms {
            for unit in units where random.chance(chance) {
                try insertRegistration(insert, unit: unit.id, person: nil, term: term, on: from.adding(days: random.int(0..<70)))
            }
            for person in people where random.chance(0.1) {
                try insertRegistration(insert, unit: nil, person: person.id, term: term, on: from.adding(days: random.int(0..<70)))
            }
        }
    }

    private mutating func insertRegistration(_ insert: Statement, unit: Int64?, person: Int64?, term: String, on day: Day) throws {
        let areas = ContentArea.allCases.filter { _ in random.chance(0.4) }
        insert.setUncheckedArguments([unit, person, term, day.iso,
                                      "Cam kết thực hiện nội dung \(ContentArea.label(areas)) của kế hoạch (dữ liệu mẫu)",
                                      areas.map(\.rawValue).joined(), now, now])
        try insert.execute()
        summary.registrations += 1
    }

    private mutating func writeInitiatives(units: [(id: Int64, group: UnitGroup)], people: [(id: Int64, unit: Int64?)]) throws {
        let insert = try db.makeStatement(sql: """
            INSERT INTO initiative (title, title_fold, title_sort, unit_id, person_id, area, sector, started_on, status,
                                    recognised_by, recognised_on, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for _ in 0..<scale.perCommune.initiatives {
            let byPerson = random.chance(0.2)
            let title = "\(random.pick(DemoNames.initiativeTopics)) – \(random.pick(DemoNames.placeFirst)) \(random.pick(DemoNames.placeSecond))"
            let area = random.pick(ContentArea.allCases)
            let started = Day(2025, 8, 1)!.adding(days: random.int(0..<290))
            let roll = random.int(0..<10)
            // Nothing is recognised after the day the sample data stands at (20/5/2026).
            let recognisedOn = started.adding(days: 30 + random.int(0..<90))
            let status: InitiativeStatus = roll < 6 || recognisedOn > DemoWriter.asOf ? .proposed : roll < 9 ? .recognised : .replicated
            let recognised = status == .proposed ? nil : recognisedOn
            insert.setUncheckedArguments([title, VietText.fold(title), sortKey(title),
                                          byPerson ? nil : random.pick(units).id, byPerson ? random.pick(people).id : nil,
                                          area.rawValue, area == .h ? random.pick(PrioritySector.allCases).rawValue : nil,
                                          started.iso, status.rawValue,
                                          recognised == nil ? "" : "Hội đồng Thi đua - Khen thưởng xã", recognised?.iso, now, now])
            try insert.execute()
            summary.initiatives += 1
        }
    }

    /// Mostly on time, some late, some missing, for every slot due by 20/5/2026; with
    /// `compiled`, Phòng VH-XH's own compiled reports too.
    private mutating func writeReceipts(units: [(id: Int64, group: UnitGroup)], compiled: Bool) throws {
        let insert = try db.makeStatement(sql: """
            INSERT INTO report_receipt (unit_id, slot_id, received_on, received_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
            """)
        // Phòng VH-XH's own compiled reports, once, sent a couple of days before the deadline.
        if compiled {
            for slot in slots where slot.isCompiled {
                insert.setUncheckedArguments([nil, slot.id, slot.dueBefore.adding(days: -2).iso, "Chủ tịch UBND xã", now, now])
                try insert.execute()
                summary.receipts += 1
            }
        }
        for slot in slots where !slot.groups.isEmpty {
            for unit in units where slot.groups.contains(unit.group) {
                let roll = random.int(0..<100)
                guard roll < 87 else { continue }
                let day = roll < 75 ? slot.dueBefore.adding(days: -1 - random.int(0..<20)) : slot.dueBefore.adding(days: random.int(0..<25))
                insert.setUncheckedArguments([unit.id, slot.id, day.iso, "Phòng Văn hoá - Xã hội", now, now])
                try insert.execute()
                summary.receipts += 1
            }
        }
    }

    private mutating func writeScores(units: [(id: Int64, group: UnitGroup)], people: [(id: Int64, unit: Int64?)]) throws {
        let insert = try db.makeStatement(sql: """
            INSERT INTO score (round_id, subject, subject_id, assessor, criterion_id, points, given_by, given_at, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, '', ?7, ?7, ?7)
            """)
        func points(_ max: Double, floor: Double) -> Double { (max * (floor + Double(random.int(0..<1000)) / 1000 * (1 - floor)) * 2).rounded() / 2 }
        for unit in units {
            for round in rounds {
                for criterion in criteria["\(round)/\(unit.group.rawValue)"] ?? [] {
                    let own = points(criterion.max, floor: 0.6)
                    insert.setUncheckedArguments([round, "unit", unit.id, "council", criterion.id, max(0, own - Double(random.int(0..<3))), now])
                    try insert.execute()
                    insert.setUncheckedArguments([round, "unit", unit.id, "self", criterion.id, own, now])
                    try insert.execute()
                    summary.scores += 2
                }
            }
        }
        for person in people {
            for round in rounds {
                for criterion in criteria["\(round)/\(ScoringGroup.individual.code)"] ?? [] {
                    insert.setUncheckedArguments([round, "person", person.id, "council", criterion.id, points(criterion.max, floor: 0.4), now])
                    try insert.execute()
                    summary.scores += 1
                }
                // Some people also assess themselves (the province then holds about 2 million scores).
                guard random.chance(0.09) else { continue }
                for criterion in criteria["\(round)/\(ScoringGroup.individual.code)"] ?? [] {
                    insert.setUncheckedArguments([round, "person", person.id, "self", criterion.id, points(criterion.max, floor: 0.5), now])
                    try insert.execute()
                    summary.scores += 1
                }
            }
        }
    }

    /// Work on the timeline: commune-wide (for the first commune) and units' own, with
    /// progress as it stands on 20/5/2026 — mostly done when ended, some overdue.
    private mutating func writeActivities(units: [(id: Int64, group: UnitGroup)], communeWide: Bool) throws {
        let insert = try db.makeStatement(sql: """
            INSERT INTO activity (title, title_fold, unit_id, area, start_on, end_on, progress, status, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let asOf = DemoWriter.asOf
        for index in 0..<scale.perCommune.activities {
            let unit: Int64? = communeWide && index < 12 ? nil : random.pick(units).id
            let title = random.pick(DemoNames.activityTopics)
            // Half start in the first year, so the sample's first phase has work done and overdue.
            let start = Day(2025, 8, 1)!.adding(days: random.int(0..<(random.chance(0.5) ? 300 : 1200)))
            let end = min(start.adding(days: 30 + random.int(0..<400)), Plan.movementEnd)
            let progress: Int
            if end < asOf {
                progress = random.chance(0.75) ? 100 : 40 + random.int(0..<56)
            } else if start <= asOf {
                let share = Double(start.days(until: asOf)) / Double(max(1, start.days(until: end)))
                progress = min(95, Int(share * 100) + random.int(0..<15))
            } else {
                progress = 0
            }
            let status: ActivityStatus = progress == 100 ? .done : start > asOf ? .planned : random.chance(0.1) ? .paused : .running
            insert.setUncheckedArguments([title, VietText.fold(title), unit, random.pick(ContentArea.allCases).rawValue,
                                          start.iso, end.iso, progress, status.rawValue, now, now])
            try insert.execute()
            summary.activities += 1
        }
    }

    private mutating func personKind(_ group: UnitGroup?) -> PersonKind {
        switch group {
        case .a: return random.pick([.canBo, .congChuc, .vienChuc, .dangVien])
        case .b: return random.pick([.nhanDan, .dangVien, .nhanDan, .khac])
        case .c: return random.pick([.nguoiLaoDong, .nguoiLaoDong, .dangVien])
        case nil: return .nhanDan
        }
    }

    private mutating func phone() -> String { "09\(random.int(10_000_000..<100_000_000))" }

    private mutating func sortKey(_ text: String) -> String {
        if let key = sortKeys[text] { return key }
        let key = VietText.sortKey(text)
        sortKeys[text] = key
        return key
    }

    private mutating func personKey(_ name: String) -> String {
        if let key = personKeys[name] { return key }
        let key = VietText.personSortKey(name)
        personKeys[name] = key
        return key
    }
}
