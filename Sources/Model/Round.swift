/// A scoring round: one year of the movement, or one of the two reviews.
public struct Round: Sendable, Equatable, Identifiable, Codable {
    public var id: Int64
    /// "2026", "so_ket_2027", "tong_ket_2030".
    public var code: String
    public var title: String
    public var year: Int
    /// How many Giấy khen the round may award to collectives and to individuals.
    public var quota: Quota

    public init(id: Int64 = 0, code: String, title: String, year: Int, quota: Quota = Quota()) {
        self.id = id
        self.code = code
        self.title = title
        self.year = year
        self.quota = quota
    }

    /// The reviews close a phase and reward more than a single year does.
    public var isReview: Bool { code.hasPrefix("so_ket") || code.hasPrefix("tong_ket") }
}

/// A round's Giấy khen quota per kind of recipient.
public struct Quota: Sendable, Equatable, Codable {
    public static let maximum = 500
    public var collective: Int
    public var individual: Int

    public init(collective: Int = 0, individual: Int = 0) {
        self.collective = collective
        self.individual = individual
    }

    public func limit(_ subject: ScoreSubject) -> Int { subject == .unit ? collective : individual }

    public func validationErrors() -> [FieldError] {
        [("collective", collective), ("individual", individual)].compactMap { field, value in
            (0...Self.maximum).contains(value) ? nil
                : FieldError(field: field, message: "Chỉ tiêu từ 0 đến \(Self.maximum).")
        }
    }
}

extension Plan {
    /// Each year, then each review right after the year it closes.
    public static let rounds: [Round] = years.flatMap { year -> [Round] in
        var rounds = [Round(code: String(year), title: "Năm \(year)", year: year, quota: defaultQuota(review: false))]
        if year == 2027 {
            rounds.append(Round(code: "so_ket_2027", title: "Sơ kết 2027", year: 2027, quota: defaultQuota(review: true)))
        }
        if year == 2030 {
            rounds.append(Round(code: "tong_ket_2030", title: "Tổng kết 2030", year: 2030, quota: defaultQuota(review: true)))
        }
        return rounds
    }

    /// The plan sets no numbers; these defaults are a starting point the council edits.
    public static func defaultQuota(review: Bool) -> Quota {
        review ? Quota(collective: 10, individual: 20) : Quota(collective: 5, individual: 10)
    }
}
