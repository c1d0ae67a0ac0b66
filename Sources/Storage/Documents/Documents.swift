import Foundation
import GRDB
import Model

/// The documents a commune signs and sends, made from the database as it stands.
public enum DocumentKind: String, CaseIterable, Sendable, Codable {
    case report, proposal, minutes, decision, certificates, achievements

    public var title: String {
        switch self {
        case .report: return "Báo cáo kết quả phong trào năm"
        case .proposal: return "Tờ trình đề nghị khen thưởng"
        case .minutes: return "Biên bản họp Hội đồng Thi đua - Khen thưởng"
        case .decision: return "Quyết định khen thưởng"
        case .certificates: return "Giấy khen"
        case .achievements: return "Báo cáo thành tích"
        }
    }

    /// The file's name without extension: "quyet-dinh-2025".
    public func fileStem(_ code: String) -> String { "\(slug)-\(code)" }

    private var slug: String {
        switch self {
        case .report: "bao-cao"
        case .proposal: "to-trinh"
        case .minutes: "bien-ban"
        case .decision: "quyet-dinh"
        case .certificates: "giay-khen"
        case .achievements: "bao-cao-thanh-tich"
        }
    }

    /// The file's name in `van-ban/`: named by the database and the document, a decision by its
    /// number — "haian-quyet-dinh-125-2025.docx" — so two databases in one folder, or two
    /// decisions of one round, never share a file.
    /// The document as the trail names it when it goes out ("Quyết định khen thưởng, Năm 2025,
    /// quyết định 512/QĐ-UBND"): the same words from `D` and from the command line.
    public func disclosed(round: Round?, year: Int, decision: String? = nil, subject: String? = nil) -> String {
        title + (round.map { ", \($0.title)" } ?? " năm \(year)") + (decision.map { ", quyết định \($0)" } ?? "")
            + (subject.map { ", \($0)" } ?? "")
    }

    public func fileName(database: String, code: String, decision: String? = nil) -> String {
        let base = URL(fileURLWithPath: database).deletingPathExtension().lastPathComponent
        let number = decision.map { number in
            "-" + (number.split(separator: "/").first.map(String.init) ?? number).filter { $0.isLetter || $0.isNumber }
        } ?? ""
        return "\(base)-\(slug)\(number)-\(code).docx"
    }

    /// A path beside `url` that holds no file yet: "x.docx", else "x (1).docx", "x (2).docx" …
    public static func freePath(_ url: URL) -> URL {
        guard FileManager.default.fileExists(atPath: url.path) else { return url }
        let stem = url.deletingPathExtension().lastPathComponent, ext = url.pathExtension
        var index = 1
        while true {
            let candidate = url.deletingLastPathComponent().appendingPathComponent("\(stem) (\(index)).\(ext)")
            if !FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            index += 1
        }
    }

    var orientation: Docx.Orientation { self == .certificates ? .landscape : .portrait }
}

extension AppDatabase {
    /// The document as a DOCX. `year` names the report's year, `round` the award round;
    /// a step of the flow not yet taken, a setting missing or a template naming an unknown
    /// field is refused in words, and nothing is written anywhere.
    public func document(_ kind: DocumentKind, year: Int? = nil, round: Round? = nil, decision: String? = nil, subject: String? = nil,
                         today: Day, templates: DocumentTemplates, writing: ReportWriting = ReportWriting()) throws -> Data {
        let settings = try settings()
        try Self.requireSettings(kind, settings)
        var context: [String: Any]
        switch kind {
        case .report:
            guard let year else { throw StoreError.document("Báo cáo cần năm (--year).") }
            context = try reportContext(year: year, today: today, settings, writing)
        case .achievements:
            guard let round else { throw StoreError.document("\(kind.title) cần vòng khen thưởng (--round).") }
            context = try achievementsContext(round: round, subject: subject, today: today, settings)
        case .proposal, .minutes, .decision, .certificates:
            guard let round else { throw StoreError.document("\(kind.title) cần vòng khen thưởng (--round).") }
            context = try awardContext(kind, round: round, decision: decision, today: today, settings)
        }
        context.merge(common(settings), uniquingKeysWith: { mine, _ in mine })
        // The trail as it stood when the document was made, for `haian verify --code`.
        context["check_code"] = try checkCode().description
        let body = try templates.render("\(kind.rawValue).xml", Self.escaped(context) as? [String: Any] ?? [:])
        return try Docx.package(body: body, orientation: kind.orientation, frame: kind == .certificates && settings.printFrame,
                                pageNumbers: kind != .certificates)
    }

