/// One criterion of a scoring template, with the most points it can give.
public struct Criterion: Sendable, Equatable {
    /// The stored row (0 for the plan's defaults); scores point at it, so a new template
    /// version has new ids and old scores keep theirs.
    public var id: Int64
    public var code: String
    public var title: String
    public var maxPoints: Double

    public init(id: Int64 = 0, code: String, title: String, maxPoints: Double) {
        self.id = id
        self.code = code
        self.title = title
        self.maxPoints = maxPoints
    }
}

/// The criteria a group is scored against in one round, as of one version.
public struct CriteriaTemplate: Sendable, Equatable {
    public static let requiredTotal: Double = 100

    /// The stored row (0 for the plan's defaults).
    public var id: Int64
    public var roundID: Int64
    public var version: Int
    public var group: ScoringGroup
    public var criteria: [Criterion]

    public init(id: Int64 = 0, roundID: Int64 = 0, version: Int = 1, group: ScoringGroup, criteria: [Criterion]) {
        self.id = id
        self.roundID = roundID
        self.version = version
        self.group = group
        self.criteria = criteria
    }

    public var totalPoints: Double { criteria.reduce(0) { $0 + $1.maxPoints } }

    /// How far the template is from 100 points (positive: too many); 0 when usable.
    public var imbalance: Double { totalPoints - Self.requiredTotal }

    public var isUsable: Bool { abs(imbalance) < 0.0001 }

    /// Why scoring under this template is refused, if it is.
    public var unusableReason: String? {
        if criteria.isEmpty { return "Bộ tiêu chí chưa có tiêu chí nào." }
        if isUsable { return nil }
        return "Bộ tiêu chí tổng \(formatPoints(totalPoints)) điểm, lệch \(formatSignedPoints(imbalance)) so với 100; sửa trước khi chấm."
    }
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

extension Bands {
    /// Thresholds from 0 to 100, each band strictly above the next, every label named.
    public func validationErrors() -> [FieldError] {
        var errors: [FieldError] = []
        for (index, band) in bands.enumerated() {
            let field = "band\(index)"
            if !(0...CriteriaTemplate.requiredTotal).contains(band.minimum) {
                errors.append(FieldError(field: field, message: "Ngưỡng “\(band.label)” phải từ 0 đến 100."))
            } else if index > 0 && abs(bands[index - 1].minimum - band.minimum) < 0.000_001 {
                errors.append(FieldError(field: field, message: "Ngưỡng “\(band.label)” trùng ngưỡng “\(bands[index - 1].label)”."))
            }
            if VietText.normalize(band.label).isEmpty {
                errors.append(FieldError(field: field, message: "Xếp loại cần có tên."))
            }
        }
        return errors
    }
}

extension Criterion {
    public static let maxCodeWidth = 10
    public static let maxTitleWidth = 200

    /// A code and a title, and a maximum from 0 to 100 points.
    public func validationErrors() -> [FieldError] {
        var errors: [FieldError] = []
        let code = VietText.normalize(self.code), title = VietText.normalize(self.title)
        if code.isEmpty || VietText.displayWidth(code) > Self.maxCodeWidth {
            errors.append(FieldError(field: "code", message: "Mã tiêu chí từ 1 đến \(Self.maxCodeWidth) ký tự."))
        }
        if title.isEmpty || VietText.displayWidth(title) > Self.maxTitleWidth {
            errors.append(FieldError(field: "title", message: "Tên tiêu chí từ 1 đến \(Self.maxTitleWidth) ký tự."))
        }
        if !(0...CriteriaTemplate.requiredTotal).contains(maxPoints) {
            errors.append(FieldError(field: "maxPoints", message: "Điểm tối đa từ 0 đến 100."))
        }
        return errors
    }
}
