import GRDB
import Model

/// The báo cáo thành tích of each nominee of a round (Luật Thi đua, khen thưởng 2022, Điều 84:
/// in the dossier beside the tờ trình and the minutes), after the decree's model for an award in
/// a movement: who they are, then what the records hold of the movement — the registration, the
/// initiatives and their recognition, the council's score per criterion, the reports sent —
/// and the achievement the officer wrote in the proposal.
extension AppDatabase {
    func achievementsContext(round: Round, subject wanted: String?, today: Day, _ settings: CommuneSettings) throws -> [String: Any] {
        let data = try dashboard()
        let flow = try awards(round: round.id)
        var rows = flow.rows.filter { !$0.proposal.withdrawn }
        if let wanted {
            let key = VietText.fold(VietText.normalize(wanted))
            rows = rows.filter { VietText.fold($0.proposal.name) == key }
            guard !rows.isEmpty else {
                throw StoreError.document("\(round.title) không có đề nghị khen thưởng nào cho “\(wanted)”.")
            }
        }
        guard !rows.isEmpty else {
            throw StoreError.document("\(round.title) chưa có đề nghị khen thưởng nào: báo cáo thành tích lập cho từng người, từng tập thể được đề nghị.")
        }
        var ranks: [ScoringGroup: RankTable] = [:]
        for group in Set(rows.map(\.group)) { ranks[group] = try rankTable(round: round.id, group: group) }
        let sheets = try rows.map { try self.sheets(round: round.id, subject: $0.proposal.subject, id: $0.proposal.subjectID) }
        let nominees = try read { db in
            try zip(rows, sheets).map { row, sheet -> [String: Any] in
                try Self.nominee(db, row, sheet: sheet.sheet(.council), round: round, data: data, rank: ranks[row.group], settings)
            }
        }
        return ["nominees": nominees, "round": round.title.lowercased(),
                "heading": Self.heading(settings.superiorBody, settings.committee, "", Self.dateLine(settings, today))]
    }