    /// The signers a document names must be set: an empty one is named with where to set it.
    private static func requireSettings(_ kind: DocumentKind, _ settings: CommuneSettings) throws {
        let needed: [String] = switch kind {
        case .report: ["culture_head"]
        case .proposal: ["council_chair"]
        case .minutes: ["council_chair", "council_secretary"]
        case .decision, .certificates: ["chairman"]
        case .achievements: []
        }
        for key in needed {
            guard let field = CommuneSettings.field(key), field.get(settings).isEmpty else { continue }
            throw StoreError.document("Chưa có “\(field.label)” trong cài đặt văn bản: đặt bằng phím O (quản trị) "
                                      + "hoặc haian settings \(key) \"Họ và tên\".")
        }
    }

    /// Names every document shares: the movement, the bodies, the signers.
    private func common(_ settings: CommuneSettings) -> [String: Any] {
        [
            "movement": "Phong trào thi đua “Đổi mới sáng tạo và chuyển đổi số”",
            "committee": settings.committee.uppercased(),
            "committee_title": settings.committee,
            "council_name": settings.council,
            "culture_office_title": settings.cultureOffice,
            "plan_reference": settings.planReference,
            "ground_local_government": settings.groundLocalGovernment,
            "ground_law": settings.groundLaw,
            "ground_decree": settings.groundDecree,
        ]
    }

    static func dateLine(_ settings: CommuneSettings, _ day: Day) -> String {
        "\(settings.place), \(day.documentLong)"
    }

    static func heading(_ superior: String, _ issuer: String, _ number: String, _ date: String) -> [String: Any] {
        ["superior": superior.uppercased(), "issuer": issuer.uppercased(), "issuer_lines": headingLines(issuer.uppercased()),
         "number": number, "date_line": date]
    }

    /// A body's name on the heading's lines, never broken inside a word: "ỦY BAN NHÂN DÂN" /
    /// "XÃ HẢI AN" (a break before the place's level, as the State's models write it), else
    /// by words within the column's width at 13 pt bold (about 22 capitals in 67 mm).
    static func headingLines(_ name: String, width: Int = 22) -> [String] {
        for level in [" XÃ ", " PHƯỜNG ", " HUYỆN ", " TỈNH "] {
            if let range = name.range(of: level) {
                let head = String(name[..<range.lowerBound]), tail = String(name[range.lowerBound...].dropFirst())
                return headingLines(head, width: width) + headingLines(tail, width: width)
            }
        }
        var lines: [String] = [], line = ""
        for word in name.split(separator: " ").map(String.init) {
            if !line.isEmpty && VietText.displayWidth(line + " " + word) > width {
                lines.append(line)
                line = word
            } else {
                line = line.isEmpty ? word : line + " " + word
            }
        }
        return lines + (line.isEmpty ? [] : [line])
    }

    /// The number as documents write it: "15/QĐ-UBND"; a number typed without its symbol gets it.
    static func documentNumber(_ typed: String, symbol: String) -> String {
        let typed = VietText.normalize(typed)
        if typed.isEmpty { return "      /\(symbol)" }
        return typed.contains("/") ? typed : "\(typed)/\(symbol)"
    }

    private func reportContext(year: Int, today: Day, _ settings: CommuneSettings, _ writing: ReportWriting) throws -> [String: Any] {
        let sections = try yearReportSections(year: year, today: today).map { section -> [String: Any] in
            ["title": section.title, "sentence": section.sentence, "table": Self.table(section.header, section.rows)]
        }
        let placeholder = { (what: String) in ["(\(what): phần này cán bộ viết trong chương trình trước khi trình ký.)"] }
        return [
            "heading": Self.heading(settings.superiorBody, settings.cultureOffice, Self.documentNumber("", symbol: settings.reportSymbol),
                                    Self.dateLine(settings, today)),
            "year": String(year), "next_year": String(year + 1), "as_of": today.documentShort, "sections": sections,
            "written": [
                "strengths": writing.strengths.isEmpty ? placeholder("Ưu điểm") : writing.strengths,
                "weaknesses": writing.weaknesses.isEmpty ? placeholder("Hạn chế, nguyên nhân") : writing.weaknesses,
                "plans": writing.plans.isEmpty ? placeholder("Phương hướng, nhiệm vụ") : writing.plans,
                "proposals": writing.proposals.isEmpty ? placeholder("Kiến nghị, đề xuất") : writing.proposals,
            ],
            "signature": Self.signature(settings.recipientsReport, ["TRƯỞNG PHÒNG"], settings.cultureHead),
        ]
    }

