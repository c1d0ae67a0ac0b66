import Foundation
import GRDB
import Model

extension AppDatabase {
    /// A unit's people, initiatives, registration for the year (the one argument) and latest
    /// council round and total: five columns the list and its export read alike.
    static let unitFigures = """
        (SELECT COUNT(*) FROM person p WHERE p.unit_id = u.id AND p.archived = 0),
          (SELECT COUNT(*) FROM initiative i WHERE i.unit_id = u.id AND i.archived = 0),
          (SELECT r.registered_on FROM registration r WHERE r.unit_id = u.id AND r.term = ?),
          (SELECT s.round_id FROM sheet_total s WHERE s.subject = 'unit' AND s.subject_id = u.id AND s.assessor = 'council'
           ORDER BY s.round_id DESC LIMIT 1),
          (SELECT s.total FROM sheet_total s WHERE s.subject = 'unit' AND s.subject_id = u.id AND s.assessor = 'council'
           ORDER BY s.round_id DESC LIMIT 1)
        """

    /// One window of the units list and its total. Only the rows asked for are read;
    /// filters and orders run on indexed columns, a search on the names kept in memory.
    public func units(_ query: UnitQuery, offset: Int, limit: Int) throws -> ListWindow<UnitRow> {
        try read { db in
            // Read by position: a decode by column name cost ~10 µs a row, most of a window's time.
            let columns = "u.id, u.name, u.group_code, u.head, u.phone, u.role, u.archived, u.version, \(Self.unitFigures), u.joined_on"
            // A handful of rounds: their titles once, not a query per row.
            let rounds = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db.cachedStatement(sql: "SELECT id, title FROM round"))
                .map { ($0[0] as Int64, $0[1] as String) })
            let makeRow = { (row: Row) -> UnitRow in
                let unit = Unit(id: row[0], name: row[1], group: UnitGroup(rawValue: row[2]) ?? .a, head: row[3],
                                phone: row[4], role: row[5], archived: row[6],
                                joinedOn: Day(iso: row[13]) ?? Plan.movementStart, version: row[7])
                return UnitRow(unit: unit, people: row[8], initiatives: row[9],
                               registeredOn: (row[10] as String?).flatMap(Day.init(iso:)),
                               latestScore: (row[11] as Int64?).flatMap { round in
                                   rounds[round].map { RoundTotal(round: $0, total: row[12]) } })
            }
            var filters = query
            filters.search = ""
            let sql = UnitListSQL(filters)
            guard let needle = SearchPattern.folded(query.search) else {
                return try Self.window(db, columns: columns, columnArguments: [String(query.year)], filter: sql.filter,
                                       order: sql.order, offset: offset, limit: limit,
                                       total: try unitSearch.keptCount(db, filters), makeRow)
            }
            let matches = try unitSearch.matches(db, filters, needle: needle, offset: offset, limit: limit,
                                                 select: sql.filter, order: sql.order, id: "u.id", name: "u.name_fold")
            return try Self.page(db, columns: columns, from: "unit u", id: "u.id", columnArguments: [String(query.year)],
                                 matches: matches, offset: offset, makeRow)
        }
    }

    /// Where a unit sits in the list a query gives (nil when the query leaves it out), so a
    /// unit just saved can be selected without reading the whole list.
    public func position(ofUnit id: Int64, in query: UnitQuery) throws -> Int? {
        try read { db -> Int? in
            let sql = UnitListSQL(query)
            let keys = sql.sortColumns.map(\.expression)
            guard let row = try Row.fetchOne(db, sql: "SELECT \(keys.joined(separator: ", ")) \(sql.filter.sql) AND u.id = ?",
                                             arguments: sql.filter.arguments + [id]) else { return nil }
            // Rows before it: lexicographic on the sort columns, each in its own direction.
            let values = Array(row.databaseValues)
            var before: [String] = []
            var arguments: [(any DatabaseValueConvertible)?] = []
            for (index, column) in sql.sortColumns.enumerated() {
                let equal = sql.sortColumns[..<index].map { "\($0.expression) = ?" }
                before.append("(" + (equal + ["\(column.expression) \(column.descending ? ">" : "<") ?"]).joined(separator: " AND ") + ")")
                arguments += values[0...index].map { $0 }
            }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) \(sql.filter.sql) AND (\(before.joined(separator: " OR ")))",
                                    arguments: sql.filter.arguments + StatementArguments(arguments))
        }
    }

    /// One window of the all-people list, given name first; a search on the names kept in memory.
    public func people(_ query: PersonQuery, offset: Int, limit: Int) throws -> ListWindow<PersonRow> {
        try read { db in
            var filters = query
            filters.search = ""
            var filter = SQLFilter("person p")
            filter.add("p.archived = ?", filters.archived)
            if filters.registration != .any {
                let negate = filters.registration == .notRegistered ? "NOT " : ""
                filter.add("\(negate)EXISTS (SELECT 1 FROM registration r WHERE r.person_id = p.id AND r.term = ?)", String(query.year))
            }
            let direction = query.sort.descending ? "DESC" : "ASC"
            let order = switch query.sort.column {
            case .name: "p.name_sort \(direction), p.id"
            case .kind: "p.kind \(direction), p.name_sort, p.id"
            }
            let columns = """
                p.*, (SELECT name FROM unit WHERE unit.id = p.unit_id) AS unit_name,
                  (SELECT COUNT(*) FROM initiative i WHERE i.person_id = p.id AND i.archived = 0) AS initiative_count,
                  (SELECT r.registered_on FROM registration r WHERE r.person_id = p.id AND r.term = ?) AS registered_on
                """
            let makeRow = { (row: Row) throws -> PersonRow in
                PersonRow(person: try PersonRecord(row: row).model, unitName: row["unit_name"] ?? "",
                          initiatives: row["initiative_count"], registeredOn: (row["registered_on"] as String?).flatMap(Day.init(iso:)))
            }
            guard let needle = SearchPattern.folded(query.search) else {
                return try Self.window(db, columns: columns, columnArguments: [String(query.year)], filter: filter, order: order,
                                       offset: offset, limit: limit, total: try personSearch.keptCount(db, filters), makeRow)
            }
            let matches = try personSearch.matches(db, filters, needle: needle, offset: offset, limit: limit,
                                                   select: filter, order: order, id: "p.id", name: "p.name_fold")
            return try Self.page(db, columns: columns, from: "person p", id: "p.id", columnArguments: [String(query.year)],
                                 matches: matches, offset: offset, makeRow)
        }
    }

    /// One window of the initiatives list, by content area then title.
    public func initiatives(_ query: InitiativeQuery, offset: Int, limit: Int) throws -> ListWindow<InitiativeRow> {
        try read { db in
            var filter = SQLFilter("initiative i")
            filter.add("i.archived = ?", false)
            if let area = query.area { filter.add("i.area = ?", area.rawValue) }
            if let status = query.status { filter.add("i.status = ?", status.rawValue) }
            if let pattern = SearchPattern.like(query.search) { filter.add("i.title_fold LIKE ? ESCAPE '\\'", pattern) }
            return try Self.window(db, columns: """
                i.*, COALESCE((SELECT name FROM unit WHERE unit.id = i.unit_id),
                              (SELECT name FROM person WHERE person.id = i.person_id), '') AS owner_name
                """, filter: filter, order: "i.area, i.title_sort, i.id", offset: offset, limit: limit) { row in
                InitiativeRow(initiative: try InitiativeRecord(row: row).model, ownerName: row["owner_name"])
            }
        }
    }

    /// The rows of a page of search matches (their ids in the list's order, from the kept names), read by id.
    static func page<T>(_ db: Database, columns: String, from table: String, id: String, columnArguments: StatementArguments,
                        matches: (total: Int, page: [Int64]), offset: Int, _ makeRow: (Row) throws -> T) throws -> ListWindow<T> {
        let ids = matches.page
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(columns), \(id) AS kept_id FROM \(table) WHERE \(id) IN (\(databaseQuestionMarks(count: ids.count)))
            """), arguments: columnArguments + StatementArguments(ids))
        let position = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let ordered = rows.map { (position[$0["kept_id"] as Int64] ?? 0, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        return ListWindow(total: matches.total, start: offset, rows: try ordered.map(makeRow))
    }

    /// Counts the rows a filter keeps (unless `known`), then reads `limit` of them from `offset` in `order`.
    static func window<T>(_ db: Database, columns: String, columnArguments: StatementArguments = [],
                                  filter: SQLFilter, order: String, offset: Int, limit: Int, total known: Int? = nil,
                                  _ makeRow: (Row) throws -> T) throws -> ListWindow<T> {
        // Cached: each page read while scrolling runs the same two statements with new arguments.
        let total = try known ?? Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) \(filter.sql)"),
                                              arguments: filter.arguments) ?? 0
        let window = try db.cachedStatement(sql: "SELECT \(columns) \(filter.sql) ORDER BY \(order) LIMIT ? OFFSET ?")
        let rows = try Row.fetchAll(window, arguments: columnArguments + filter.arguments + [limit, offset])
        return ListWindow(total: total, start: offset, rows: try rows.map(makeRow))
    }
}

/// "FROM table WHERE …" built one condition and its argument at a time.
struct SQLFilter {
    private let table: String
    private var conditions: [String] = []
    private(set) var arguments = StatementArguments()

    init(_ table: String) { self.table = table }

    mutating func add(_ condition: String, _ argument: some DatabaseValueConvertible) {
        conditions.append(condition)
        arguments += [argument]
    }

    /// A condition with no argument.
    mutating func add(_ condition: String) { conditions.append(condition) }

    var sql: String { "FROM \(table) WHERE " + conditions.joined(separator: " AND ") }
}

/// The units list's filter and order for a query, shared by the window and the position.
struct UnitListSQL {
    var filter: SQLFilter
    var sortColumns: [(expression: String, descending: Bool)]

    init(_ query: UnitQuery) {
        filter = SQLFilter("unit u")
        filter.add("u.archived = ?", query.archived)
        if let group = query.group { filter.add("u.group_code = ?", group.rawValue) }
        if let pattern = SearchPattern.like(query.search) { filter.add("u.name_fold LIKE ? ESCAPE '\\'", pattern) }
        if query.registration != .any {
            let negate = query.registration == .notRegistered ? "NOT " : ""
            filter.add("\(negate)EXISTS (SELECT 1 FROM registration r WHERE r.unit_id = u.id AND r.term = ?)", String(query.year))
        }
        let descending = query.sort.descending
        sortColumns = switch query.sort.column {
        // The folded name before the id follows the indexes' order, so no sort step is needed.
        case .name: [("u.name_sort", descending), ("u.name_fold", false), ("u.id", false)]
        case .group: [("u.group_code", descending), ("u.name_sort", false), ("u.name_fold", false), ("u.id", false)]
        case .head: [("u.head_sort", descending), ("u.name_sort", false), ("u.name_fold", false), ("u.id", false)]
        }
    }

    var order: String { sortColumns.map { "\($0.expression) \($0.descending ? "DESC" : "ASC")" }.joined(separator: ", ") }
}

/// A typed search, folded as the names are: "hai an" finds "Hải An".
enum SearchPattern {
    /// The folded search as bytes, for the kept names; nil when nothing is typed.
    static func folded(_ search: String) -> [UInt8]? {
        foldedText(search).map { Array($0.utf8) }
    }

    /// The folded search as a LIKE pattern on a folded column; nil when nothing is typed.
    static func like(_ search: String) -> String? {
        guard let folded = foldedText(search) else { return nil }
        let escaped = folded.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return "%\(escaped)%"
    }

    private static func foldedText(_ search: String) -> String? {
        let folded = VietText.fold(VietText.normalize(search))
        return folded.isEmpty ? nil : folded
    }
}
