import GRDB
import Model

/// One part of the yearly report: a heading, a sentence that says what the figures show, and
/// the table behind it.
public struct ReportSection: Sendable, Equatable {
    public var title: String
    public var sentence: String
    public var header: [String]
    public var rows: [[String]]
}

/// The yearly results report Phòng VH-XH compiles for UBND xã: units, registrations, reports,
/// activities, initiatives, scores, awards. One set of figures for the Markdown (`haian
/// report`) and the State document (`haian documents report`).
extension AppDatabase {
    public func yearReportSections(year: Int, today: Day) throws -> [ReportSection] {
        let data = try dashboard()
        let tally = try reportTally(today: today)
        var sections: [ReportSection] = []
        try read { db in
            let registered = try Row.fetchAll(db, sql: """
                SELECT u.group_code AS g, COUNT(DISTINCT r.unit_id) AS n FROM registration r JOIN unit u ON u.id = r.unit_id
                WHERE r.term = ? AND u.archived = 0 GROUP BY u.group_code
                """, arguments: [String(year)]).reduce(into: [String: Int]()) { $0[$1["g"]] = $1["n"] }
            let people = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person WHERE archived = 0") ?? 0
            let peopleRegistered = try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT person_id) FROM registration WHERE term = ? AND person_id IS NOT NULL",
                                                    arguments: [String(year)]) ?? 0
            let unitsRegistered = registered.values.reduce(0, +)
            sections.append(ReportSection(
                title: "1. Tập thể tham gia và đăng ký thi đua",
                sentence: "Toàn xã có \(data.activeUnits) tập thể tham gia phong trào, \(unitsRegistered) tập thể đăng ký thi đua năm \(year); "
                    + "\(people) cá nhân tham gia, \(peopleRegistered) người đăng ký thi đua năm \(year).",
                header: ["Nhóm", "Số tập thể", "Đã đăng ký năm \(year)"],
                rows: UnitGroup.allCases.map { group in
                    ["\(group.rawValue). \(group.title)", String(data.unitCounts[group] ?? 0), String(registered[group.rawValue] ?? 0)]
                }))

            let slots = data.slots.filter { $0.year == year && !$0.isCompiled }.sorted { $0.dueBefore < $1.dueBefore }
            let passed = slots.filter { $0.hasPassed(today) }.map { tally.rate($0, groups: UnitGroup.allCases) }.reduce(OnTimeRate(), +)
            sections.append(ReportSection(
                title: "2. Tình hình gửi kế hoạch, báo cáo",
                sentence: passed.expected == 0 ? "Chưa có hạn gửi báo cáo nào của năm \(year) đã qua."
                    : "Các hạn đã qua trong năm: nhận \(passed.received)/\(passed.expected) báo cáo, \(passed.onTime) đúng hạn (\(passed.percentLabel)).",
                header: ["Báo cáo", "Hạn (trước ngày)", "Nhóm", "Phải gửi", "Đã nhận", "Đúng hạn"],
                rows: slots.flatMap { slot in
                    UnitGroup.allCases.filter(slot.expects).map { group in
                        let rate = tally.rate(slot, groups: [group])
                        return [slot.title, slot.dueBefore.documentShort, group.rawValue, String(rate.expected), String(rate.received),
                                slot.hasPassed(today) ? String(rate.onTime) : "chưa đến hạn"]
                    }
                }))

            let first = Day(year, 1, 1)!.iso, last = Day(year, 12, 31)!.iso
            let activities = try Row.fetchAll(db, sql: """
                SELECT area, COUNT(*) AS n, SUM(status = 'hoan_thanh') AS done FROM activity
                WHERE archived = 0 AND start_on <= ? AND end_on >= ? GROUP BY area
                """, arguments: [last, first]).reduce(into: [String: (Int, Int)]()) { $0[$1["area"]] = ($1["n"], $1["done"]) }
            let activityCount = activities.values.map(\.0).reduce(0, +), activityDone = activities.values.map(\.1).reduce(0, +)
            sections.append(ReportSection(
                title: "3. Hoạt động theo nội dung",
                sentence: "Trong năm có \(activityCount) hoạt động chuyển đổi số được triển khai, \(activityDone) hoạt động đã hoàn thành.",
                header: ["Nội dung", "Hoạt động trong năm", "Hoàn thành"],
                rows: ContentArea.allCases.map { area in
                    ["\(area.rawValue). \(area.title)", String(activities[area.rawValue]?.0 ?? 0), String(activities[area.rawValue]?.1 ?? 0)]
                }))