    private static func signature(_ recipients: [String], _ authority: [String], _ name: String) -> [String: Any] {
        ["recipients": recipients, "authority": authority, "name": name.isEmpty ? " " : name]
    }

    /// A table with equal columns but a wider first (names), in twips of a portrait A4 body.
    static func table(_ header: [String], _ rows: [[String]]) -> [String: Any] {
        let body = 9355, count = max(1, header.count)
        let first = count == 1 ? body : min(4200, body / count * 2)
        let rest = count == 1 ? 0 : (body - first) / (count - 1)
        return ["header": header, "rows": rows.isEmpty ? [[String](repeating: "—", count: count)] : rows,
                "widths": [first] + Array(repeating: rest, count: count - 1)]
    }

    /// The facts of a round's award flow, each document as its step left the records: the
    /// minutes the meeting's attendance and votes; the tờ trình the proposals the council
    /// passed, dated the day of its vote; the decision and certificates one decision's list.
    private func awardContext(_ kind: DocumentKind, round: Round, decision chosen: String?, today: Day,
                              _ settings: CommuneSettings) throws -> [String: Any] {
        let data = try dashboard()
        let flow = try awards(round: round.id)
        let details = try subjectDetails(flow.rows.map(\.proposal), settings)
        let active = flow.rows.filter { !$0.proposal.withdrawn }
        let voted = active.filter { $0.proposal.vote != nil }
        let passed = voted.filter { $0.proposal.vote?.passed == true }
        let lastVote = voted.compactMap(\.proposal.vote?.on).max()
        var context: [String: Any] = ["round": round.title.lowercased(), "quota_collective": String(round.quota.collective),
                                      "quota_individual": String(round.quota.individual)]
        let proposalDate = lastVote.map { Self.dateLine(settings, $0) } ?? ""
        context["proposal_number"] = Self.documentNumber("", symbol: settings.proposalSymbol)
        context["proposal_date"] = lastVote?.documentShort ?? "…"
        switch kind {
        case .proposal:
            guard !active.isEmpty else {
                throw StoreError.document("\(round.title) chưa có đề nghị khen thưởng nào: hãy đề nghị từ bảng điểm (p ở ô 4) hoặc theo tên (n ở ô 5).")
            }
            guard !passed.isEmpty else {
                throw StoreError.document("\(round.title) chưa có đề nghị nào được Hội đồng biểu quyết thông qua: tờ trình "
                                          + "lập sau cuộc họp, trình những đề nghị được thông qua (b ở ô 5, hoặc M).")
            }
            var ranks: [ScoringGroup: RankTable] = [:]
            for group in Set(passed.map(\.group)) { ranks[group] = try rankTable(round: round.id, group: group) }
            let parts = [(ScoreSubject.unit, "I. Tập thể"), (.person, "II. Cá nhân")].map { subject, title -> [String: Any] in
                let rows = passed.filter { $0.proposal.subject == subject }.enumerated().map { index, row in
                    [String(index + 1), row.proposal.name, row.group.title,
                     row.councilTotal.map(formatPoints) ?? "—", row.councilTotal.map(data.bands.label(for:)) ?? "—",
                     row.councilTotal.flatMap { ranks[row.group]?.rank(of: $0) }.map(String.init) ?? "—",
                     row.proposal.reason + (row.proposal.dossier.isEmpty ? "" : " (hồ sơ: \(row.proposal.dossier))")]
                }
                var table = Self.table(["STT", "Tên", "Nhóm", "Điểm", "Xếp loại", "Hạng", "Thành tích"], rows)
                table["widths"] = [650, 2200, 1250, 800, 1150, 750, 2555]
                return ["title": title, "rows": rows, "table": table]
            }.filter { !($0["rows"] as? [[String]] ?? []).isEmpty }
            let failed = voted.count - passed.count
            context["parts"] = parts
            context["voted_count"] = String(voted.count)
            context["failed_count"] = String(failed)
            context["collective_count"] = String(passed.filter { $0.proposal.subject == .unit }.count)
            context["individual_count"] = String(passed.filter { $0.proposal.subject == .person }.count)
            context["heading"] = Self.heading(settings.superiorBody, settings.council,
                                              Self.documentNumber("", symbol: settings.proposalSymbol), proposalDate)
            context["signature"] = Self.signature(["Như trên", "Lưu: VT, HĐTĐKT"], ["TM. HỘI ĐỒNG", "CHỦ TỊCH"], settings.councilChair)
        case .minutes:
            guard let last = lastVote else {
                throw StoreError.document("\(round.title) chưa có biểu quyết nào của Hội đồng: hãy ghi biểu quyết (b ở ô 5) trước khi lập biên bản.")
            }
            // Attendance as the meeting recorded it (`M` in pane 5), else every member of the settings.
            let meeting = try meeting(round: round.id)
            let present = meeting?.present ?? settings.councilMembers
            let absent = meeting?.absent ?? []
            let largest = voted.compactMap { $0.proposal.vote.map { $0.yes + $0.no + $0.abstain } }.max() ?? 0
            let presentCount = present.isEmpty ? largest : present.count
            // Votes are never more than the members there.
            let over = voted.filter { row in row.proposal.vote.map { $0.yes + $0.no + $0.abstain > presentCount } ?? false }
            if !over.isEmpty {
                throw StoreError.document("Biên bản ghi \(presentCount) thành viên có mặt nhưng "
                    + over.map { "“\($0.proposal.name)” có \($0.proposal.vote.map { $0.yes + $0.no + $0.abstain } ?? 0) phiếu" }
                        .joined(separator: ", ")
                    + ": sửa biểu quyết (b ở ô 5) hoặc điểm danh (M) trước khi lập biên bản.")
            }
            let rows = voted.enumerated().map { index, row -> [String] in
                let vote = row.proposal.vote!
                return [String(index + 1), row.proposal.name, String(vote.yes), String(vote.no), String(vote.abstain),
                        vote.passed ? "Thông qua" : "Không thông qua"]
            }
            var table = Self.table(["STT", "Đề nghị", "Tán thành", "Không tán thành", "Không biểu quyết", "Kết quả"], rows)
            table["widths"] = [650, 3205, 1150, 1400, 1400, 1550]
            let day = meeting?.heldOn ?? last
            let hours = try meetingHours(round: round.id, on: day)
            context["table"] = table
            context["meeting_date"] = day.documentLong
            context["start_time"] = hours?.start ?? "…… giờ …… phút"
            context["end_time"] = hours?.end ?? "…… giờ …… phút"
            context["vote_method"] = settings.voteMethod
            context["chair"] = settings.councilChair.isEmpty ? "……………" : settings.councilChair
            context["secretary"] = settings.councilSecretary.isEmpty ? "……………" : settings.councilSecretary
            context["present"] = present
            context["absent"] = absent
            context["present_count"] = String(presentCount)
            context["member_count"] = String(present.isEmpty ? largest : present.count + absent.count)
            context["absent_count"] = String(absent.count)
            context["proposal_count"] = String(voted.count)
            context["passed_count"] = String(passed.count)
            context["failed_count"] = String(voted.count - passed.count)
            context["passed_collective"] = String(passed.filter { $0.proposal.subject == .unit }.count)
            context["passed_individual"] = String(passed.filter { $0.proposal.subject == .person }.count)
            context["heading"] = Self.heading(settings.superiorBody, settings.council,
                                              Self.documentNumber("", symbol: settings.minutesSymbol), Self.dateLine(settings, day))
            context["recipients"] = ["Chủ tịch \(settings.committee)", "Thành viên Hội đồng", "Lưu: VT, HĐTĐKT"]
        case .decision, .certificates:
            let act = try decisionAct(round: round, chosen: chosen, rows: active)
            let rows = Dictionary(uniqueKeysWithValues: active.map { ($0.proposal.id, $0) })
            var index = 0
            let listed = [ScoreSubject.unit, .person].flatMap { subject in act.awarded.filter { $0.subject == subject } }
                .map { proposal -> [String: Any] in
                    index += 1
                    return ["index": String(index), "name": proposal.name, "detail": details[proposal.id] ?? "",
                            "subject": proposal.subject.rawValue, "golden": proposal.goldenNumber.map(String.init) ?? "—",
                            "group": rows[proposal.id]?.group.title ?? ""]
                }
            let number = Self.documentNumber(act.number, symbol: settings.decisionSymbol)
            context["parts"] = [("I. Tập thể", ScoreSubject.unit), ("II. Cá nhân", .person)].compactMap { title, subject -> [String: Any]? in
                let rows = listed.filter { $0["subject"] as? String == subject.rawValue }
                return rows.isEmpty ? nil : ["title": title, "rows": rows]
            }
            context["awards"] = listed
            context["collective_count"] = String(listed.filter { $0["subject"] as? String == ScoreSubject.unit.rawValue }.count)
            context["individual_count"] = String(listed.filter { $0["subject"] as? String == ScoreSubject.person.rawValue }.count)
            context["decision_number"] = number
            context["decision_date"] = act.on.documentShort
            context["money"] = settings.awardCollective == 0 && settings.awardIndividual == 0
                ? "Tiền thưởng kèm theo Giấy khen thực hiện theo quy định hiện hành về thi đua, khen thưởng."
                : "Kèm theo Giấy khen, mỗi tập thể được thưởng \(formatMoney(settings.awardCollective)), mỗi cá nhân được thưởng "
                    + "\(formatMoney(settings.awardIndividual)) theo quy định hiện hành, từ quỹ thi đua, khen thưởng của xã."
            context["heading"] = Self.heading("", settings.committee, number, Self.dateLine(settings, act.on))
            context["signature"] = Self.signature(settings.recipientsDecision, ["CHỦ TỊCH"],
                                                  act.signedBy.isEmpty ? settings.chairman : act.signedBy)
            context["preprinted"] = settings.printFrame ? "" : "có"
            context["place"] = Self.certificatePlaces(settings)
        case .report, .achievements:
            break
        }
        return context
    }

