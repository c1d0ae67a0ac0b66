import Model

/// One criterion of a template version; `serial` tells rows apart as the database's ids do (a
/// new version's copy is a new row), and is never compared with what HaiAn stores.
struct ReferenceCriterion: Equatable {
    var code: String
    var title: String
    var max: Double
    var serial = 0
}

/// The criteria templates of the three collective groups in the rounds scored, as the plan's
/// worksheet keeps them: each round's own, versions by number, criteria by position; the newest
/// version is the one scored.
struct ReferenceTemplates {
    typealias Version = [Int: ReferenceCriterion]

    /// One round's template of one group.
    struct Key: Hashable {
        var round: Int64
        var group: UnitGroup
    }

    var versions: [Key: [Int: Version]]
    private var serials = 0

    /// `rows`: what the seed holds, as (round and group, version, position, criterion).
    init(_ rows: [(Key, Int, Int, ReferenceCriterion)]) {
        versions = [:]
        for (key, version, position, criterion) in rows {
            versions[key, default: [:]][version, default: [:]][position] = numbered(criterion)
        }
    }

    /// The criterion with the next serial: a new row.
    mutating func numbered(_ criterion: ReferenceCriterion) -> ReferenceCriterion {
        serials += 1
        var numbered = criterion
        numbered.serial = serials
        return numbered
    }

    func currentNumber(_ key: Key) -> Int { versions[key]?.keys.max() ?? 0 }

    /// The current version's criteria in the order the worksheet shows them.
    func ordered(_ key: Key, version: Int? = nil) -> [(position: Int, criterion: ReferenceCriterion)] {
        let version = versions[key]?[version ?? currentNumber(key)] ?? [:]
        return version.keys.sorted().map { ($0, version[$0]!) }
    }

    /// Scores are given only under a version whose maxima add up to 100.
    func usable(_ key: Key) -> Bool {
        let criteria = ordered(key)
        return !criteria.isEmpty && abs(criteria.map(\.criterion.max).reduce(0, +) - 100) < 0.000_001
    }

    /// Where a criterion is: its version and position.
    func place(of serial: Int, in key: Key) -> (version: Int, position: Int)? {
        for (number, version) in versions[key] ?? [:] {
            if let position = version.first(where: { $0.value.serial == serial })?.key { return (number, position) }
        }
        return nil
    }

    /// What is accepted as a criterion: a code and a title, 0 to 100 points, a code no other
    /// criterion of the current version has; `index` (nil: added) among those there are.
    func canSave(_ key: Key, index: Int?, _ criterion: ReferenceCriterion) -> Bool {
        let criteria = ordered(key)
        guard criterion.max >= 0, criterion.max <= 100, !criterion.code.isEmpty, !criterion.title.isEmpty else { return false }
        if let index, !criteria.indices.contains(index) { return false }
        let code = VietText.normalize(criterion.code)
        return !criteria.enumerated().contains { $0.offset != index && VietText.normalize($0.element.criterion.code) == code }
    }
}
