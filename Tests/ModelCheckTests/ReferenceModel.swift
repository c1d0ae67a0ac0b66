import Model

/// The movement's units and their council scores as the plan's rules say they behave, in plain
/// collections and the simplest code: what HaiAn must show and store after any sequence of
/// commands. Nothing here calls the real code paths.
struct ReferenceModel {
    struct UnitState: Equatable {
        var name: String
        var group: UnitGroup
        var head = ""
        var archived = false
        /// Bumped by every change to the unit: an edit read before the latest is refused.
        var version = 1
    }

    /// What one change did, for its session's undo.
    enum Target: Equatable {
        case unit(Int64)
        case score(unit: Int64, criterion: Int64)
    }

    struct Entry {
        var target: Target
        var before: Value?
        var after: Value?
        var undone = false
    }

    enum Value: Equatable {
        case unit(UnitState)
        case points(Double)
    }

    private(set) var units: [Int64: UnitState] = [:]
    /// Council points of the scored round, per unit and criterion.
    private(set) var points: [Int64: [Int64: Double]] = [:]
    /// Each session's changes, oldest first.
    private var changes: [String: [Entry]] = [:]

    /// Names compare with case and Unicode form ignored, tones significant.
    private static func key(_ name: String) -> String { VietText.normalize(name).lowercased() }

    /// Whether an active unit of the group other than `id` already has the name.
    func nameTaken(_ name: String, group: UnitGroup, except id: Int64?) -> Bool {
        units.contains { $0.key != id && !$0.value.archived && $0.value.group == group && Self.key($0.value.name) == Self.key(name) }
    }

    // MARK: Commands, each returning whether it is accepted.

    mutating func create(_ id: Int64, name: String, group: UnitGroup, session: String) {
        let unit = UnitState(name: name, group: group)
        units[id] = unit
        record(session, .unit(id), before: nil, after: .unit(unit))
    }

    func canSave(_ id: Int64, name: String, readVersion: Int) -> Bool {
        guard let unit = units[id], unit.version == readVersion else { return false }
        return !nameTaken(name, group: unit.group, except: id)
    }

    mutating func save(_ id: Int64, name: String, head: String, session: String) {
        guard var unit = units[id] else { return }
        let before = unit
        unit.name = name
        unit.head = head
        unit.version += 1
        units[id] = unit
        record(session, .unit(id), before: .unit(before), after: .unit(unit))
    }

    func canSetArchived(_ id: Int64, _ archived: Bool) -> Bool {
        guard let unit = units[id] else { return false }
        return archived || !nameTaken(unit.name, group: unit.group, except: id)
    }

    mutating func setArchived(_ id: Int64, _ archived: Bool, session: String) {
        guard var unit = units[id] else { return }
        let before = unit
        unit.archived = archived
        unit.version += 1
        units[id] = unit
        record(session, .unit(id), before: .unit(before), after: .unit(unit))
    }

    func canScore(_ points: Double, max: Double) -> Bool { points >= 0 && points <= max }

    mutating func score(unit: Int64, criterion: Int64, _ value: Double?, session: String) {
        let before = points[unit]?[criterion].map(Value.points)
        points[unit, default: [:]][criterion] = value
        if points[unit]?.isEmpty == true { points[unit] = nil }
        record(session, .score(unit: unit, criterion: criterion), before: before, after: value.map(Value.points))
    }

    /// A session's latest change not yet undone is taken back, unless its target changed since,
    /// a unit it would remove has scores, or a unit it would bring back active has a name
    /// another active unit of the group now has. Returns whether it was.
    mutating func undo(session: String) -> Bool {
        guard let index = changes[session]?.lastIndex(where: { !$0.undone }), let entry = changes[session]?[index] else { return false }
        switch entry.target {
        case .unit(let id):
            guard case .unit(let after) = entry.after, var current = units[id] else { return false }
            var comparable = current
            comparable.version = after.version
            guard comparable == after else { return false }
            if case .unit(let before) = entry.before {
                if !before.archived && nameTaken(before.name, group: before.group, except: id) { return false }
                current = before
                current.version = units[id]!.version + 1
                units[id] = current
            } else {
                if points[id] != nil { return false }
                units[id] = nil
            }
        case .score(let unit, let criterion):
            guard points[unit]?[criterion].map(Value.points) == entry.after else { return false }
            if case .points(let value) = entry.before { points[unit, default: [:]][criterion] = value } else {
                points[unit]?[criterion] = nil
                if points[unit]?.isEmpty == true { points[unit] = nil }
            }
        }
        changes[session]?[index].undone = true
        return true
    }

    private mutating func record(_ session: String, _ target: Target, before: Value?, after: Value?) {
        changes[session, default: []].append(Entry(target: target, before: before, after: after))
    }
}