    /// Where each field of a certificate on pre-printed paper goes, in twips from the sheet's
    /// top left (A4 landscape, 297 × 210 mm): centred by default, moved by the settings' offsets.
    static func certificatePlaces(_ settings: CommuneSettings) -> [String: Any] {
        // Each field: its left edge, top and width in millimetres, centred on the sheet or its half.
        let base: [CommuneSettings.CertificateField: (x: Int, y: Int, width: Int)] = [
            .name: (33, 92, 231), .achievement: (33, 108, 231), .number: (20, 168, 115), .date: (162, 138, 115), .signer: (162, 176, 115),
        ]
        let twips = { (mm: Int) in String(Int((Double(mm) * 56.7).rounded())) }
        var places: [String: Any] = [:]
        for (field, spot) in base {
            let offset = settings.certificateOffsets[field] ?? CommuneSettings.Offset(x: 0, y: 0)
            places[field.rawValue] = ["x": twips(spot.x + offset.x), "y": twips(spot.y + offset.y), "w": twips(spot.width)]
        }
        return places
    }

    /// One certificate with sample text, each field where it will print: laid on the province's
    /// blank Giấy khen against the light, it shows how far each setting must move.
    public func certificateAlignmentPage(templates: DocumentTemplates, today: Day) throws -> Data {
        var settings = try settings()
        settings.printFrame = false
        var context = common(settings)
        context["preprinted"] = "có"
        context["place"] = Self.certificatePlaces(settings)
        context["round"] = "trang in thử"
        context["decision_number"] = Self.documentNumber("000", symbol: settings.decisionSymbol)
        context["decision_date"] = today.documentShort
        context["heading"] = Self.heading("", settings.committee, "", Self.dateLine(settings, today))
        context["signature"] = Self.signature([], ["CHỦ TỊCH"], settings.chairman.isEmpty ? "Họ và tên người ký" : settings.chairman)
        context["awards"] = [["index": "1", "name": "NGUYỄN VĂN MẪU (tên)", "detail": "Đơn vị, chức vụ", "subject": "person", "golden": "0", "group": ""]]
        context["check_code"] = try checkCode().description
        let body = try templates.render("certificates.xml", Self.escaped(context) as? [String: Any] ?? [:])
        return try Docx.package(body: body, orientation: .landscape, frame: false, pageNumbers: false)
    }

