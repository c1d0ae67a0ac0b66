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
        var joinedOn: Day
        /// Bumped by every change to the unit: an edit read before the latest is refused.
        var version = 1
    }

    /// What one change did, for its session's undo.
    enum Target: Equatable {
        case person(Int64)
        case unit(Int64)
        case score(unit: Int64, criterion: Int64)
        case receipt(unit: Int64, slot: Int)
        case proposal(unit: Int64)
        case quota
        case registration(unit: Int64, term: String)
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
        case day(Day)
        case proposal(ReferenceAwards.Proposal)
        case quota(Int)
    }

    private(set) var units: [Int64: UnitState] = [:]
    /// Council points of the scored round, per unit and criterion.
    private(set) var points: [Int64: [Int64: Double]] = [:]
    /// People and the unit each was added to.
    private(set) var people: [Int64: Int64] = [:]
    /// The day each unit's report for each deadline was received.
    private(set) var receipts: [Int64: [Int: Day]] = [:]
    /// The day each unit registered for each term (a year, a phase), by the term's code.
    private(set) var registrations: [Int64: [String: Day]] = [:]
    /// The scored round's proposals and quota.
    var awards: ReferenceAwards
    /// The day the program is told it is (`--today`).
    var today = Day(2026, 5, 21)!
    /// Each session's changes, oldest first.
    private var changes: [String: [Entry]] = [:]

    init(quota: Int) { awards = ReferenceAwards(quota: quota) }

    /// Names compare with case and Unicode form ignored, tones significant.
    private static func key(_ name: String) -> String { VietText.normalize(name).lowercased() }

    /// Whether an active unit of the group other than `id` already has the name.
    func nameTaken(_ name: String, group: UnitGroup, except id: Int64?) -> Bool {
        units.contains { $0.key != id && !$0.value.archived && $0.value.group == group && Self.key($0.value.name) == Self.key(name) }
    }

    // MARK: Commands, each returning whether it is accepted.

    mutating func create(_ id: Int64, name: String, group: UnitGroup, joinedOn: Day, session: String) {
        let unit = UnitState(name: name, group: group, joinedOn: joinedOn)
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

    // MARK: Awards

    mutating func setProposal(_ unit: Int64, _ proposal: ReferenceAwards.Proposal, session: String) {
        let before = awards.proposals[unit].map(Value.proposal)
        awards.proposals[unit] = proposal
        record(session, .proposal(unit: unit), before: before, after: .proposal(proposal))
    }

    mutating func setQuota(_ value: Int, session: String) {
        let before = awards.quota
        awards.quota = value
        record(session, .quota, before: .quota(before), after: .quota(value))
    }

    // MARK: Registrations: an active unit, dated within the movement; again for a term replaces the day.

    func canRegister(_ unit: Int64, on day: Day) -> Bool {
        guard let unit = units[unit], !unit.archived else { return false }
        return day >= Plan.movementStart && day <= Plan.movementEnd
    }

    mutating func register(_ unit: Int64, term: String, on day: Day, session: String) {
        let before = registrations[unit]?[term].map(Value.day)
        registrations[unit, default: [:]][term] = day
        record(session, .registration(unit: unit, term: term), before: before, after: .day(day))
    }

    // MARK: People: added to an active unit, and to that unit, whatever other units are called.

    func canAddPerson(to unit: Int64) -> Bool { units[unit].map { !$0.archived } ?? false }

    mutating func addPerson(_ id: Int64, to unit: Int64, session: String) {
        people[id] = unit
        record(session, .person(id), before: nil, after: nil)
    }

    // MARK: Reports: "before 18/7" means the last on-time day is 17/7.

    /// A unit owes a deadline when the deadline asks its group and it joined before it.
    func owes(_ unit: UnitState, _ slot: ReportSlot) -> Bool { slot.groups.contains(unit.group) && unit.joinedOn < slot.dueBefore }

    /// A receipt is accepted for a deadline the unit owes, dated in the movement's years and not after today.
    func canReceive(unit id: Int64, _ slot: ReportSlot, on day: Day) -> Bool {
        guard let unit = units[id] else { return false }
        return owes(unit, slot) && day >= Plan.movementStart && day <= Plan.movementEnd && day <= today
    }

    mutating func receive(unit: Int64, slot: Int, on day: Day?, session: String) {
        let before = receipts[unit]?[slot].map(Value.day)
        receipts[unit, default: [:]][slot] = day
        if receipts[unit]?.isEmpty == true { receipts[unit] = nil }
        record(session, .receipt(unit: unit, slot: slot), before: before, after: day.map(Value.day))
    }

    /// On time, late and expected per deadline and group, counting the active units only and the
    /// receipts dated by today.
    func tally(_ slots: [ReportSlot]) -> [String: (onTime: Int, late: Int, expected: Int)] {
        var tally: [String: (onTime: Int, late: Int, expected: Int)] = [:]
        for (id, unit) in units where !unit.archived {
            for slot in slots where owes(unit, slot) {
                let key = "\(slot.id)/\(unit.group.rawValue)"
                tally[key, default: (0, 0, 0)].expected += 1
                if let day = receipts[id]?[slot.id], day <= today {
                    if day < slot.dueBefore { tally[key]!.onTime += 1 } else { tally[key]!.late += 1 }
                }
            }
        }
        return tally
    }

    /// A session's latest change not yet undone is taken back, unless its target changed since,
    /// a unit it would remove has scores, or a unit it would bring back active has a name
    /// another active unit of the group now has. Returns whether it was.
    mutating func undo(session: String) -> Bool {
        guard let index = changes[session]?.lastIndex(where: { !$0.undone }), let entry = changes[session]?[index] else { return false }
        switch entry.target {
        case .person(let id):
            people[id] = nil
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
                if points[id] != nil || receipts[id] != nil || people.values.contains(id) || awards.proposals[id] != nil
                    || registrations[id] != nil { return false }
                units[id] = nil
            }
        case .receipt(let unit, let slot):
            guard receipts[unit]?[slot].map(Value.day) == entry.after else { return false }
            if case .day(let day) = entry.before { receipts[unit, default: [:]][slot] = day } else {
                receipts[unit]?[slot] = nil
                if receipts[unit]?.isEmpty == true { receipts[unit] = nil }
            }
        case .score(let unit, let criterion):
            guard points[unit]?[criterion].map(Value.points) == entry.after else { return false }
            if case .points(let value) = entry.before { points[unit, default: [:]][criterion] = value } else {
                points[unit]?[criterion] = nil
                if points[unit]?.isEmpty == true { points[unit] = nil }
            }
        case .proposal(let unit):
            guard awards.proposals[unit].map(Value.proposal) == entry.after else { return false }
            // What comes back must fit the quota as it stands now, as a new proposal would.
            if case .proposal(let before) = entry.before {
                let current = awards.proposals[unit], use = awards.use(excluding: unit)
                if !before.withdrawn && current?.withdrawn != false && use.standing + 1 > awards.quota { return false }
                if before.decision?.awarded == true && !before.withdrawn && current?.decision?.awarded != true
                    && use.awarded + 1 > awards.quota { return false }
                awards.proposals[unit] = before
            } else {
                awards.proposals[unit] = nil
            }
        case .registration(let unit, let term):
            guard registrations[unit]?[term].map(Value.day) == entry.after else { return false }
            if case .day(let day) = entry.before { registrations[unit, default: [:]][term] = day } else {
                registrations[unit]?[term] = nil
                if registrations[unit]?.isEmpty == true { registrations[unit] = nil }
            }
        case .quota:
            guard case .quota(let before) = entry.before, entry.after == .quota(awards.quota), awards.allowsQuota(before) else { return false }
            awards.quota = before
        }
        changes[session]?[index].undone = true
        return true
    }

    private mutating func record(_ session: String, _ target: Target, before: Value?, after: Value?) {
        changes[session, default: []].append(Entry(target: target, before: before, after: after))
    }
}
