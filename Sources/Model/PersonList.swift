/// Columns the people list sorts by.
public enum PersonSortColumn: String, Hashable, Sendable, CaseIterable {
    case name, kind

    public var title: String {
        switch self {
        case .name: return "Tên"
        case .kind: return "Loại"
        }
    }
}

/// What the all-people list shows.
public struct PersonQuery: Hashable, Sendable {
    public var search = ""
    public var archived = false
    public var registration = RegistrationFilter.any
    /// The year the registration column and filter refer to.
    public var year: Int
    public var sort = SortOrder(PersonSortColumn.name)

    public init(year: Int = Plan.firstYear) { self.year = year }
}

/// One line of the people list.
public struct PersonRow: Equatable, Sendable, Identifiable {
    public var person: Person
    public var unitName: String
    public var initiatives: Int
    /// The date the person registered for the query's year, if they did.
    public var registeredOn: Day?

    public var id: Int64 { person.id }

    public init(person: Person, unitName: String = "", initiatives: Int = 0, registeredOn: Day? = nil) {
        self.person = person
        self.unitName = unitName
        self.initiatives = initiatives
        self.registeredOn = registeredOn
    }
}