    /// The decision a document is of: the one named, else the round's only one. With several,
    /// the command names them all, so no awardee is left out without a word.
    private func decisionAct(round: Round, chosen: String?, rows: [AwardRow]) throws -> DecisionAct {
        let acts = DecisionAct.acts(rows.map(\.proposal)).filter { !$0.awarded.isEmpty }
        guard !acts.isEmpty else {
            let voted = rows.filter { $0.proposal.vote?.passed == true }.count
            let step = voted == 0 ? "chưa có đề nghị nào được Hội đồng biểu quyết thông qua (b ở ô 5)"
                : "\(voted) đề nghị đã được biểu quyết thông qua nhưng chưa có quyết định của Chủ tịch (c ở ô 5)"
            throw StoreError.document("\(round.title) chưa có quyết định khen thưởng: \(step).")
        }
        if let chosen {
            // "125" names "125/QĐ-UBND": the symbol is the same for every decision of the commune.
            let wanted = DecisionAct.numberKey(chosen)
            guard let act = acts.first(where: { act in
                let key = DecisionAct.numberKey(act.number)
                return key == wanted || (!wanted.contains("/") && key.split(separator: "/").first.map(String.init) == wanted)
            }) else {
                throw StoreError.document("\(round.title) không có quyết định số “\(chosen)”; có: "
                                          + acts.map(\.number).joined(separator: ", ") + ".")
            }
            return act
        }
        guard acts.count == 1 else {
            throw StoreError.document("\(round.title) có \(acts.count) quyết định: " + acts.map { act in
                "số \(act.number) ngày \(act.on.display) (" + act.awarded.map(\.name).joined(separator: ", ") + ")"
            }.joined(separator: "; ") + ". Chọn một bằng --decision SỐ; mỗi quyết định là một văn bản.")
        }
        return acts[0]
    }

