import Foundation
import GRDB
import Model
import Testing
import ZIPFoundation
@testable import Storage

/// The award dossier as a clerk signs it: a round with two decisions, the tờ trình and the
/// minutes agreeing with the votes, the golden book, the State's dates and grounds.
@Suite struct DossierTests {
    let folder: TemporaryDirectory
    let database: AppDatabase
    let editor = Editor(who: "Cán bộ")
    let today = Day(2027, 6, 15)!

    init() throws {
        folder = try TemporaryDirectory()
        database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        _ = try database.writeDemo(scale: .commune, seed: 1)
    }

    private func round(_ code: String) throws -> Round {
        try #require(try database.dashboard().rounds.first { $0.code == code })
    }

    /// Active units of the demo that have no proposal yet.
    private func freeUnits(_ count: Int) throws -> [(id: Int64, name: String)] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, name FROM unit WHERE archived = 0
                AND id NOT IN (SELECT subject_id FROM proposal WHERE subject = 'unit') ORDER BY id LIMIT ?
                """, arguments: [count]).map { ($0["id"], $0["name"]) }
        }
    }

    private func stored(_ round: Round, _ id: Int64) throws -> Proposal {
        try #require(try database.proposal(round: round.id, subject: .unit, subjectID: id))
    }

    /// Takes a unit through the flow to a vote on `votedOn`; `yes` of 11.
    @discardableResult
    private func propose(_ round: Round, _ id: Int64, yes: Int, votedOn: Day) throws -> Proposal {
        var proposal = Proposal(roundID: round.id, subject: .unit, subjectID: id, reason: "Hoàn thành xuất sắc nhiệm vụ",
                                proposedOn: Day(2027, 5, 2)!)
        try database.apply(.saveProposal(proposal, step: .propose, today: today), by: editor)
        proposal = try stored(round, id)
        proposal.appraisal = "Đủ điều kiện"
        proposal.appraisedOn = Day(2027, 5, 10)!
        try database.apply(.saveProposal(proposal, step: .appraise, today: today), by: editor)
        proposal = try stored(round, id)
        proposal.vote = Vote(yes: yes, no: 11 - yes, abstain: 0, on: votedOn)
        try database.apply(.saveProposal(proposal, step: .vote, today: today), by: editor)
        return try stored(round, id)
    }

    private func decide(_ round: Round, _ id: Int64, _ number: String, _ on: Day, awarded: Bool = true) throws {
        var proposal = try stored(round, id)
        proposal.decision = Decision(number: number, on: on, awarded: awarded)
        try database.apply(.saveProposal(proposal, step: .decide, today: today), by: editor)
    }

    private func text(_ data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        var bytes = Data()
        _ = try archive.extract(try #require(archive["word/document.xml"])) { bytes.append($0) }
        let xml = String(decoding: bytes, as: UTF8.self)
        let regex = try NSRegularExpression(pattern: "<w:t(?: [^>]*)?>([^<]*)</w:t>")
        return regex.matches(in: xml, range: NSRange(xml.startIndex..., in: xml))
            .map { String(xml[Range($0.range(at: 1), in: xml)!]) }.joined(separator: " ")
    }

    private func document(_ kind: DocumentKind, _ round: Round, decision: String? = nil) throws -> String {
        try text(try database.document(kind, year: round.year, round: round, decision: decision, today: today, templates: DocumentTemplates()))
    }

    /// Two units decided under two numbers, and a third whose vote failed.
    private func twoDecisions() throws -> (round: Round, first: String, second: String, failed: String) {
        let round = try round("2027")
        let units = try freeUnits(3)
        try propose(round, units[0].id, yes: 9, votedOn: Day(2027, 5, 20)!)
        try propose(round, units[1].id, yes: 8, votedOn: Day(2027, 5, 20)!)
        try propose(round, units[2].id, yes: 3, votedOn: Day(2027, 5, 20)!)
        try decide(round, units[0].id, "125/QĐ-UBND", Day(2027, 6, 1)!)
        try decide(round, units[1].id, "127/QĐ-UBND", Day(2027, 6, 8)!)
        return (round, units[0].name, units[1].name, units[2].name)
    }

    @Test func eachDecisionIsItsOwnDocumentAndNoAwardeeIsLeftOut() throws {
        let (round, first, second, _) = try twoDecisions()
        let acts = try database.decisions(round: round.id)
        #expect(acts.map(\.number) == ["125/QĐ-UBND", "127/QĐ-UBND"])
        // Without a number, the decision is refused naming both decisions and their awardees.
        do {
            _ = try document(.decision, round)
            Issue.record("a round of two decisions wrote one")
        } catch StoreError.document(let message) {
            #expect(message.contains("125/QĐ-UBND") && message.contains("127/QĐ-UBND"))
            #expect(message.contains(ZipPackage.escape(first)) || message.contains(first))
            #expect(message.contains(second))
        }
        for (number, name, other) in [("125/QĐ-UBND", first, second), ("127", second, first)] {
            // The attached list: what follows its title.
            let decision = try document(.decision, round, decision: number)
            let list = try #require(decision.components(separatedBy: "DANH SÁCH").last)
            #expect(list.contains(ZipPackage.escape(name)) && !list.contains(ZipPackage.escape(other)), "\(name) / \(other)")
            #expect(decision.contains("cho 1 tập thể và 0 cá nhân"))
            let certificates = try document(.certificates, round, decision: number)
            #expect(certificates.contains(ZipPackage.escape(name)) && !certificates.contains(ZipPackage.escape(other)))
        }
        #expect(throws: StoreError.self) { try document(.decision, round, decision: "999/QĐ-UBND") }
    }

    @Test func oneNumberIsOneActWithOneDate() throws {
        let (round, _, _, _) = try twoDecisions()
        let another = try freeUnits(1)[0]
        try propose(round, another.id, yes: 10, votedOn: Day(2027, 5, 20)!)
        // The same number on another day is refused; on its own day it joins that decision.
        #expect(throws: StoreError.self) { try decide(round, another.id, "125/QĐ-UBND", Day(2027, 6, 2)!) }
        try decide(round, another.id, "125 / qđ-ubnd", Day(2027, 6, 1)!)
        let acts = try database.decisions(round: round.id)
        #expect(acts.count == 2 && acts[0].awarded.count == 2)
        #expect(try stored(round, another.id).decision?.number == "125/QĐ-UBND")
        // A number of another round's decision is refused.
        let other = try freeUnits(1)[0]
        try propose(round, other.id, yes: 10, votedOn: Day(2027, 5, 20)!)
        #expect(throws: StoreError.self) { try decide(round, other.id, "512/QĐ-UBND", Day(2025, 12, 30)!) }
    }

    @Test func theGoldenBookNumbersEveryAwardOnceWithoutGaps() throws {
        let (round, first, _, _) = try twoDecisions()
        let numbers = try database.read { db in try Int.fetchAll(db, sql: "SELECT golden_number FROM proposal WHERE golden_number IS NOT NULL ORDER BY 1") }
        #expect(numbers == Array(1...numbers.count) && numbers.count >= 4)
        // A decision cancelled keeps its number; awarded again, the award takes it back, never a new one.
        let proposal = try #require(try database.awards(round: round.id).rows.first { $0.proposal.name == first }?.proposal)
        let kept = try #require(proposal.goldenNumber)
        var cancelled = proposal
        cancelled.decision = nil
        try database.apply(.saveProposal(cancelled, step: .decide, today: today), by: editor)
        #expect(try stored(round, proposal.subjectID).goldenNumber == kept)
        try decide(round, proposal.subjectID, "125/QĐ-UBND", Day(2027, 6, 1)!)
        #expect(try stored(round, proposal.subjectID).goldenNumber == kept)
        // The number is on the certificate and in the export.
        #expect(try document(.certificates, round, decision: "125").contains("Số sổ vàng: \(kept)"))
        let csv = String(decoding: try database.awardsCSV(), as: UTF8.self)
        #expect(csv.contains(",Được khen,\(kept)"))
        #expect(try database.verify().isSound)
    }

    @Test func aDecidedProposalsAppraisalAndVoteAreClosedUntilTheDecisionIsCancelled() throws {
        let (round, first, _, _) = try twoDecisions()
        var proposal = try #require(try database.awards(round: round.id).rows.first { $0.proposal.name == first }?.proposal)
        proposal.appraisal = "Sửa sau khi đã quyết định"
        #expect(throws: StoreError.self) { try database.apply(.saveProposal(proposal, step: .appraise, today: today), by: editor) }
        proposal = try stored(round, proposal.subjectID)
        proposal.vote?.yes = 11
        proposal.vote?.no = 0
        #expect(throws: StoreError.self) { try database.apply(.saveProposal(proposal, step: .vote, today: today), by: editor) }
        proposal = try stored(round, proposal.subjectID)
        proposal.decision = nil
        try database.apply(.saveProposal(proposal, step: .decide, today: today), by: editor)
        proposal = try stored(round, proposal.subjectID)
        proposal.appraisal = "Sửa sau khi hủy quyết định"
        try database.apply(.saveProposal(proposal, step: .appraise, today: today), by: editor)
        // The history names the steps.
        let history = try database.history(ofProposal: proposal.id)
        #expect(history.count >= 6)
    }

    @Test func theProposalListsExactlyWhatTheCouncilPassedDatedTheDayOfItsVote() throws {
        let (round, first, second, failed) = try twoDecisions()
        let proposal = try document(.proposal, round)
        #expect(proposal.contains(first) || proposal.contains(ZipPackage.escape(first)))
        #expect(proposal.contains(second) || proposal.contains(ZipPackage.escape(second)))
        #expect(!proposal.contains(failed) && !proposal.contains(ZipPackage.escape(failed)))
        #expect(proposal.contains("cho 2 tập thể và 0 cá nhân"))
        #expect(proposal.contains("Hải An, ngày 20 tháng 5 năm 2027"))
        #expect(proposal.contains("1 đề nghị không được thông qua"))
        // The decision cites that tờ trình by its date.
        #expect(try document(.decision, round, decision: "125").contains("tại Tờ trình số"))
        #expect(try document(.decision, round, decision: "125").contains("ngày 20/5/2027"))
    }

    @Test func votesAreNeverMoreThanTheMembersThere() throws {
        let round = try round("2027")
        let unit = try freeUnits(1)[0]
        // The settings' council has 11 members: 12 votes are refused.
        var proposal = try propose(round, unit.id, yes: 6, votedOn: Day(2027, 5, 20)!)
        proposal.vote = Vote(yes: 10, no: 1, abstain: 1, on: Day(2027, 5, 20)!)
        #expect(throws: StoreError.invalid(FieldError(field: "yes", message: "12 phiếu nhiều hơn 11 thành viên Hội đồng (cài đặt)."))) {
            try database.apply(.saveProposal(proposal, step: .vote, today: today), by: editor)
        }
        // A meeting with 6 present: a vote of 9 typed afterwards is refused, one of 6 taken.
        let members = try database.settings().councilMembers
        try database.apply(.saveMeeting(Meeting(roundID: round.id, heldOn: Day(2027, 5, 20)!, present: Array(members.prefix(6)),
                                                absent: Array(members.dropFirst(6)))), by: editor)
        proposal = try stored(round, unit.id)
        proposal.vote = Vote(yes: 7, no: 1, abstain: 1, on: Day(2027, 5, 20)!)
        #expect(throws: StoreError.self) { try database.apply(.saveProposal(proposal, step: .vote, today: today), by: editor) }
        // The vote typed before the meeting (6 + 5 = 11) no longer fits those present: the minutes say so and are not written.
        do {
            _ = try document(.minutes, round)
            Issue.record("minutes with more votes than members present")
        } catch StoreError.document(let message) {
            #expect(message.contains("6 thành viên có mặt") && message.contains("11 phiếu"))
        }
        proposal.vote = Vote(yes: 4, no: 1, abstain: 1, on: Day(2027, 5, 20)!)
        try database.apply(.saveProposal(proposal, step: .vote, today: today), by: editor)
        let minutes = try document(.minutes, round)
        #expect(minutes.contains("6/11 thành viên"))
        #expect(minutes.contains("Cuộc họp kết thúc vào") && minutes.contains("Thời gian bắt đầu:") && minutes.contains("bỏ phiếu kín"))
        #expect(minutes.contains("THƯ KÝ") && minutes.contains("CHỦ TRÌ") && minutes.contains("Nơi nhận:"))
    }

    @Test func everyDateInEveryDocumentFollowsTheStatesRule() throws {
        let round = try round("2025")
        var texts = try [DocumentKind.proposal, .minutes, .decision, .certificates].map { try document($0, round) }
        texts.append(try text(try database.document(.report, year: 2025, today: Day(2026, 1, 5)!, templates: DocumentTemplates())))
        var seen = 0
        for text in texts {
            for match in text.matches(of: /ngày (\d+) tháng (\d+) năm (\d{4})/) {
                seen += 1
                #expect(Self.follows(day: String(match.1), month: String(match.2)), "\(match.0)")
            }
            for match in text.matches(of: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/) {
                seen += 1
                #expect(Self.follows(day: String(match.1), month: String(match.2)), "\(match.0)")
            }
        }
        #expect(seen > 10)
        #expect(texts[4].contains("ngày 05 tháng 01 năm 2026"))
    }

    /// Phụ lục I: a day under 10 and the months 1 and 2 take a leading 0; the other months none.
    private static func follows(day: String, month: String) -> Bool {
        guard let d = Int(day), let m = Int(month) else { return false }
        let dayOK = d < 10 ? day.count == 2 : true
        let monthOK = m <= 2 ? month.count == 2 : month.count == String(m).count
        return dayOK && monthOK
    }

    @Test func theDecisionCitesItsGroundsInFullAndWhenItTakesEffect() throws {
        let decision = try document(.decision, try round("2025"))
        #expect(decision.contains("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, "
            + "phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;"))
        #expect(decision.contains("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"))
        #expect(decision.contains("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"))
        #expect(decision.contains("Quyết định này có hiệu lực kể từ ngày ký."))
        #expect(decision.contains("Kèm theo Quyết định số 512/QĐ-UBND ngày 30/12/2025"))
        // The heading's body never breaks inside a word: its lines are "ỦY BAN NHÂN DÂN" and "XÃ HẢI AN".
        #expect(decision.hasPrefix("ỦY BAN NHÂN DÂN XÃ HẢI AN CỘNG HOÀ"))
        #expect(AppDatabase.headingLines("ỦY BAN NHÂN DÂN XÃ HẢI AN") == ["ỦY BAN NHÂN DÂN", "XÃ HẢI AN"])
        #expect(AppDatabase.headingLines("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG").allSatisfy { $0.count <= 26 })
        // A commune corrects a ground in its settings when a decree changes.
        var settings = try database.settings()
        settings.groundDecree = "Nghị định số 999/2030/NĐ-CP ngày 01/01/2030 của Chính phủ"
        try database.apply(.saveSettings(settings), by: editor)
        #expect(try document(.decision, try round("2025")).contains("Căn cứ Nghị định số 999/2030/NĐ-CP ngày 01/01/2030 của Chính phủ;"))
    }

    @Test func theYearlyReportCountsItsOwnYearAndNoNumberOnADeclinedRow() throws {
        let report2025 = try database.yearReportSections(year: 2025, today: Day(2026, 1, 5)!)
        let report2026 = try database.yearReportSections(year: 2026, today: Day(2026, 12, 20)!)
        let initiatives = { (sections: [ReportSection]) in sections.first { $0.title.hasPrefix("4.") }?.sentence ?? "" }
        #expect(initiatives(report2025) != initiatives(report2026))
        let awards = try #require(report2025.first { $0.title.hasPrefix("6.") })
        for row in awards.rows where row[3] == ProposalStage.declined.title { #expect(row[4] == "—") }
        #expect(awards.rows.contains { $0[3] == ProposalStage.declined.title })
    }

    @Test func eachNomineeHasABaoCaoThanhTichFilledFromTheRecords() throws {
        let round = try round("2027")
        // A person with her birth date and gender, and an initiative.
        let person = try database.read { db in try PersonRecord.fetchOne(db, sql: "SELECT * FROM person WHERE archived = 0 ORDER BY id LIMIT 1")!.model }
        var edited = person
        edited.bornOn = Day(1985, 3, 5)!
        edited.gender = .nu
        let unitName = try database.read { db in try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [person.unitID]) } ?? ""
        try database.apply(.savePerson(edited, unitName: unitName), by: editor)
        try database.apply(.saveInitiative(Initiative(title: "Sổ tay điện tử cho hội viên", unitID: nil, personID: person.id, area: .c,
                                                      status: .recognised, recognisedBy: "UBND xã", recognisedOn: Day(2026, 4, 2)!)), by: editor)
        let proposal = Proposal(roundID: round.id, subject: .person, subjectID: person.id, reason: "Hướng dẫn 300 hộ dùng dịch vụ công trực tuyến",
                                dossier: "Báo cáo thành tích", proposedOn: Day(2027, 5, 2)!)
        try database.apply(.saveProposal(proposal, step: .propose, today: today), by: editor)
        let text = try self.text(try database.document(.achievements, round: round, subject: person.name, today: today, templates: DocumentTemplates()))
        #expect(text.contains("BÁO CÁO THÀNH TÍCH") && text.contains("I. SƠ LƯỢC LÝ LỊCH"))
        #expect(text.contains("Giới tính: Nữ") && text.contains("Ngày sinh: 05/3/1985"))
        #expect(text.contains("Sổ tay điện tử cho hội viên") && text.contains("UBND xã, 02/4/2026"))
        #expect(text.contains("Hướng dẫn 300 hộ dùng dịch vụ công trực tuyến"))
        #expect(text.contains("NGƯỜI BÁO CÁO THÀNH TÍCH") && text.contains("XÁC NHẬN CỦA CẤP TRÊN TRỰC TIẾP"))
        // A name not proposed is refused in words; the whole round gives every nominee.
        #expect(throws: StoreError.self) {
            try database.document(.achievements, round: round, subject: "Không Có Ai", today: today, templates: DocumentTemplates())
        }
        let all = try self.text(try database.document(.achievements, round: try self.round("2025"), today: today, templates: DocumentTemplates()))
        #expect(all.components(separatedBy: "ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA CHỦ TỊCH").count - 1 == (try database.awards(round: try self.round("2025").id).rows.count))
    }

    @Test func aListsBirthDatesAndGendersComeInWithThePeople() throws {
        let csv = folder.path("nguoi.csv")
        try "Họ và tên,Đơn vị,Ngày sinh,Giới tính\nLê Thị Hằng Nga,,12/01/1990,Bà\nTrần Văn Khải,,03/11/1978,Nam\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let plan = try database.importPlan(.people, file: csv, today: Day(2026, 5, 21)!)
        #expect(plan.problems.isEmpty, "\(plan.problems)")
        try database.applyImport(plan, today: Day(2026, 5, 21)!, by: editor)
        let people = try database.read { db in
            try PersonRecord.fetchAll(db, sql: "SELECT * FROM person WHERE name IN ('Lê Thị Hằng Nga', 'Trần Văn Khải') ORDER BY name").map(\.model)
        }
        #expect(people.map(\.bornOn) == [Day(1990, 1, 12)!, Day(1978, 11, 3)!])
        #expect(people.map(\.gender) == [.nu, .nam])
        // A gender that is none is named; a birth date in the future of the movement too.
        try "Họ và tên,Giới tính\nAi Đó,Khác\n".write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try database.importPlan(.people, file: csv, today: Day(2026, 5, 21)!).problems.first?.reason.contains("không phải giới tính") == true)
    }

    /// On the province's pre-printed Giấy khen: only the blanks print, each field where the
    /// settings move it, and a one-page test print shows where.
    @Test func certificatesOnPrePrintedPaperPutEachFieldWhereTheSettingsSay() throws {
        var settings = try database.settings()
        settings.printFrame = false
        let field = try #require(CommuneSettings.field("certificate_name"))
        #expect(field.set(&settings, "5,-3") == nil)
        #expect(field.set(&settings, "80,0")?.message.contains("-60 đến 60") == true)
        try database.apply(.saveSettings(settings), by: editor)
        let archive = try Archive(data: try database.document(.certificates, round: try round("2025"), today: today,
                                                              templates: DocumentTemplates()), accessMode: .read)
        var bytes = Data()
        _ = try archive.extract(try #require(archive["word/document.xml"])) { bytes.append($0) }
        let xml = String(decoding: bytes, as: UTF8.self)
        // The name's frame: 33 + 5 mm from the left, 92 − 3 mm from the top (56.7 twips a mm).
        #expect(xml.contains("w:x=\"\(Int((38 * 56.7).rounded()))\" w:y=\"\(Int((89 * 56.7).rounded()))\""))
        #expect(!xml.contains("GIẤY KHEN") && !xml.contains("pgBorders") && xml.contains("Số sổ vàng"))
        let test = try text(try database.certificateAlignmentPage(templates: DocumentTemplates(), today: today))
        #expect(test.contains("NGUYỄN VĂN MẪU") && test.contains("Số sổ vàng"))
    }
}
