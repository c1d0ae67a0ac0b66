/// A scoring round: one year of the movement, or one of the two reviews.
public struct Round: Sendable, Equatable, Identifiable {
    public var id: Int64
    /// "2026", "so_ket_2027", "tong_ket_2030".
    public var code: String
    public var title: String
    public var year: Int

    public init(id: Int64 = 0, code: String, title: String, year: Int) {
        self.id = id
        self.code = code
        self.title = title
        self.year = year
    }
}

extension Plan {
    /// Each year, then each review right after the year it closes.
    public static let rounds: [Round] = years.flatMap { year -> [Round] in
        var rounds = [Round(code: String(year), title: "Năm \(year)", year: year)]
        if year == 2027 { rounds.append(Round(code: "so_ket_2027", title: "Sơ kết 2027", year: 2027)) }
        if year == 2030 { rounds.append(Round(code: "tong_ket_2030", title: "Tổng kết 2030", year: 2030)) }
        return rounds
    }
}
