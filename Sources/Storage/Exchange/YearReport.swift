import GRDB
import Model

/// The yearly results report Phòng VH-XH compiles for UBND xã, as Markdown (pandoc turns it
/// into DOCX or PDF): units, registrations, reports, activities, initiatives, scores, awards.
extension AppDatabase {
    public func yearReportMarkdown(year: Int, today: Day) throws -> String {
        let data = try dashboard()
        var doc = Markdown()
        doc.line("# Báo cáo kết quả phong trào thi đua “\(data.movement.shortName)” năm \(year)")
        doc.line("\(data.movement.commune), \(data.movement.province) · số liệu đến ngày \(today.display)"
                 + (data.demo == nil ? "" : " · DỮ LIỆU MẪU"))
        let tally = try reportTally(today: today)
        try read { db in
            doc.section("1. Tập thể tham gia và đăng ký thi đua")
            let registered = try Row.fetchAll(db, sql: """
                SELECT u.group_code AS g, COUNT(DISTINCT r.unit_id) AS n FROM registration r JOIN unit u ON u.id = r.unit_id
                WHERE r.term = ? AND u.archived = 0 GROUP BY u.group_code
                """, arguments: [String(year)]).reduce(into: [String: Int]()) { $0[$1["g"]] = $1["n"] }
            doc.table(["Nhóm", "Số tập thể", "Đã đăng ký năm \(year)"], UnitGroup.allCases.map { group in
                ["\(group.rawValue). \(group.title)", String(data.unitCounts[group] ?? 0), String(registered[group.rawValue] ?? 0)]
            })
            let people = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person WHERE archived = 0") ?? 0
            let peopleRegistered = try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT person_id) FROM registration WHERE term = ? AND person_id IS NOT NULL",
                                                    arguments: [String(year)]) ?? 0
            doc.line("Cá nhân: \(people) người, \(peopleRegistered) người đăng ký thi đua năm \(year).")

            doc.section("2. Tình hình gửi kế hoạch, báo cáo")
            let slots = data.slots.filter { $0.year == year && !$0.isCompiled }.sorted { $0.dueBefore < $1.dueBefore }
            doc.table(["Báo cáo", "Hạn (trước ngày)", "Nhóm", "Phải gửi", "Đã nhận", "Đúng hạn"], slots.flatMap { slot in
                UnitGroup.allCases.filter(slot.expects).map { group in
                    let rate = tally.rate(slot, groups: [group])
                    return [slot.title, slot.dueBefore.display, group.rawValue, String(rate.expected), String(rate.received),
                            slot.hasPassed(today) ? String(rate.onTime) : "chưa đến hạn"]
                }
            })

            doc.section("3. Hoạt động theo nội dung")
            let first = Day(year, 1, 1)!.iso, last = Day(year, 12, 31)!.iso
            let activities = try Row.fetchAll(db, sql: """
                SELECT area, COUNT(*) AS n, SUM(status = 'hoan_thanh') AS done FROM activity
                WHERE archived = 0 AND start_on <= ? AND end_on >= ? GROUP BY area
                """, arguments: [last, first]).reduce(into: [String: (Int, Int)]()) { $0[$1["area"]] = ($1["n"], $1["done"]) }
            doc.table(["Nội dung", "Hoạt động trong năm", "Hoàn thành"], ContentArea.allCases.map { area in
                ["\(area.rawValue). \(area.title)", String(activities[area.rawValue]?.0 ?? 0), String(activities[area.rawValue]?.1 ?? 0)]
            })

            doc.section("4. Sáng kiến, mô hình hay")
            let initiatives = try Row.fetchAll(db, sql: "SELECT area, status, COUNT(*) AS n FROM initiative WHERE archived = 0 GROUP BY area, status")
                .reduce(into: [String: Int]()) { $0["\($1["area"] as String)/\($1["status"] as String)"] = $1["n"] }
            doc.table(["Nội dung"] + InitiativeStatus.allCases.map(\.title), ContentArea.allCases.map { area in
                ["\(area.rawValue). \(area.title)"] + InitiativeStatus.allCases.map { String(initiatives["\(area.rawValue)/\($0.rawValue)"] ?? 0) }
            })
        }
        guard let round = data.rounds.first(where: { $0.year == year && !$0.isReview }) else { return doc.text }
        doc.section("5. Chấm điểm và xếp loại (\(round.title), điểm của Hội đồng)")
        var bandRows: [[String]] = []
        var leaders: [[String]] = []
        for group in ScoringGroup.allCases {
            let rows = try worksheetRows(WorksheetQuery(roundID: round.id, group: group, sort: .rank))
            let totals = rows.compactMap { $0.sheet(.council).total }
            let labels = data.bands.bands.map(\.label) + [data.bands.belowAll]
            let average = totals.isEmpty ? "—" : formatPoints((totals.reduce(0, +) / Double(totals.count) * 10).rounded() / 10)
            bandRows.append([group.title, String(totals.count), average]
                            + labels.map { label in String(totals.filter { data.bands.label(for: $0) == label }.count) })
            let ranks = try rankTable(round: round.id, group: group)
            leaders += rows.prefix(3).compactMap { row in
                row.sheet(.council).total.map { [group.title, String(ranks.rank(of: $0)), row.name, formatPoints($0), data.bands.label(for: $0)] }
            }
        }
        doc.table(["Nhóm", "Được chấm", "Điểm bình quân"] + data.bands.bands.map(\.label) + [data.bands.belowAll], bandRows)
        doc.line("Dẫn đầu mỗi nhóm:")
        doc.table(["Nhóm", "Hạng", "Tên", "Tổng điểm", "Xếp loại"], leaders)

        doc.section("6. Khen thưởng (\(round.title))")
        let awards = try awards(round: round.id)
        doc.line("Chỉ tiêu Giấy khen: \(round.quota.collective) tập thể, \(round.quota.individual) cá nhân; "
                 + "đề nghị \(awards.use.proposed[.unit] ?? 0) tập thể, \(awards.use.proposed[.person] ?? 0) cá nhân; "
                 + "được khen \(awards.use.awarded[.unit] ?? 0) tập thể, \(awards.use.awarded[.person] ?? 0) cá nhân.")
        doc.table(["Tên", "Nhóm", "Điểm Hội đồng", "Kết quả", "Quyết định"], awards.rows.map { row in
            [row.proposal.name, row.group.title, row.councilTotal.map(formatPoints) ?? "—", row.proposal.stage.title,
             row.proposal.decision.map { "\($0.number) ngày \($0.on.display)" } ?? "—"]
        })
        return doc.text
    }
}

/// Markdown built line by line; table cells lose what would break the table.
private struct Markdown {
    private(set) var text = ""

    mutating func line(_ line: String) { text += line + "\n\n" }

    mutating func section(_ title: String) { line("## \(title)") }

    mutating func table(_ header: [String], _ rows: [[String]]) {
        guard !rows.isEmpty else { return line("(Chưa có số liệu.)") }
        func row(_ cells: [String]) -> String {
            "| " + cells.map { VietText.normalize($0).replacingOccurrences(of: "|", with: "/") }.joined(separator: " | ") + " |"
        }
        text += row(header) + "\n" + row(header.map { _ in "---" }) + "\n"
        text += rows.map(row).joined(separator: "\n") + "\n\n"
    }
}