    /// The decisions of a round that award someone, each its own document.
    public func decisions(round: Int64) throws -> [DecisionAct] {
        DecisionAct.acts(try awards(round: round).rows.map(\.proposal)).filter { !$0.awarded.isEmpty }
    }

    /// When the meeting began (its attendance first recorded) and ended (its last vote), on the
    /// commune's clock; nil when the round had no meeting in the program.
    private func meetingHours(round: Int64, on day: Day) throws -> (start: String, end: String)? {
        try read { db in
            guard let started = try String.fetchOne(db, sql: "SELECT created_at FROM meeting WHERE id = ?", arguments: [round]) else {
                return nil
            }
            let ended = try String.fetchOne(db, sql: """
                SELECT MAX(a.at) FROM audit a JOIN proposal p ON a.entity = 'proposal' AND a.entity_id = p.id
                WHERE p.round_id = ? AND p.voted_on = ? AND p.votes_present IS NOT NULL
                """, arguments: [round, day.iso]) ?? started
            guard let start = CommuneClock.hours(started), let end = CommuneClock.hours(max(ended, started)) else { return nil }
            return (start, end)
        }
    }

    /// The line under a name: a unit's place, a person's position and unit.
    private func subjectDetails(_ proposals: [Proposal], _ settings: CommuneSettings) throws -> [Int64: String] {
        try read { db in
            var details: [Int64: String] = [:]
            for proposal in proposals {
                switch proposal.subject {
                case .unit:
                    details[proposal.id] = "xã \(settings.place), tỉnh \(settings.province)"
                case .person:
                    let row = try Row.fetchOne(db, sql: """
                        SELECT p.position, u.name AS unit FROM person p LEFT JOIN unit u ON u.id = p.unit_id WHERE p.id = ?
                        """, arguments: [proposal.subjectID])
                    let parts = [row?["position"] as String?, row?["unit"] as String?].compactMap { $0 }.filter { !$0.isEmpty }
                    details[proposal.id] = parts.isEmpty ? "xã \(settings.place)" : parts.joined(separator: ", ")
                }
            }
            return details
        }
    }

    /// Every string of the context made safe for XML, once, before any template sees it.
    private static func escaped(_ value: Any) -> Any {
        switch value {
        case let text as String: return ZipPackage.escape(text)
        case let list as [String]: return list.map(ZipPackage.escape)
        case let rows as [[String]]: return rows.map { $0.map(ZipPackage.escape) }
        case let dictionary as [String: Any]: return dictionary.mapValues(escaped)
        case let array as [[String: Any]]: return array.map { $0.mapValues(escaped) }
        case let array as [Any]: return array.map(escaped)
        default: return value
        }
    }
}
