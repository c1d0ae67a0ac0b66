/// Which kind of report a slot asks for.
public enum ReportKind: String, Sendable, CaseIterable {
    /// Each unit's own launch plan, once, before 18/7/2025.
    case launchPlan = "launch_plan"
    /// Yearly report of results to Phòng VH-XH, before 20/5.
    case midYear = "mid_year"
    /// Yearly results report to UBND xã via VH-XH, before 10/12.
    case yearEnd = "year_end"
    /// Phòng VH-XH's compiled yearly report to UBND xã and the province, before 10/12.
    case compiled
}

/// One report every unit of some groups (or Phòng VH-XH alone) must send by a date.
public struct ReportSlot: Sendable, Equatable, Identifiable {
    public var id: Int
    public var kind: ReportKind
    public var year: Int
    public var title: String
    /// The day named by "trước ngày …": the last on-time day is the day before it.
    public var dueBefore: Day
    /// Groups whose units send it; empty for the compiled report, sent by Phòng VH-XH alone.
    public var groups: [UnitGroup]
    /// The day the report falls due (its period opens): the previous deadline of the plan,
    /// or the movement's start for the first. See `withOpenings`.
    public var opensOn: Day

    public init(id: Int, kind: ReportKind, year: Int, title: String, dueBefore: Day, groups: [UnitGroup],
                opensOn: Day = Plan.movementStart) {
        self.id = id
        self.kind = kind
        self.year = year
        self.title = title
        self.dueBefore = dueBefore
        self.groups = groups
        self.opensOn = opensOn
    }

    /// The slots with each one's opening set: a report is due once the deadline before it
    /// has passed (the 10/12 report opens on 20/5), so "open" means "the next one to send".
    public static func withOpenings(_ slots: [ReportSlot]) -> [ReportSlot] {
        let deadlines = Set(slots.map(\.dueBefore)).sorted()
        return slots.map { slot in
            var slot = slot
            slot.opensOn = deadlines.last { $0 < slot.dueBefore } ?? min(Plan.movementStart, slot.dueBefore)
            return slot
        }
    }

    /// Whether a unit of this group sends the report (the compiled one is Phòng VH-XH's alone).
    public func expects(_ group: UnitGroup) -> Bool { groups.contains(group) }

    /// The one rule of who owes a report: a unit of a group that sends it, which joined the
    /// movement before its deadline (a unit entered in May 2026 owes nothing due in 2025).
    /// The matrix, the detail, the reminders, the totals, the slides and the report all ask it.
    public func isOwed(by group: UnitGroup, joinedOn: Day) -> Bool { expects(group) && joinedOn < dueBefore }

    public var isCompiled: Bool { groups.isEmpty }

    public var lastOnTimeDay: Day { dueBefore.adding(days: -1) }

    /// Whether its last on-time day is behind `today`: only then is a missing report late.
    public func hasPassed(_ today: Day) -> Bool { today > lastOnTimeDay }

    /// Its state in words; an open one says its days left and the day they count to.
    public func statusPhrase(received: Day?, today: Day) -> String {
        let status = status(received: received, today: today)
        if case .open = status { return "Đang mở, " + countdown(today).phrase }
        return status.label
    }

    /// Days to its last on-time day, said as everywhere else.
    public func countdown(_ today: Day) -> Countdown { Countdown(from: today, to: lastOnTimeDay) }

    /// A short column title: "KH 2025", "20/5/2026", "10/12/2026", "TH 2026".
    public var shortTitle: String {
        switch kind {
        case .launchPlan: return "KH \(year)"
        case .midYear, .yearEnd: return "\(dueBefore.day)/\(dueBefore.month)/\(year)"
        case .compiled: return "TH \(year)"
        }
    }

    public func status(received: Day?, today: Day) -> ReportStatus {
        ReportStatus.of(dueBefore: dueBefore, opensOn: opensOn, received: received, today: today)
    }
}

/// A report's state on a given day.
public enum ReportStatus: Equatable, Sendable {
    case notYetDue
    /// Due now (its period has opened); `daysLeft` counts to the last on-time day (0: today
    /// is the last day).
    case open(daysLeft: Int)
    case onTime
    case late(days: Int)
    /// Not received and the last on-time day has passed.
    case overdue(days: Int)

    /// A row's "Đúng hạn": reports sent on time out of the deadlines settled — sent, or past.
    /// A deadline still open and not yet sent is no miss yet, and counts in neither; nil when
    /// nothing is settled.
    public static func onTimeShare(_ statuses: [ReportStatus]) -> (onTime: Int, settled: Int)? {
        let settled = statuses.filter {
            switch $0 {
            case .onTime, .late, .overdue: return true
            case .notYetDue, .open: return false
            }
        }
        return settled.isEmpty ? nil : (settled.filter { $0 == .onTime }.count, settled.count)
    }

    /// Days ahead reminders look by default ("what falls due in the next 30 days").
    public static let defaultReminderWindow = 30

    /// The rule: "trước ngày D" means D-1 is the last on-time day; weekends change nothing.
    /// A receipt dated after `today` does not count yet, so any past day can be viewed "as of" it.
    public static func of(dueBefore: Day, opensOn: Day, received: Day?, today: Day) -> ReportStatus {
        let lastOnTime = dueBefore.adding(days: -1)
        if let received, received <= today {
            let late = lastOnTime.days(until: received)
            return late <= 0 ? .onTime : .late(days: late)
        }
        let left = today.days(until: lastOnTime)
        if left < 0 { return .overdue(days: -left) }
        return today >= opensOn ? .open(daysLeft: left) : .notYetDue
    }

    /// One symbol, so the state never rests on colour alone.
    public var symbol: String {
        switch self {
        case .notYetDue: return "·"
        case .open: return "○"
        case .onTime: return "✓"
        case .late: return "!"
        case .overdue: return "✗"
        }
    }

    public var label: String {
        switch self {
        case .notYetDue: return "Chưa đến hạn"
        case .open(let d): return d == 0 ? "Đang mở, hôm nay là hạn cuối" : "Đang mở, còn \(d) ngày"
        case .onTime: return "Đúng hạn"
        case .late(let d): return "Muộn \(d) ngày"
        case .overdue(let d): return "Quá hạn \(d) ngày"
        }
    }

    /// The cell of the report matrix: the symbol and the days that matter ("!3", "✗12").
    public var cell: String {
        switch self {
        case .late(let d), .overdue(let d): return "\(symbol)\(d)"
        default: return symbol
        }
    }

    public var isOverdue: Bool {
        if case .overdue = self { return true }
        return false
    }

    public var isReceived: Bool {
        switch self {
        case .onTime, .late: return true
        default: return false
        }
    }
}