            // The year's initiatives only: started in the year (or, without a start, entered in it).
            let initiatives = try Row.fetchAll(db, sql: """
                SELECT area, status, COUNT(*) AS n FROM initiative
                WHERE archived = 0 AND COALESCE(started_on, substr(created_at, 1, 10)) BETWEEN ? AND ? GROUP BY area, status
                """, arguments: [first, last])
                .reduce(into: [String: Int]()) { $0["\($1["area"] as String)/\($1["status"] as String)"] = $1["n"] }
            let byStatus = { (status: InitiativeStatus) in
                ContentArea.allCases.map { initiatives["\($0.rawValue)/\(status.rawValue)"] ?? 0 }.reduce(0, +)
            }
            sections.append(ReportSection(
                title: "4. Sáng kiến, mô hình hay",
                sentence: "Năm \(year) có \(initiatives.values.reduce(0, +)) sáng kiến, mô hình mới; \(byStatus(.recognised)) được công nhận, "
                    + "\(byStatus(.replicated)) được nhân rộng toàn xã.",
                header: ["Nội dung"] + InitiativeStatus.allCases.map(\.title),
                rows: ContentArea.allCases.map { area in
                    ["\(area.rawValue). \(area.title)"] + InitiativeStatus.allCases.map { String(initiatives["\(area.rawValue)/\($0.rawValue)"] ?? 0) }
                }))
        }
        guard let round = data.rounds.first(where: { $0.year == year && !$0.isReview }) else { return sections }
        var bandRows: [[String]] = []
        var leaders: [String] = []
        var scored = 0
        for group in ScoringGroup.allCases {
            // The council's complete sheets counted by total (a few hundred distinct totals, not
            // a row per unit): their number, sum and bands; the leader read from the top of the
            // ranking.
            let totals = try rankTable(round: round.id, group: group)
            let count = totals.ranked
            scored += count
            let labels = data.bands.bands.map(\.label) + [data.bands.belowAll]
            let average = count == 0 ? "—" : formatPoints((totals.sum / Double(count) * 10).rounded() / 10)
            bandRows.append([group.title, String(count), average]
                            + labels.map { label in String(totals.count(where: { data.bands.label(for: $0) == label })) })
            if let best = try worksheetLeader(round: round.id, group: group), let total = best.sheet(.council).total {
                leaders.append("\(best.name) (\(formatPoints(total)) điểm)")
            }
        }
        sections.append(ReportSection(
            title: "5. Chấm điểm và xếp loại (\(round.title), điểm của Hội đồng)",
            sentence: scored == 0 ? "Hội đồng chưa chấm xong bảng điểm nào của \(round.title.lowercased())."
                : "Hội đồng đã chấm đủ \(scored) bảng điểm; dẫn đầu các nhóm: \(leaders.joined(separator: "; ")).",
            header: ["Nhóm", "Được chấm", "Điểm bình quân"] + data.bands.bands.map(\.label) + [data.bands.belowAll],
            rows: bandRows))

        let awards = try awards(round: round.id)
        sections.append(ReportSection(
            title: "6. Khen thưởng (\(round.title))",
            sentence: "Chỉ tiêu Giấy khen: \(round.quota.collective) tập thể, \(round.quota.individual) cá nhân; "
                + "đề nghị \(awards.use.proposed[.unit] ?? 0) tập thể, \(awards.use.proposed[.person] ?? 0) cá nhân; "
                + "được khen \(awards.use.awarded[.unit] ?? 0) tập thể, \(awards.use.awarded[.person] ?? 0) cá nhân.",
            header: ["Tên", "Nhóm", "Điểm Hội đồng", "Kết quả", "Quyết định"],
            rows: awards.rows.map { row in
                [row.proposal.name, row.group.title, row.councilTotal.map(formatPoints) ?? "—", row.proposal.stage.title,
                 row.proposal.decision.flatMap { $0.awarded ? "\($0.number) ngày \($0.on.documentShort)" : nil } ?? "—"]
            }))
        return sections
    }

    public func yearReportMarkdown(year: Int, today: Day) throws -> String {
        let data = try dashboard()
        var doc = Markdown()
        doc.line("# Báo cáo kết quả phong trào thi đua “\(data.movement.shortName)” năm \(year)")
        doc.line("\(data.movement.commune), \(data.movement.province) · số liệu đến ngày \(today.display)"
                 + (data.demo == nil ? "" : " · DỮ LIỆU MẪU"))
        for section in try yearReportSections(year: year, today: today) {
            doc.section(section.title)
            doc.line(section.sentence)
            doc.table(section.header, section.rows)
        }
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
