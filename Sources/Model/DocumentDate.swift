/// Dates as State documents write them (Nghị định 30/2020/NĐ-CP, Phụ lục I): a day under 10
/// and the months 1 and 2 take a leading 0, the other months do not — "ngày 05 tháng 01 năm
/// 2026", "ngày 14 tháng 6 năm 2025"; in a reference, "05/01/2026", "14/6/2025". The program's
/// screens keep dd/mm/yyyy.
extension Day {
    public var documentDay: String { day < 10 ? "0\(day)" : String(day) }
    public var documentMonth: String { month <= 2 ? "0\(month)" : String(month) }

    /// "ngày 05 tháng 01 năm 2026"
    public var documentLong: String { "ngày \(documentDay) tháng \(documentMonth) năm \(year)" }

    /// "05/01/2026", "14/6/2025"
    public var documentShort: String { "\(documentDay)/\(documentMonth)/\(year)" }
}