    private static func nominee(_ db: Database, _ row: AwardRow, sheet: ScoreSheet, round: Round, data: Dashboard,
                                rank: RankTable?, _ settings: CommuneSettings) throws -> [String: Any] {
        let proposal = row.proposal
        let isUnit = proposal.subject == .unit
        var facts: [[String]] = []
        var issuer = settings.committee
        var signerTitle = "NGƯỜI BÁO CÁO THÀNH TÍCH", signerName = proposal.name
        var unitID: Int64?
        if isUnit {
            let unit = try UnitRecord.fetchOne(db, key: proposal.subjectID)?.model
            unitID = unit?.id
            issuer = proposal.name
            facts = [["Tên tập thể", proposal.name], ["Nhóm thi đua", row.group.title],
                     ["Địa chỉ", "xã \(settings.place), tỉnh \(settings.province)"],
                     ["Người đứng đầu", unit?.head.isEmpty == false ? unit!.head : "……………"],
                     ["Tham gia phong trào từ", unit?.joinedOn.documentShort ?? "—"]]
            signerTitle = "THỦ TRƯỞNG ĐƠN VỊ"
            signerName = unit?.head.isEmpty == false ? unit!.head : " "
        } else {
            let person = try PersonRecord.fetchOne(db, key: proposal.subjectID)?.model
            let unitName = try person?.unitID.flatMap { try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [$0]) }
            if let unitName { issuer = unitName }
            facts = [["Họ và tên", proposal.name], ["Giới tính", person?.gender?.title ?? "……"],
                     ["Ngày sinh", person?.bornOn?.documentShort ?? "……/……/……"],
                     ["Chức vụ", person?.position.isEmpty == false ? person!.position : (person?.kind.title ?? "—")],
                     ["Đơn vị công tác", unitName ?? "xã \(settings.place)"],
                     ["Tham gia phong trào từ", person?.joinedOn.documentShort ?? "—"]]
        }
        let owner = isUnit ? "unit_id" : "person_id"
        // The registration for the round's years (a review round covers its phase).
        let years = round.isReview ? Array(Plan.firstYear...round.year) : [round.year]
        let registrations = try Row.fetchAll(db, sql: """
            SELECT term, registered_on FROM registration WHERE \(owner) = ? ORDER BY registered_on
            """, arguments: [proposal.subjectID]).compactMap { reg -> String? in
                guard let term = RegistrationTerm(code: reg["term"]) else { return nil }
                if case .year(let year) = term, !years.contains(year) { return nil }
                return "\(term.title.lowercased()) ngày \(Day(iso: reg["registered_on"])?.documentShort ?? "")"
            }
        let registration = registrations.isEmpty ? "Chưa có đăng ký thi đua trong \(round.title.lowercased())."
            : "Đã đăng ký thi đua: " + registrations.joined(separator: "; ") + "."
        // Initiatives: its own, and for a unit its people's.
        let initiativeSQL = isUnit
            ? "SELECT * FROM initiative WHERE archived = 0 AND (unit_id = ?1 OR person_id IN (SELECT id FROM person WHERE unit_id = ?1)) ORDER BY area, title_sort"
            : "SELECT * FROM initiative WHERE archived = 0 AND person_id = ? ORDER BY area, title_sort"
        let initiatives = try InitiativeRecord.fetchAll(db, sql: initiativeSQL, arguments: [proposal.subjectID]).map(\.model)
        let initiativeRows = initiatives.enumerated().map { index, item -> [String] in
            [String(index + 1), item.title, "\(item.area.rawValue). \(item.area.title)", item.status.title,
             [item.recognisedBy, item.recognisedOn?.documentShort ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")]
        }
        var initiativeTable = table(["STT", "Sáng kiến, mô hình", "Nội dung", "Tình trạng", "Công nhận"], initiativeRows)
        initiativeTable["widths"] = [650, 3300, 2300, 1400, 1705]
        // The council's score per criterion.
        let criteria = try Row.fetchAll(db, sql: """
            SELECT c.id, c.code, c.title, c.max_points FROM criterion c WHERE c.template_id = ? ORDER BY c.position
            """, arguments: [sheet.templateID ?? data.template(round: round.id, group: row.group)?.id ?? 0])
        let scoreRows = criteria.map { criterion -> [String] in
            let id: Int64 = criterion["id"]
            return [criterion["code"], criterion["title"], formatPoints(criterion["max_points"]), sheet.points[id].map(formatPoints) ?? "—"]
        }
        var scoreTable = table(["Mã", "Tiêu chí", "Tối đa", "Điểm"], scoreRows)
        scoreTable["widths"] = [800, 6355, 1100, 1100]
        let total = sheet.total
        let scoreSentence = total.map { total in
            "Hội đồng chấm \(formatPoints(total)) điểm, xếp loại \(data.bands.label(for: total))"
                + (sheet.scoredInFull ? (rank.map { ", hạng \($0.rank(of: total)) trong \(row.group.title.lowercased())" } ?? "") : "") + "."
        } ?? "Hội đồng chưa chấm điểm."
        // Reports owed in the round's years and how they came in (a collective's).
        var reportSentence = ""
        if let unitID {
            let owed = try Row.fetchAll(db, sql: """
                SELECT s.due_before, r.received_on FROM report_slot s LEFT JOIN report_receipt r ON r.slot_id = s.id AND r.unit_id = ?
                WHERE s.year IN (\(years.map(String.init).joined(separator: ","))) AND s.groups <> ''
                AND instr(s.groups, (SELECT group_code FROM unit WHERE id = ?)) > 0
                """, arguments: [unitID, unitID])
            let passed = owed.filter { ($0["due_before"] as String) < Day(round.year, 12, 31)!.iso }
            let onTime = passed.filter { row in (row["received_on"] as String?).map { $0 < (row["due_before"] as String) } ?? false }.count
            let received = passed.filter { ($0["received_on"] as String?) != nil }.count
            reportSentence = passed.isEmpty ? "Trong \(round.title.lowercased()) đơn vị không phải gửi kế hoạch, báo cáo nào."
                : "Đã gửi \(received)/\(passed.count) kế hoạch, báo cáo phải gửi của phong trào, \(onTime) đúng hạn."
        }
        // Earlier awards in the golden book.
        let earlier = try Row.fetchAll(db, sql: """
            SELECT p.golden_number, p.decision_number, p.decided_on, r.title FROM proposal p JOIN round r ON r.id = p.round_id
            WHERE p.subject = ? AND p.subject_id = ? AND p.awarded = 1 AND p.round_id <> ? ORDER BY p.decided_on
            """, arguments: [proposal.subject.rawValue, proposal.subjectID, round.id]).map { award -> String in
                "Giấy khen của Chủ tịch \(settings.committee) (\(award["title"] as String)), Quyết định số \(award["decision_number"] as String) "
                    + "ngày \(Day(iso: award["decided_on"])?.documentShort ?? ""), số sổ vàng \((award["golden_number"] as Int?).map(String.init) ?? "—")."
            }
        return [
            "kind": isUnit ? "tập thể" : "cá nhân",
            "name": proposal.name,
            "issuer_lines": headingLines(issuer.uppercased()),
            "facts": facts.map { ["label": $0[0], "value": $0[1]] },
            "registration": registration,
            // One-element lists: an include takes its context by a plain name, a loop gives one.
            "initiatives_part": [["table": initiativeTable]],
            "initiative_count": String(initiatives.count),
            "scores_part": [["table": scoreTable]],
            "score_sentence": scoreSentence,
            "reports": reportSentence,
            "reason": proposal.reason,
            "dossier": proposal.dossier,
            "earlier": earlier.isEmpty ? ["Chưa có."] : earlier,
            "signer_title": signerTitle,
            "signer_name": signerName,
        ]
    }
}
