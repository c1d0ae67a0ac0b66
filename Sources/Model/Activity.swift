/// Where an activity stands, as the officer records it.
public enum ActivityStatus: String, Sendable, CaseIterable, Codable {
    case planned = "ke_hoach"
    case running = "dang_lam"
    case done = "hoan_thanh"
    case paused = "tam_dung"

    public var title: String {
        switch self {
        case .planned: return "Kế hoạch"
        case .running: return "Đang thực hiện"
        case .done: return "Hoàn thành"
        case .paused: return "Tạm dừng"
        }
    }
}

/// A piece of work on the timeline: commune-wide (no unit) or a unit's, tagged with a
/// content area, with its dates and how far it has got.
public struct Activity: Sendable, Equatable, Identifiable, Codable {
    public var id: Int64
    public var title: String
    /// The responsible unit; nil for a commune-wide activity.
    public var unitID: Int64?
    public var area: ContentArea
    public var start: Day
    public var end: Day
    /// Percent done, 0–100.
    public var progress: Int
    public var status: ActivityStatus
    public var archived: Bool
    /// Bumped by every save; a save from an older read is refused.
    public var version: Int

    public init(id: Int64 = 0, title: String, unitID: Int64? = nil, area: ContentArea, start: Day, end: Day,
                progress: Int = 0, status: ActivityStatus = .planned, archived: Bool = false, version: Int = 1) {
        self.id = id
        self.title = title
        self.unitID = unitID
        self.area = area
        self.start = start
        self.end = end
        self.progress = progress
        self.status = status
        self.archived = archived
        self.version = version
    }

    public static let maxTitleWidth = 120

    /// Overdue: its end has passed and it is not finished. Shown in colour and with a symbol.
    public func isOverdue(on today: Day) -> Bool { end < today && progress < 100 }

    /// The state the timeline and the summary count it under on `today`.
    public func standing(on today: Day) -> ActivityStanding {
        if progress >= 100 || status == .done { return .done }
        if isOverdue(on: today) { return .overdue }
        return today >= start ? .running : .upcoming
    }

    public func validationErrors() -> [FieldError] {
        var errors: [FieldError] = []
        let title = VietText.normalize(self.title)
        if title.isEmpty {
            errors.append(FieldError(field: "title", message: "Tên hoạt động không được để trống."))
        } else if VietText.displayWidth(title) > Activity.maxTitleWidth {
            errors.append(FieldError(field: "title", message: "Tên quá dài (tối đa \(Activity.maxTitleWidth) ký tự)."))
        }
        if let error = Plan.movementDateError(start, field: "start", what: "Ngày bắt đầu") { errors.append(error) }
        if let error = Plan.movementDateError(end, field: "end", what: "Ngày kết thúc") {
            errors.append(error)
        } else if end < start {
            errors.append(FieldError(field: "end", message: "Ngày kết thúc trước ngày bắt đầu."))
        }
        if !(0...100).contains(progress) {
            errors.append(FieldError(field: "progress", message: "Tiến độ là số từ 0 đến 100 (%)."))
        } else if status == .done && progress < 100 {
            errors.append(FieldError(field: "progress", message: "Đã hoàn thành thì tiến độ phải là 100%."))
        }
        return errors
    }
}

/// How the timeline counts an activity on a day.
public enum ActivityStanding: Sendable, Equatable {
    case upcoming, running, done, overdue

    /// A symbol beside the bar, so overdue never rests on colour alone.
    public var symbol: String {
        switch self {
        case .upcoming: return "·"
        case .running: return "▶"
        case .done: return "✓"
        case .overdue: return "⚠"
        }
    }
}

/// A phase's line: activities done, running, overdue, and the share of its time gone.
public struct PhaseSummary: Sendable, Equatable {
    public var done = 0
    public var running = 0
    public var overdue = 0
    public var upcoming = 0
    /// Share of the phase's days elapsed, 0–1.
    public var elapsed: Double

    public init(done: Int = 0, running: Int = 0, overdue: Int = 0, upcoming: Int = 0, elapsed: Double) {
        self.done = done
        self.running = running
        self.overdue = overdue
        self.upcoming = upcoming
        self.elapsed = elapsed
    }

    public mutating func count(_ standing: ActivityStanding) {
        switch standing {
        case .done: done += 1
        case .running: running += 1
        case .overdue: overdue += 1
        case .upcoming: upcoming += 1
        }
    }
}
