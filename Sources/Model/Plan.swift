/// The commune plan's facts as data: what the first run seeds into the database.
/// Where the plan names no exact day (a month, a year), the last day of it stands in and
/// the milestone keeps its precision, so it is shown as the plan words it.
public enum Plan {
    public static let movement = Movement(
        name: "Phong trào thi đua “Đổi mới sáng tạo và chuyển đổi số”",
        shortName: "Đổi mới sáng tạo và chuyển đổi số",
        commune: "Hải An",
        province: "Ninh Bình",
        issuedBy: "UBND xã Hải An",
        grounds: [
            "Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
            "Quyết định 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ",
            "Kế hoạch 02/KH-UBND ngày 09/7/2025 của UBND tỉnh Ninh Bình",
        ]
    )

    public static let firstYear = 2025
    public static let lastYear = 2030
    public static let years = Array(firstYear...lastYear)

    /// The movement's year nearest to `year` (a day before 2025 or after 2030 still has one).
    public static func year(nearest year: Int) -> Int { min(max(year, firstYear), lastYear) }

    /// Phase 1 runs from the plan's issue (July 2025) to the sơ kết; phase 2 from it to the
    /// end of 2030. The plan says only "in 2027" for the sơ kết: mid-2027, after the 20/5
    /// reports, is our editable default.
    public static let phases = [
        Phase(id: 1, name: "Giai đoạn 1", start: day(2025, 7, 1), end: day(2027, 6, 30),
              yearsLabel: "2025–2027", review: "Sơ kết"),
        Phase(id: 2, name: "Giai đoạn 2", start: day(2027, 7, 1), end: day(2030, 12, 31),
              yearsLabel: "2027–2030", review: "Tổng kết"),
    ]

    /// The bodies the plan itself names, seeded as group (a) units; no invented ones.
    public static let namedBodies: [(name: String, role: String)] = [
        ("Phòng Văn hoá - Xã hội", "Chủ trì, theo dõi, tiếp nhận báo cáo, tổng hợp hằng năm"),
        ("Hội đồng Thi đua - Khen thưởng xã", "Hướng dẫn, thẩm định hồ sơ, đề nghị khen thưởng"),
        ("Ủy ban MTTQ xã", "Vận động đoàn viên, hội viên và Nhân dân"),
        ("Ban Xây dựng Đảng", "Phối hợp tuyên truyền với Phòng VH-XH"),
        ("Đài Phát thanh xã", "Tuyên truyền, nhân rộng mô hình hay"),
    ]

    /// The unit that compiles the yearly report.
    public static let compilingBody = "Phòng Văn hoá - Xã hội"

    public static let milestones: [Milestone] = {
        var list = [
            Milestone(id: 0, kind: .deadline, title: "Đơn vị gửi kế hoạch phát động",
                      date: day(2025, 7, 18), precision: .day),
            Milestone(id: 0, kind: .planBuilt, title: "Xây dựng kế hoạch triển khai",
                      date: day(2025, 9, 30), precision: .month),
        ]
        for slot in reportSlots where slot.kind != .launchPlan {
            list.append(Milestone(id: 0, kind: .deadline, title: slot.title, date: slot.dueBefore, precision: .day))
        }
        list.append(Milestone(id: 0, kind: .soKet, title: "Sơ kết giai đoạn 1", date: phases[0].end, precision: .year))
        list.append(Milestone(id: 0, kind: .tongKet, title: "Tổng kết phong trào", date: phases[1].end, precision: .year))
        return list.sorted { $0.date < $1.date }
    }()

    /// Every report the plan asks for. The 20/5 report starts in 2026: the plan was issued
    /// in July 2025, after 20/5/2025, so no unit could have sent one that year.
    public static let reportSlots: [ReportSlot] = {
        var slots = [ReportSlot(id: 0, kind: .launchPlan, year: 2025, title: "Kế hoạch phát động phong trào",
                                dueBefore: day(2025, 7, 18), groups: [.a, .b])]
        for year in years {
            if year > firstYear {
                slots.append(ReportSlot(id: 0, kind: .midYear, year: year, title: "Báo cáo năm \(year) gửi Phòng VH-XH",
                                        dueBefore: day(year, 5, 20), groups: [.a, .b, .c]))
            }
            slots.append(ReportSlot(id: 0, kind: .yearEnd, year: year, title: "Báo cáo năm \(year) gửi UBND xã",
                                    dueBefore: day(year, 12, 10), groups: [.a, .b]))
            slots.append(ReportSlot(id: 0, kind: .compiled, year: year, title: "Báo cáo tổng hợp năm \(year) của Phòng VH-XH",
                                    dueBefore: day(year, 12, 10), groups: []))
        }
        return ReportSlot.withOpenings(slots)
    }()

