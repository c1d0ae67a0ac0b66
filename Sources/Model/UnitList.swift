/// Columns the units list sorts by (each backed by an index).
public enum UnitSortColumn: String, Hashable, Sendable, CaseIterable {
    case name, group, head

    public var title: String {
        switch self {
        case .name: return "Tên"
        case .group: return "Nhóm"
        case .head: return "Người đứng đầu"
        }
    }
}

/// Registered for the query's year, not registered, or either.
public enum RegistrationFilter: String, Hashable, Sendable, CaseIterable {
    case any, registered, notRegistered

    public var title: String {
        switch self {
        case .any: return "Tất cả"
        case .registered: return "Đã đăng ký"
        case .notRegistered: return "Chưa đăng ký"
        }
    }
}

/// What the units list shows: a search, filters and an order.
public struct UnitQuery: Hashable, Sendable {
    /// Typed text; matched folded, anywhere in the name.
    public var search = ""
    public var group: UnitGroup?
    /// Shows the archived units instead of the active ones.
    public var archived = false
    public var registration = RegistrationFilter.any
    /// The year the registration column and filter refer to.
    public var year: Int
    public var sort = SortOrder(UnitSortColumn.group)

    public init(year: Int) { self.year = year }
}

/// A round's council total for one unit.
public struct RoundTotal: Equatable, Sendable {
    public var round: String
    public var total: Double

    public init(round: String, total: Double) {
        self.round = round
        self.total = total
    }
}

/// One line of the units list.
public struct UnitRow: Equatable, Sendable, Identifiable {
    public var unit: Unit
    public var people: Int
    public var initiatives: Int
    /// The date the unit registered for the query's year, if it did.
    public var registeredOn: Day?
    /// The council's total in the latest round that has one.
    public var latestScore: RoundTotal?

    public var id: Int64 { unit.id }

    public init(unit: Unit, people: Int = 0, initiatives: Int = 0, registeredOn: Day? = nil,
                latestScore: RoundTotal? = nil) {
        self.unit = unit
        self.people = people
        self.initiatives = initiatives
        self.registeredOn = registeredOn
        self.latestScore = latestScore
    }
}
