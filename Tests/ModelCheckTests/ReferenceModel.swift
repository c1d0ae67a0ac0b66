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
        case score(Sheet.Key, criterion: Int)
        /// A criterion edited in place (added, changed, removed), by template, version and position.
        case criterion(ReferenceTemplates.Key, version: Int, position: Int)
        /// A new version of a template, with the edit made in it.
        case version(ReferenceTemplates.Key, Int)
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

    struct PersonState: Equatable {
        var unit: Int64
        var archived = false
    }

    enum Value: Equatable {
        case unit(UnitState)
        case person(PersonState)
        case points(Double)
        case day(Day)
        case proposal(ReferenceAwards.Proposal)
        case quota(Int)
        case criterion(ReferenceCriterion)
        case version(ReferenceTemplates.Version)
    }

    /// A unit's council sheet: the template version it is scored under and its points by
    /// criterion (serial).
    struct Sheet: Equatable {
        /// A unit's own self-assessment and the council's are two sheets, in each round.
        struct Key: Hashable {
            var round: Int64
            var unit: Int64
            var assessor: Assessor
        }

        var version: Int
        var points: [Int: Double]
    }

    private(set) var units: [Int64: UnitState] = [:]
    /// The sheets, per round, unit and assessor.
    private(set) var sheets: [Sheet.Key: Sheet] = [:]
    /// The rounds' criteria templates.
    private(set) var templates: ReferenceTemplates
    /// People: the unit each is in, and whether archived.
    private(set) var people: [Int64: PersonState] = [:]
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

    init(quota: Int, templates: ReferenceTemplates) {
        awards = ReferenceAwards(quota: quota)
        self.templates = templates
    }

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

    // MARK: Scores: under the current version only, while it adds up to 100, on a sheet of that version.

    func sheet(_ round: Int64, _ unit: Int64, _ assessor: Assessor = .council) -> Sheet? {
        sheets[Sheet.Key(round: round, unit: unit, assessor: assessor)]
    }

    /// The template a sheet is scored from: its round's, of its unit's group.
    func template(_ key: Sheet.Key) -> ReferenceTemplates.Key? {
        units[key.unit].map { ReferenceTemplates.Key(round: key.round, group: $0.group) }
    }

    func canScore(_ key: Sheet.Key, criterion serial: Int, _ value: Double?) -> Bool {
        guard let shelf = template(key), let place = templates.place(of: serial, in: shelf),
              place.version == templates.currentNumber(shelf), templates.usable(shelf),
              let criterion = templates.versions[shelf]?[place.version]?[place.position] else { return false }
        if let sheet = sheets[key], sheet.version != place.version { return false }
        return value.map { $0 >= 0 && $0 <= criterion.max } ?? true
    }

    mutating func score(_ key: Sheet.Key, criterion serial: Int, _ value: Double?, session: String) {
        let before = sheets[key]?.points[serial].map(Value.points)
        setPoints(key, serial, value)
        record(session, .score(key, criterion: serial), before: before, after: value.map(Value.points))
    }

    private mutating func setPoints(_ key: Sheet.Key, _ serial: Int, _ value: Double?) {
        guard let shelf = template(key), let place = templates.place(of: serial, in: shelf) else { return }
        var sheet = sheets[key] ?? Sheet(version: place.version, points: [:])
        sheet.points[serial] = value
        sheets[key] = sheet.points.isEmpty ? nil : sheet
    }

    // MARK: Ranks: among the group's active units whose council sheet has every criterion of its
    // version scored.

    func complete(_ round: Int64, _ unit: Int64) -> Bool {
        guard let group = units[unit]?.group, let sheet = sheet(round, unit) else { return false }
        return templates.ordered(ReferenceTemplates.Key(round: round, group: group), version: sheet.version)
            .allSatisfy { sheet.points[$0.criterion.serial] != nil }
    }

    private func isRanked(_ round: Int64, _ unit: Int64) -> Bool { units[unit]?.archived == false && complete(round, unit) }

    /// 1 + the ranked units of the group with a higher total in the round; nil when the unit is not ranked.
    func rank(_ round: Int64, _ unit: Int64) -> Int? {
        guard isRanked(round, unit), let group = units[unit]?.group,
              let total = sheet(round, unit)?.points.values.reduce(0, +) else { return nil }
        return 1 + units.keys.filter { other in
            units[other]?.group == group && isRanked(round, other) && (sheet(round, other)?.points.values.reduce(0, +) ?? 0) > total
        }.count
    }

    func ranked(_ round: Int64, _ group: UnitGroup) -> Int {
        units.keys.filter { units[$0]?.group == group && isRanked(round, $0) }.count
    }

    // MARK: Criteria: a version scores were given under (by any unit, archived or not) stays as
    // it was; the edit goes to a copy of it, the next version.

    func used(_ shelf: ReferenceTemplates.Key, version: Int) -> Bool {
        sheets.contains { template($0.key) == shelf && $0.value.version == version }
    }

    /// Saves `criterion` at `index` of the current criteria (nil: added after the last), or
    /// removes the one there (`criterion` nil).
    mutating func editCriterion(_ shelf: ReferenceTemplates.Key, index: Int?, _ criterion: ReferenceCriterion?, session: String) {
        var number = templates.currentNumber(shelf)
        let copied = used(shelf, version: number)
        if copied {
            var copy = templates.versions[shelf]?[number] ?? [:]
            for position in copy.keys { copy[position] = templates.numbered(copy[position]!) }
            number += 1
            templates.versions[shelf]?[number] = copy
        }
        var version = templates.versions[shelf]?[number] ?? [:]
        let positions = version.keys.sorted()
        let position = index.map { positions[$0] } ?? ((positions.last ?? -1) + 1)
        let before = version[position]
        if var criterion {
            // An edit keeps the row; an addition is a new one.
            if let before { criterion.serial = before.serial } else { criterion = templates.numbered(criterion) }
            version[position] = criterion
        } else {
            version[position] = nil
        }
        templates.versions[shelf]?[number] = version
        if copied {
            record(session, .version(shelf, number), before: nil, after: .version(version))
        } else {
            record(session, .criterion(shelf, version: number, position: position), before: before.map(Value.criterion),
                   after: version[position].map(Value.criterion))
        }
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
        people[id] = PersonState(unit: unit)
        record(session, .person(id), before: nil, after: .person(people[id]!))
    }

    mutating func setPersonArchived(_ id: Int64, _ archived: Bool, session: String) {
        changePerson(id, session: session) { $0.archived = archived }
    }

    /// The unit a person's form sends them to when its unit field reads `name`: their own when
    /// it is its name (archived or not, they stay); else the one active unit of that name (case
    /// and form ignored), else the one active unit whose name reads alike without tones; none or
    /// several: refused (nil).
    func unit(typed name: String, for person: Int64) -> Int64? {
        guard let current = people[person]?.unit else { return nil }
        if let unit = units[current], Self.key(unit.name) == Self.key(name) { return current }
        let fold = VietText.fold(VietText.normalize(name))
        let alike = units.filter { !$0.value.archived && VietText.fold(VietText.normalize($0.value.name)) == fold }
        let exact = alike.filter { Self.key($0.value.name) == Self.key(name) }
        if exact.count == 1 { return exact.first?.key }
        return alike.count == 1 ? alike.first?.key : nil
    }

    mutating func movePerson(_ id: Int64, to unit: Int64, session: String) {
        changePerson(id, session: session) { $0.unit = unit }
    }

    private mutating func changePerson(_ id: Int64, session: String, _ change: (inout PersonState) -> Void) {
        guard var person = people[id] else { return }
        let before = person
        change(&person)
        people[id] = person
        record(session, .person(id), before: .person(before), after: .person(person))
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

    /// The reports a reminder names: owed by an active unit, not received by today, overdue (the
    /// last on-time day passed) or due within `days` of it; as "unit/deadline/overdue".
    func reminders(_ slots: [ReportSlot], days: Int) -> Set<String> {
        var named: Set<String> = []
        for (id, unit) in units where !unit.archived {
            for slot in slots where owes(unit, slot) {
                if let day = receipts[id]?[slot.id], day <= today { continue }
                let lastOnTime = slot.dueBefore.adding(days: -1)
                if today.days(until: lastOnTime) < days { named.insert("\(id)/\(slot.id)/\(today > lastOnTime)") }
            }
        }
        return named
    }

    /// A session's latest change not yet undone is taken back, unless its target changed since,
    /// a unit it would remove has scores, or a unit it would bring back active has a name
    /// another active unit of the group now has. Returns whether it was.
    mutating func undo(session: String) -> Bool {
        guard let index = changes[session]?.lastIndex(where: { !$0.undone }), let entry = changes[session]?[index] else { return false }
        switch entry.target {
        case .person(let id):
            guard people[id].map(Value.person) == entry.after else { return false }
            if case .person(let before) = entry.before { people[id] = before } else { people[id] = nil }
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
                if sheets.keys.contains(where: { $0.unit == id }) || receipts[id] != nil || people.values.contains { $0.unit == id } || awards.proposals[id] != nil
                    || registrations[id] != nil { return false }
                units[id] = nil
            }
        case .receipt(let unit, let slot):
            guard receipts[unit]?[slot].map(Value.day) == entry.after else { return false }
            if case .day(let day) = entry.before { receipts[unit, default: [:]][slot] = day } else {
                receipts[unit]?[slot] = nil
                if receipts[unit]?.isEmpty == true { receipts[unit] = nil }
            }
        case .score(let key, let serial):
            guard sheets[key]?.points[serial].map(Value.points) == entry.after else { return false }
            if case .points(let value) = entry.before {
                // Brought back as a typed score would fit: within its criterion's maximum as it
                // stands, on a sheet of the criterion's version.
                guard let shelf = template(key), let place = templates.place(of: serial, in: shelf),
                      let criterion = templates.versions[shelf]?[place.version]?[place.position], value >= 0, value <= criterion.max,
                      sheets[key].map({ $0.version == place.version }) ?? true else { return false }
                setPoints(key, serial, value)
            } else {
                setPoints(key, serial, nil)
            }
        case .criterion(let shelf, let number, let position):
            guard let version = templates.versions[shelf]?[number], version[position].map(Value.criterion) == entry.after,
                  !used(shelf, version: number) else { return false }
            // A removed criterion comes back at its place (the guard: unless an added one took it).
            if case .criterion(let before) = entry.before {
                templates.versions[shelf]?[number]?[position] = before
            } else {
                templates.versions[shelf]?[number]?[position] = nil
            }
        case .version(let shelf, let number):
            guard templates.versions[shelf]?[number].map(Value.version) == entry.after, !used(shelf, version: number) else { return false }
            templates.versions[shelf]?[number] = nil
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
