import Foundation

/// Scores shown the Vietnamese way, with a decimal comma: 87,5.
public func formatPoints(_ value: Double) -> String {
    let tenths = Int((abs(value) * 10).rounded())
    let sign = value < 0 && tenths > 0 ? "-" : ""
    return sign + (tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)")
}

/// A difference with its sign: "+5", "-2,5", "0".
public func formatSignedPoints(_ value: Double) -> String {
    (value > 0.000_001 ? "+" : "") + formatPoints(value)
}

/// Points as typed: digits with at most one decimal after a comma or a point ("7,5", "7.5").
public enum Points {
    /// What can be typed into a score cell.
    public static func accepts(_ character: Character) -> Bool {
        character.isASCII && (character.isNumber || character == "," || character == ".")
    }

    /// The value, or why the text is not one: not a number, negative, too many decimals.
    public static func parse(_ text: String, field: String = "points") -> Result<Double, FieldError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        if trimmed.hasPrefix("-"), Double(trimmed) != nil {
            return .failure(FieldError(field: field, message: "Điểm không được âm."))
        }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard !trimmed.isEmpty, parts.count <= 2, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              !(parts.first?.isEmpty ?? true) || parts.count == 2 && !parts[1].isEmpty,
              let value = Double(trimmed), value.isFinite else {
            return .failure(FieldError(field: field, message: "“\(text)” không phải là số điểm (ví dụ 7 hoặc 7,5)."))
        }
        if parts.count == 2 && parts[1].count > 1 {
            return .failure(FieldError(field: field, message: "Điểm lấy tối đa một chữ số thập phân (ví dụ 7,5)."))
        }
        return .success(value)
    }
}

extension Criterion {
    /// A typed score for this criterion: a number from 0 to its maximum.
    public func score(_ text: String) -> Result<Double, FieldError> {
        Points.parse(text).flatMap(check)
    }

    /// A score for this criterion, refused beyond its maximum.
    public func check(_ points: Double) -> Result<Double, FieldError> {
        if points < 0 { return .failure(FieldError(field: "points", message: "Điểm không được âm.")) }
        if points > maxPoints + 0.000_001 {
            return .failure(FieldError(field: "points",
                                       message: "Tiêu chí \(code) tối đa \(formatPoints(maxPoints)) điểm; không nhận \(formatPoints(points))."))
        }
        return .success(points)
    }
}
