import GRDB
import Model

extension AppDatabase {
    /// One window of the report matrix: active units of the query's group, by group then
    /// name, with the days their reports came.
    public func reportMatrix(_ query: ReportQuery, offset: Int, limit: Int) throws -> ListWindow<MatrixRow> {
        try read { db in
            var filter = SQLFilter("unit u")
            filter.add("u.archived = ?", false)
            if let group = query.group { filter.add("u.group_code = ?", group.rawValue) }
            var window = try Self.window(db, columns: "u.id, u.name, u.group_code, u.joined_on", filter: filter,
                                         order: "u.group_code, u.name_sort, u.id", offset: offset, limit: limit) { row in
                MatrixRow(id: row["id"], name: row["name"], group: UnitGroup(rawValue: row["group_code"]) ?? .a, received: [:],
                          joinedOn: Day(iso: row["joined_on"]) ?? Plan.movementStart)
            }
            guard !window.rows.isEmpty else { return window }
            let ids = window.rows.map(\.id)
            let receipts = try Row.fetchAll(db, sql: """
                SELECT unit_id, slot_id, received_on FROM report_receipt WHERE unit_id IN (\(Self.placeholders(ids.count)))
                """, arguments: StatementArguments(ids))
            var byUnit: [Int64: [Int: Day]] = [:]
            for row in receipts { byUnit[row["unit_id"], default: [:]][row["slot_id"]] = Day(iso: row["received_on"]) }
            for index in window.rows.indices { window.rows[index].received = byUnit[window.rows[index].id] ?? [:] }
            return window
        }
    }

    /// Reports expected and received by `today`, on time and late, per slot and group: what
    /// the totals need. Counted in SQL so a province's receipts are never loaded; "on time"
    /// is ReportStatus's rule and "expected" `ReportSlot.isOwed` (the group sends it, the unit
    /// joined before its deadline), which the tests check against the cells.
    public func reportTally(today: Day) throws -> ReportTally {
        try read { db in
            var tally = ReportTally()
            // Units counted by group and joining day first: a province has thousands of units but
            // a few hundred joining days, so each deadline is matched against those.
            for row in try Row.fetchAll(db, sql: """
                SELECT s.id AS slot_id, u.group_code, SUM(u.n) AS expected
                FROM (SELECT group_code, joined_on, COUNT(*) AS n FROM unit WHERE archived = 0 GROUP BY group_code, joined_on) u
                JOIN report_slot s ON instr(s.groups, u.group_code) > 0
                WHERE u.joined_on < s.due_before
                GROUP BY s.id, u.group_code
                """) {
                guard let group = UnitGroup(rawValue: row["group_code"]) else { continue }
                tally.expected[ReportTally.Key(slotID: row["slot_id"], group: group)] = row["expected"]
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT r.slot_id, u.group_code, SUM(r.received_on < s.due_before) AS on_time,
                       SUM(r.received_on >= s.due_before) AS late
                FROM report_receipt r JOIN unit u ON u.id = r.unit_id JOIN report_slot s ON s.id = r.slot_id
                WHERE u.archived = 0 AND r.received_on <= ? AND u.joined_on < s.due_before
                GROUP BY r.slot_id, u.group_code
                """, arguments: [today.iso]) {
                guard let group = UnitGroup(rawValue: row["group_code"]) else { continue }
                let key = ReportTally.Key(slotID: row["slot_id"], group: group)
                tally.onTime[key] = row["on_time"]
                tally.late[key] = row["late"]
            }
            return tally
        }
    }

    /// Phòng VH-XH's compiled reports received, by slot id.
    public func compiledReceipts() throws -> [Int: Receipt] {
        try read { db in
            try ReceiptRecord.filter(sql: "unit_id IS NULL").fetchAll(db)
                .reduce(into: [Int: Receipt]()) { $0[$1.slotId] = try $1.model() }
        }
    }

    /// The receipt of one report, to correct it; nil when it has not come.
    public func receipt(slotID: Int, unitID: Int64?) throws -> Receipt? {
        try read { db in
            try ReceiptRecord.filter(sql: "slot_id = ? AND unit_id IS ?", arguments: [slotID, unitID]).fetchOne(db)?.model()
        }
    }

    /// Every report not received by `today` that is overdue or falls due within `days`,
    /// unit by unit (with the head's contact), then Phòng VH-XH's compiled reports.
    public func reminders(today: Day, days: Int) throws -> [Reminder] {
        try read { db in
            let slots = Reminder.slots(try Self.reportSlots(db), today: today, days: days)
            let unitSlots = slots.filter { !$0.isCompiled }
            var reminders: [Reminder] = []
            if !unitSlots.isEmpty {
                let byID = Dictionary(uniqueKeysWithValues: unitSlots.map { ($0.id, $0) })
                let rows = try Row.fetchAll(db, sql: """
                    SELECT u.id, u.name, u.head, u.phone, s.id AS slot_id
                    FROM unit u JOIN report_slot s ON instr(s.groups, u.group_code) > 0
                    WHERE u.archived = 0 AND u.joined_on < s.due_before AND s.id IN (\(Self.placeholders(unitSlots.count)))
                      AND NOT EXISTS (SELECT 1 FROM report_receipt r WHERE r.unit_id = u.id AND r.slot_id = s.id
                                      AND r.received_on <= ?)
                    ORDER BY u.group_code, u.name_sort, u.id, s.due_before
                    """, arguments: StatementArguments(unitSlots.map(\.id)) + [today.iso])
                for row in rows {
                    guard let slot = byID[row["slot_id"]] else { continue }
                    reminders.append(Reminder(unitID: row["id"], unitName: row["name"], head: row["head"], phone: row["phone"],
                                              slot: slot, status: slot.status(received: nil, today: today)))
                }
            }
            let compiling = try UnitRecord.filter(sql: "name = ? AND archived = 0", arguments: [Plan.compilingBody]).fetchOne(db)
            for slot in slots where slot.isCompiled {
                let received = try ReceiptRecord.filter(sql: "slot_id = ? AND unit_id IS NULL AND received_on <= ?",
                                                        arguments: [slot.id, today.iso]).fetchCount(db) > 0
                guard !received else { continue }
                reminders.append(Reminder(unitID: nil, unitName: Plan.compilingBody + " (báo cáo tổng hợp)",
                                          head: compiling?.head ?? "", phone: compiling?.phone ?? "",
                                          slot: slot, status: slot.status(received: nil, today: today)))
            }
            return reminders
        }
    }

    /// The plan's report slots in date order, each with the day its period opens.
    static func reportSlots(_ db: Database) throws -> [ReportSlot] {
        ReportSlot.withOpenings(try ReportSlotRecord.order(sql: "due_before, id").fetchAll(db).map { try $0.model() })
    }

    static func placeholders(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }
}
