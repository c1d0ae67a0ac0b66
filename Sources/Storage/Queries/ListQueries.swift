import Foundation
import GRDB
import Model

extension AppDatabase {
    /// One window of the units list, its total, and the active units per group. Only the
    /// rows asked for are read; filters and orders run on indexed columns.
    public func units(_ query: UnitQuery, offset: Int, limit: Int) throws -> UnitListPage {
        try read { db in
            let sql = UnitListSQL(query)
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) \(sql.filter)", arguments: sql.arguments) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT u.*,
                  (SELECT COUNT(*) FROM person p WHERE p.unit_id = u.id AND p.archived = 0) AS people_count,
                  (SELECT COUNT(*) FROM initiative i WHERE i.unit_id = u.id AND i.archived = 0) AS initiative_count,
                  (SELECT r.registered_on FROM registration r WHERE r.unit_id = u.id AND r.term = ?) AS registered_on
                \(sql.filter) ORDER BY \(sql.order) LIMIT ? OFFSET ?
                """, arguments: [String(query.year)] + sql.arguments + [limit, offset])
            let window = try rows.map { row in
                let unit = try UnitRecord(row: row).model
                return UnitRow(unit: unit, people: row["people_count"], initiatives: row["initiative_count"],
                               registeredOn: (row["registered_on"] as String?).flatMap(Day.init(iso:)),
                               latestScore: try latestCouncilTotal(db, unitID: unit.id))
            }
            let counts = try Row.fetchAll(db, sql: "SELECT group_code, COUNT(*) AS n FROM unit WHERE archived = 0 GROUP BY group_code")
            return UnitListPage(
                window: ListWindow(total: total, start: offset, rows: window),
                groupCounts: Dictionary(uniqueKeysWithValues: counts.compactMap { row in
                    UnitGroup(rawValue: row["group_code"]).map { ($0, row["n"] as Int) }
                }))
        }
    }

    /// Where a unit sits in the list a query gives (nil when the query leaves it out), so a
    /// unit just saved can be selected without reading the whole list.
    public func position(ofUnit id: Int64, in query: UnitQuery) throws -> Int? {
        try read { db -> Int? in
            let sql = UnitListSQL(query)
            let keys = sql.sortColumns.map(\.expression)
            guard let row = try Row.fetchOne(db, sql: "SELECT \(keys.joined(separator: ", ")) \(sql.filter) AND u.id = ?",
                                             arguments: sql.arguments + [id]) else { return nil }
            // Rows before it: lexicographic on the sort columns, each in its own direction.
            let values = Array(row.databaseValues)
            var before: [String] = []
            var arguments: [(any DatabaseValueConvertible)?] = []
            for (index, column) in sql.sortColumns.enumerated() {
                let equal = sql.sortColumns[..<index].map { "\($0.expression) = ?" }
                before.append("(" + (equal + ["\(column.expression) \(column.descending ? ">" : "<") ?"]).joined(separator: " AND ") + ")")
                arguments += values[0...index].map { $0 }
            }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) \(sql.filter) AND (\(before.joined(separator: " OR ")))",
                                    arguments: sql.arguments + StatementArguments(arguments))
        }
    }

    /// One window of the all-people list, given name first.
    public func people(_ query: PersonQuery, offset: Int, limit: Int) throws -> ListWindow<PersonRow> {
        try read { db in
            var conditions = ["p.archived = ?"]
            var arguments: [(any DatabaseValueConvertible)?] = [query.archived]
            if let pattern = SearchPattern.like(query.search) {
                conditions.append("p.name_fold LIKE ? ESCAPE '\\'")
                arguments.append(pattern)
            }
            let filter = "FROM person p WHERE " + conditions.joined(separator: " AND ")
            let direction = query.sort.descending ? "DESC" : "ASC"
            let order = switch query.sort.column {
            case .name: "p.name_sort \(direction), p.id"
            case .kind: "p.kind \(direction), p.name_sort, p.id"
            }
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) \(filter)", arguments: StatementArguments(arguments)) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT p.*, (SELECT name FROM unit WHERE unit.id = p.unit_id) AS unit_name,
                  (SELECT COUNT(*) FROM initiative i WHERE i.person_id = p.id AND i.archived = 0) AS initiative_count
                \(filter) ORDER BY \(order) LIMIT ? OFFSET ?
                """, arguments: StatementArguments(arguments + [limit, offset]))
            return ListWindow(total: total, start: offset, rows: try rows.map { row in
                PersonRow(person: try PersonRecord(row: row).model, unitName: row["unit_name"] ?? "",
                          initiatives: row["initiative_count"])
            })
        }
    }

    /// One window of the initiatives list, by content area then title.
    public func initiatives(_ query: InitiativeQuery, offset: Int, limit: Int) throws -> ListWindow<InitiativeRow> {
        try read { db in
            var conditions = ["i.archived = 0"]
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let area = query.area {
                conditions.append("i.area = ?")
                arguments.append(area.rawValue)
            }
            if let status = query.status {
                conditions.append("i.status = ?")
                arguments.append(status.rawValue)
            }
            if let pattern = SearchPattern.like(query.search) {
                conditions.append("i.title_fold LIKE ? ESCAPE '\\'")
                arguments.append(pattern)
            }
            let filter = "FROM initiative i WHERE " + conditions.joined(separator: " AND ")
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) \(filter)", arguments: StatementArguments(arguments)) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT i.*, COALESCE((SELECT name FROM unit WHERE unit.id = i.unit_id),
                                     (SELECT name FROM person WHERE person.id = i.person_id), '') AS owner_name
                \(filter) ORDER BY i.area, i.title_sort, i.id LIMIT ? OFFSET ?
                """, arguments: StatementArguments(arguments + [limit, offset]))
            return ListWindow(total: total, start: offset, rows: try rows.map { row in
                InitiativeRow(initiative: try InitiativeRecord(row: row).model, ownerName: row["owner_name"])
            })
        }
    }

    /// The council's total for a unit in the latest round that has one.
    func latestCouncilTotal(_ db: Database, unitID: Int64) throws -> RoundTotal? {
        try Row.fetchOne(db, sql: """
            SELECT (SELECT title FROM round WHERE round.id = s.round_id) AS title, SUM(s.points) AS total
            FROM score s WHERE s.subject = 'unit' AND s.subject_id = ? AND s.assessor = 'council'
            GROUP BY s.round_id ORDER BY s.round_id DESC LIMIT 1
            """, arguments: [unitID]).map { RoundTotal(round: $0["title"], total: $0["total"]) }
    }

    /// One read transaction; SQLite's refusals become Vietnamese `StoreError`s.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw AppDatabase.translate(error, path: path)
        }
    }
}

/// The units list's WHERE and ORDER BY for a query, shared by the window and the position.
struct UnitListSQL {
    var filter: String
    var arguments: StatementArguments
    var sortColumns: [(expression: String, descending: Bool)]

    init(_ query: UnitQuery) {
        var conditions = ["u.archived = ?"]
        var arguments: [(any DatabaseValueConvertible)?] = [query.archived]
        if let group = query.group {
            conditions.append("u.group_code = ?")
            arguments.append(group.rawValue)
        }
        if let pattern = SearchPattern.like(query.search) {
            conditions.append("u.name_fold LIKE ? ESCAPE '\\'")
            arguments.append(pattern)
        }
        if query.registration != .any {
            let negate = query.registration == .notRegistered ? "NOT " : ""
            conditions.append("\(negate)EXISTS (SELECT 1 FROM registration r WHERE r.unit_id = u.id AND r.term = ?)")
            arguments.append(String(query.year))
        }
        filter = "FROM unit u WHERE " + conditions.joined(separator: " AND ")
        self.arguments = StatementArguments(arguments)
        let descending = query.sort.descending
        sortColumns = switch query.sort.column {
        case .name: [("u.name_sort", descending), ("u.id", false)]
        case .group: [("u.group_code", descending), ("u.name_sort", false), ("u.id", false)]
        case .head: [("u.head_sort", descending), ("u.name_sort", false), ("u.id", false)]
        }
    }

    var order: String { sortColumns.map { "\($0.expression) \($0.descending ? "DESC" : "ASC")" }.joined(separator: ", ") }
}

/// A typed search as a LIKE pattern on a folded column: "hai an" finds "Hải An".
enum SearchPattern {
    static func like(_ search: String) -> String? {
        let folded = VietText.fold(VietText.normalize(search))
        guard !folded.isEmpty else { return nil }
        let escaped = folded.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return "%\(escaped)%"
    }
}