    /// Our default worksheet: the plan's criteria with points so each group sums to 100.
    public static let templates: [CriteriaTemplate] = [
        CriteriaTemplate(group: .collective(.a), criteria: common([15, 15, 20, 20]) + [
            Criterion(code: "a5", title: "Hoàn thành nhiệm vụ đúng hạn, có chất lượng; báo cáo đúng quy định", maxPoints: 15),
            Criterion(code: "a6", title: "Sản phẩm, dịch vụ số mới đạt chuẩn, an toàn an ninh mạng", maxPoints: 15),
        ]),
        CriteriaTemplate(group: .collective(.b), criteria: common([10, 10, 15, 15]) + [
            Criterion(code: "b5", title: "Phong trào thiết thực, hiệu quả, nhiều sáng kiến", maxPoints: 10),
            Criterion(code: "b6", title: "Hướng dẫn hộ kinh doanh lên sàn TMĐT, mở tài khoản thanh toán điện tử", maxPoints: 15),
            Criterion(code: "b7", title: "Hướng dẫn người dân dùng dịch vụ thiết yếu, khám chữa bệnh từ xa, BHXH", maxPoints: 10),
            Criterion(code: "b8", title: "Tổ công nghệ số cộng đồng hướng dẫn dịch vụ công trực tuyến", maxPoints: 15),
        ]),
        CriteriaTemplate(group: .collective(.c), criteria: common([15, 10, 15, 20]) + [
            Criterion(code: "c5", title: "Ứng dụng công nghệ số tạo sản phẩm, dịch vụ mới", maxPoints: 20),
            Criterion(code: "c6", title: "Làm chủ công nghệ, “Make in Việt Nam”, an toàn an ninh mạng", maxPoints: 20),
        ]),
        CriteriaTemplate(group: .individual, criteria: [
            Criterion(code: "cn1", title: "Tích cực tham gia phong trào thi đua chuyển đổi số", maxPoints: 30),
            Criterion(code: "cn2", title: "Sáng kiến, giải pháp được công nhận và nhân rộng toàn xã", maxPoints: 30),
            Criterion(code: "cn3", title: "Xây dựng, tham mưu cơ chế, chính sách cho chuyển đổi số", maxPoints: 25),
            Criterion(code: "cn4", title: "Đóng góp công sức, trí tuệ, vật chất (đối tượng khác)", maxPoints: 15),
        ]),
    ]

    public static let bands = Bands(
        bands: [Band(minimum: 90, label: "Xuất sắc"), Band(minimum: 70, label: "Tốt"), Band(minimum: 50, label: "Đạt")],
        belowAll: "Chưa đạt"
    )

    /// The four criteria every collective shares, with the points a group gives them.
    private static func common(_ points: [Double]) -> [Criterion] {
        let titles = [
            "Quán triệt, triển khai Nghị quyết 57-NQ/TW và các nghị quyết liên quan",
            "Cụ thể hoá bằng nhiệm vụ, giải pháp và tổ chức thực hiện hiệu quả",
            "Chuyển đổi số, chính quyền điện tử gắn cải cách hành chính là nhiệm vụ trọng tâm",
            "Phát động, đăng ký thi đua; có sáng kiến, giải pháp đạt kết quả tốt",
        ]
        return zip(titles, points).enumerated().map { index, pair in
            Criterion(code: "tc\(index + 1)", title: pair.0, maxPoints: pair.1)
        }
    }

    private static func day(_ y: Int, _ m: Int, _ d: Int) -> Day {
        guard let value = Day(y, m, d) else { preconditionFailure("invalid plan date \(y)-\(m)-\(d)") }
        return value
    }
}
