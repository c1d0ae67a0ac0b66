/// What the report matrix shows: which year's deadlines (nil: every year) for which group.
public struct ReportQuery: Hashable, Sendable {
    public var year: Int?
    public var group: UnitGroup?

    public init(year: Int? = nil, group: UnitGroup? = nil) {
        self.year = year
        self.group = group
    }

    /// The matrix columns: each deadline units send to, in date order. Phòng VH-XH's
    /// compiled report shares the 10/12 column of its year (its own row).
    public func columns(_ slots: [ReportSlot]) -> [ReportColumn] {
        let shown = slots.filter { year == nil || $0.year == year }.sorted { ($0.dueBefore, $0.id) < ($1.dueBefore, $1.id) }
        return shown.filter { !$0.isCompiled }.map { slot in
            ReportColumn(slot: slot, compiled: shown.first { $0.isCompiled && $0.dueBefore == slot.dueBefore })
        }
    }
}

/// One column of the matrix: the slot units send, and VH-XH's compiled report due the same day.
public struct ReportColumn: Sendable, Equatable {
    public var slot: ReportSlot
    public var compiled: ReportSlot?
}

/// A unit's row of the matrix: the days its reports came, by slot id.
public struct MatrixRow: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var name: String
    public var group: UnitGroup
    public var received: [Int: Day]
    public var joinedOn: Day

    public init(id: Int64, name: String, group: UnitGroup, received: [Int: Day], joinedOn: Day = Plan.movementStart) {
        self.id = id
        self.name = name
        self.group = group
        self.received = received
        self.joinedOn = joinedOn
    }

    /// The cell's state, or nil when this unit does not owe the slot.
    public func status(_ slot: ReportSlot, today: Day) -> ReportStatus? {
        slot.isOwed(by: group, joinedOn: joinedOn) ? slot.status(received: received[slot.id], today: today) : nil
    }
}

/// Reports received by `today` per slot and group: on time and late, of those expected (the
/// active units of the group that owe the slot, by `ReportSlot.isOwed`).
public struct ReportTally: Sendable, Equatable {
    public struct Key: Hashable, Sendable {
        public var slotID: Int
        public var group: UnitGroup

        public init(slotID: Int, group: UnitGroup) {
            self.slotID = slotID
            self.group = group
        }
    }

    public var onTime: [Key: Int]
    public var late: [Key: Int]
    public var expected: [Key: Int]

    public init(onTime: [Key: Int] = [:], late: [Key: Int] = [:], expected: [Key: Int] = [:]) {
        self.onTime = onTime
        self.late = late
        self.expected = expected
    }

    /// Received of expected, and on time, for one slot over some groups (those that send it).
    public func rate(_ slot: ReportSlot, groups: [UnitGroup]) -> OnTimeRate {
        groups.filter(slot.expects).reduce(OnTimeRate()) { sum, group in
            let key = Key(slotID: slot.id, group: group)
            let expected = self.expected[key] ?? 0
            let onTime = min(self.onTime[key] ?? 0, expected)
            return sum + OnTimeRate(onTime: onTime, received: min(onTime + (late[key] ?? 0), expected), expected: expected)
        }
    }

    /// A group's rate over the deadlines already passed by `today`: one still running would
    /// count as missed before its last day.
    public func rate(group: UnitGroup, slots: [ReportSlot], today: Day) -> OnTimeRate {
        slots.filter { $0.hasPassed(today) }.reduce(OnTimeRate()) { $0 + rate($1, groups: [group]) }
    }
}

/// "n of m received, k on time": the figures behind the matrix's totals.
public struct OnTimeRate: Sendable, Equatable {
    public var onTime = 0
    public var received = 0
    public var expected = 0

    public init(onTime: Int = 0, received: Int = 0, expected: Int = 0) {
        self.onTime = onTime
        self.received = received
        self.expected = expected
    }

    public static func + (a: OnTimeRate, b: OnTimeRate) -> OnTimeRate {
        OnTimeRate(onTime: a.onTime + b.onTime, received: a.received + b.received, expected: a.expected + b.expected)
    }

    /// Whole percent on time, nil when nothing was expected.
    public var percent: Int? { Self.percent(onTime, of: expected) }

    /// What a deadline's figures say on a day: the share on time once it has passed, and
    /// before that only what has come so far, so a deadline still running never reads as 0%.
    public func phrase(_ slot: ReportSlot, today: Day) -> String {
        guard slot.hasPassed(today) else { return "đã nhận \(received)/\(expected), chưa đến hạn" }
        return "\(percentLabel) đúng hạn (nhận \(received)/\(expected))"
    }

    /// The same in a matrix cell's few columns: "85%" once passed, "3/15" before.
    public func cell(_ slot: ReportSlot, today: Day) -> String {
        slot.hasPassed(today) ? percentLabel : "\(received)/\(expected)"
    }

    /// "85%" or "—": on time.
    public var percentLabel: String { percent.map { "\($0)%" } ?? "—" }

    /// "92%" or "—": received at all, on time or late.
    public var receivedLabel: String { Self.percent(received, of: expected).map { "\($0)%" } ?? "—" }

    private static func percent(_ part: Int, of whole: Int) -> Int? {
        whole == 0 ? nil : Int((Double(part) * 100 / Double(whole)).rounded())
    }
}
