/// The plan's three criteria groups of collectives.
public enum UnitGroup: String, Sendable, CaseIterable, Identifiable, Comparable, Codable {
    case a, b, c

    public var id: String { rawValue }

    public var title: String {
        switch self {
        case .a: return "Phòng ban, ban ngành, đoàn thể"
        case .b: return "Xóm"
        case .c: return "Doanh nghiệp"
        }
    }

    public static func < (x: UnitGroup, y: UnitGroup) -> Bool { x.rawValue < y.rawValue }
}

/// Who a criteria template scores: one of the collective groups, or individuals.
public enum ScoringGroup: Hashable, Sendable, CaseIterable, Codable {
    case collective(UnitGroup)
    case individual

    public static let allCases: [ScoringGroup] = UnitGroup.allCases.map { .collective($0) } + [.individual]

    /// Stored code: "a", "b", "c" or "ca_nhan".
    public var code: String {
        switch self {
        case .collective(let g): return g.rawValue
        case .individual: return "ca_nhan"
        }
    }

    public var title: String {
        switch self {
        case .collective(let g): return "Nhóm \(g.rawValue): \(g.title)"
        case .individual: return "Cá nhân"
        }
    }
}

extension ScoringGroup {
    /// "Nhóm a" … or "Cá nhân", for tabs and columns.
    public var shortTitle: String {
        switch self {
        case .collective(let g): return "Nhóm \(g.rawValue)"
        case .individual: return "Cá nhân"
        }
    }
}
