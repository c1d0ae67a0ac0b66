/// One criterion of a scoring template, with the most points it can give.
public struct Criterion: Sendable, Equatable {
    public var code: String
    public var title: String
    public var maxPoints: Double

    public init(code: String, title: String, maxPoints: Double) {
        self.code = code
        self.title = title
        self.maxPoints = maxPoints
    }
}

/// The criteria a group is scored against.
public struct CriteriaTemplate: Sendable, Equatable {
    public static let requiredTotal: Double = 100

    public var group: ScoringGroup
    public var criteria: [Criterion]

    public init(group: ScoringGroup, criteria: [Criterion]) {
        self.group = group
        self.criteria = criteria
    }

    public var totalPoints: Double { criteria.reduce(0) { $0 + $1.maxPoints } }

    /// How far the template is from 100 points (positive: too many); 0 when usable.
    public var imbalance: Double { totalPoints - Self.requiredTotal }

    public var isUsable: Bool { abs(imbalance) < 0.0001 }
}

/// A classification band: a total at or above `minimum` earns `label`.
public struct Band: Sendable, Equatable {
    public var minimum: Double
    public var label: String

    public init(minimum: Double, label: String) {
        self.minimum = minimum
        self.label = label
    }
}

/// The bands in force, highest first, and the label below them all.
public struct Bands: Sendable, Equatable {
    public var bands: [Band]
    public var belowAll: String

    public init(bands: [Band], belowAll: String) {
        self.bands = bands.sorted { $0.minimum > $1.minimum }
        self.belowAll = belowAll
    }

    public func label(for total: Double) -> String {
        bands.first { total >= $0.minimum - 0.000_001 }?.label ?? belowAll
    }
}

/// Scores shown the Vietnamese way, with a decimal comma: 87,5.
public func formatPoints(_ value: Double) -> String {
    let tenths = Int((abs(value) * 10).rounded())
    let sign = value < 0 && tenths > 0 ? "-" : ""
    return sign + (tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)")
}
