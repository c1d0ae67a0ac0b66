import Foundation
import GRDB
import Model
import Testing
@testable import Storage

@Suite struct ScoringStorageTests {
    let editor = Editor(who: "Cán bộ A")
    let folder: TemporaryDirectory
    let database: AppDatabase

    init() throws {
        folder = try TemporaryDirectory()
        database = try AppDatabase.open(path: folder.path("haian.sqlite"))
    }

    private var round2026: Round {
        get throws { try #require(try database.dashboard().rounds.first { $0.code == "2026" }) }
    }

    private func template(_ group: ScoringGroup) throws -> CriteriaTemplate {
        try #require(try database.dashboard().template(round: round2026.id, group: group))
    }

    private func unit(_ name: String, _ group: UnitGroup = .b) throws -> Int64 {
        try database.apply(.saveUnit(Unit(id: 0, name: name, group: group)), by: editor).id
    }

    private func cell(_ unit: Int64, _ criterion: Int, assessor: Assessor = .council) throws -> ScoreCell {
        ScoreCell(roundID: try round2026.id, subject: .unit, subjectID: unit, assessor: assessor,
                  criterionID: try template(.collective(.b)).criteria[criterion].id)
    }

    @discardableResult
    private func score(_ unit: Int64, _ criterion: Int, _ points: Double?, expected: Double? = nil,
                       assessor: Assessor = .council) throws -> ChangeResult {
        try database.apply(.setScore(try cell(unit, criterion, assessor: assessor), points: points, expected: expected), by: editor)
    }

    private func row(_ unit: Int64, sort: WorksheetSort = .name) throws -> WorksheetRow {
        let window = try database.worksheet(WorksheetQuery(roundID: try round2026.id, group: .collective(.b), sort: sort),
                                            offset: 0, limit: 50)
        return try #require(window.rows.first { $0.id == unit })
    }

    @Test func everyRoundHasEachGroupsTemplateSummingTo100() throws {
        let data = try database.dashboard()
        #expect(data.rounds.count == 8)
        #expect(data.templates.count == 32)
        #expect(data.templates.allSatisfy { $0.isUsable })
        #expect(Set(data.templates.flatMap(\.criteria).map(\.id)).count == data.templates.flatMap(\.criteria).count)
    }

    @Test func scoresAddUpPerAssessorAndRanksShareTies() throws {
        let east = try unit("Xóm Đông"), west = try unit("Xóm Tây"), north = try unit("Xóm Bắc")
        try score(east, 0, 8)
        try score(east, 1, 7.5)
        try score(east, 0, 9, assessor: .selfAssessment)
        try score(west, 0, 10)
        try score(west, 1, 5.5)
        try score(north, 0, 3)
        let row = try row(east)
        #expect(row.sheet(.council).total == 15.5)
        #expect(row.sheet(.selfAssessment).total == 9)
        // Sheets short of criteria have no rank yet; they join the ranking when complete.
        #expect(try database.rankTable(round: try round2026.id, group: .collective(.b)).ranked == 0)
        let count = try template(.collective(.b)).criteria.count
        for subject in [east, west, north] {
            for index in (subject == north ? 1 : 2)..<count { _ = try score(subject, index, 0) }
        }
        let ranks = try database.rankTable(round: try round2026.id, group: .collective(.b))
        #expect(ranks.rank(of: 15.5) == 1)
        #expect(ranks.rank(of: 3) == 3)
        #expect(ranks.ranked == 3)
        let byRank = try database.worksheet(WorksheetQuery(roundID: try round2026.id, group: .collective(.b), sort: .rank),
                                            offset: 0, limit: 10)
        // Equal totals by name: Đông before Tây (Vietnamese order), then the lower total.
        #expect(byRank.rows.map(\.name) == ["Xóm Đông", "Xóm Tây", "Xóm Bắc"])
        #expect(byRank.total == 3)
    }

    @Test func aScoreAboveTheMaximumIsRefusedAndNothingChanges() throws {
        let east = try unit("Xóm Đông")
        try score(east, 0, 8)
        let max = try template(.collective(.b)).criteria[0].maxPoints
        #expect(throws: StoreError.self) { try score(east, 0, max + 100, expected: 8) }
        #expect(try row(east).sheet(.council).points.values.sorted() == [8])
    }

    @Test func aCellSomeoneElseChangedIsAConflict() throws {
        let east = try unit("Xóm Đông")
        try score(east, 0, 8)
        #expect(throws: StoreError.conflict) { try score(east, 0, 9, expected: nil) }
        #expect(throws: StoreError.conflict) { try score(east, 0, 9, expected: 7) }
        try score(east, 0, 9, expected: 8)
        #expect(try row(east).sheet(.council).total == 9)
    }

    @Test func clearingAndUndoKeepTheTotalInStep() throws {
        let east = try unit("Xóm Đông")
        try score(east, 0, 8)
        try score(east, 1, 4)
        try score(east, 1, nil, expected: 4)
        #expect(try row(east).sheet(.council).total == 8)
        _ = try database.undoLast(by: editor)
        #expect(try row(east).sheet(.council).total == 12)
        #expect(try database.rankTable(round: try round2026.id, group: .collective(.b)).rank(of: 12) == 1)
        _ = try database.undoLast(by: editor)
        #expect(try row(east).sheet(.council).total == 8)
    }

    @Test func editingATemplateWithScoresMakesANewVersionAndOldTotalsStand() throws {
        let east = try unit("Xóm Đông"), west = try unit("Xóm Tây")
        try score(east, 0, 8)
        try score(east, 1, 9)
        let old = try template(.collective(.b))
        // Re-weight criterion 0 and reword criterion 1: the first edit makes version 2.
        var reweighted = old.criteria[0]
        reweighted.maxPoints = 5
        try database.apply(.saveCriterion(round: old.roundID, group: old.group, index: 0, reweighted), by: editor)
        var reworded = old.criteria[1]
        reworded.title = "Cụ thể hoá nhiệm vụ (sửa)"
        try database.apply(.saveCriterion(round: old.roundID, group: old.group, index: 1, reworded), by: editor)
        let new = try template(.collective(.b))
        #expect(new.version == 2)
        #expect(new.criteria[0].maxPoints == 5 && new.criteria[1].title == "Cụ thể hoá nhiệm vụ (sửa)")
        #expect(Set(new.criteria.map(\.id)).isDisjoint(with: old.criteria.map(\.id)))
        #expect(new.unusableReason?.contains("lệch -5") == true)
        // The old total stands, under its own version; the new one cannot be scored until it sums to 100.
        let eastRow = try row(east)
        #expect(eastRow.sheet(.council).total == 17)
        #expect(eastRow.sheet(.council).isUnder(otherThan: new))
        #expect(throws: StoreError.self) { try score(west, 0, 4) }
        var extra = Criterion(code: "b9", title: "Tiêu chí bổ sung", maxPoints: 5)
        try database.apply(.saveCriterion(round: old.roundID, group: old.group, index: nil, extra), by: editor)
        try score(west, 0, 4)
        #expect(try row(west).sheet(.council).total == 4)
        // The scored sheet of an earlier version is not mixed with the new criteria.
        #expect(throws: StoreError.self) { try score(east, 0, 4) }
        // A version without scores is edited in place.
        extra.maxPoints = 5
        try database.apply(.removeCriterion(round: old.roundID, group: .individual, index: 0), by: editor)
        #expect(try template(.individual).version == 1)
        #expect(try template(.individual).criteria.count == 3)
        #expect(try row(east).sheet(.council).total == 17)
        // Other rounds keep their own template.
        let other = try #require(try database.dashboard().template(round: old.roundID + 1, group: old.group))
        #expect(other.version == 1 && other.criteria[0].maxPoints == old.criteria[0].maxPoints)
    }

    @Test func undoTakesBackANewVersionWithTheEditMadeInIt() throws {
        let east = try unit("Xóm Đông")
        try score(east, 0, 8)
        let old = try template(.collective(.b))
        var lowered = old.criteria[0]
        lowered.maxPoints -= 5
        try database.apply(.saveCriterion(round: old.roundID, group: old.group, index: 0, lowered), by: editor)
        #expect(try template(.collective(.b)).version == 2)
        // One undo: the edit, the copied criteria and version 2 itself go back together.
        let undone = try database.undoLast(by: editor)
        #expect(undone.message.hasSuffix("Bộ tiêu chí trở về bản 1."))
        let back = try template(.collective(.b))
        #expect(back.version == 1 && back.id == old.id && back.criteria == old.criteria)
        #expect(try database.dashboard().templates.filter { $0.roundID == old.roundID && $0.group == old.group }.count == 1)
        #expect(try row(east).sheet(.council).total == 8)
        // The next undo takes back the score, as the history reads.
        #expect(try database.undoLast(by: editor).message == "Đã hoàn tác việc chấm 8 điểm.")
        #expect(try row(east).sheet(.council).points.isEmpty)
    }

    @Test func undoNeverChangesCriteriaScoresWereGivenUnder() throws {
        let east = try unit("Xóm Đông")
        let old = try template(.collective(.b))
        var reworded = old.criteria[1]
        reworded.title = "Cụ thể hoá nhiệm vụ (sửa)"
        // Edited in place while unscored; then a score is given under it.
        try database.apply(.saveCriterion(round: old.roundID, group: old.group, index: 1, reworded), by: editor)
        try score(east, 1, 3)
        let other = Editor(session: editor.session + "-2", who: "Cán bộ B")
        _ = try database.undoLast(by: editor)  // the score
        try database.apply(.setScore(try cell(east, 1), points: 2, expected: nil), by: other)
        let refusal = #expect(throws: StoreError.self) { try database.undoLast(by: editor) }
        #expect(refusal?.message.contains("đã chấm điểm theo bộ tiêu chí bản 1") == true)
        #expect(try template(.collective(.b)).criteria[1].title == "Cụ thể hoá nhiệm vụ (sửa)")
        #expect(try row(east).sheet(.council).total == 2)
    }

    @Test func aScoreAboveALoweredMaximumIsNotBroughtBack() throws {
        let east = try unit("Xóm Đông")
        let old = try template(.collective(.b))
        let max = old.criteria[0].maxPoints
        try score(east, 0, max)
        try score(east, 0, nil, expected: max)
        // The template is unscored again, so the lowered maximum is edited in place.
        var lowered = old.criteria[0]
        lowered.maxPoints = max - 5
        let other = Editor(session: editor.session + "-2", who: "Cán bộ B")
        try database.apply(.saveCriterion(round: old.roundID, group: old.group, index: 0, lowered), by: other)
        let refusal = #expect(throws: StoreError.self) { try database.undoLast(by: editor) }
        #expect(refusal?.message.hasPrefix("Không hoàn tác được:") == true)
        #expect(refusal?.message.contains("bản 1") == false)
        #expect(try row(east).sheet(.council).points.isEmpty)
    }

    @Test func badCriteriaAndBandsAreRefused() throws {
        let t = try template(.collective(.a))
        #expect(throws: StoreError.self) {
            try database.apply(.saveCriterion(round: t.roundID, group: t.group, index: nil,
                                              Criterion(code: "tc1", title: "Trùng mã", maxPoints: 1)), by: editor)
        }
        #expect(throws: StoreError.self) {
            try database.apply(.saveCriterion(round: t.roundID, group: t.group, index: 0,
                                              Criterion(code: "x", title: "Quá", maxPoints: 101)), by: editor)
        }
        #expect(throws: StoreError.self) { try database.apply(.saveBands([90, 95, 50]), by: editor) }
        try database.apply(.saveBands([85, 65, 45]), by: editor)
        #expect(try database.dashboard().bands.label(for: 86) == "Xuất sắc")
        #expect(try database.dashboard().bands.label(for: 46) == "Đạt")
    }

    @Test func proposalsStayWithinTheQuotaAndFollowTheFlow() throws {
        let round = try round2026
        try database.apply(.setQuota(round: round.id, Quota(collective: 2, individual: 1)), by: editor)
        let units = try ["Xóm Một", "Xóm Hai", "Xóm Ba"].map { try unit($0) }
        let day = Day(2026, 12, 20)!
        func propose(_ id: Int64) throws -> ChangeResult {
            try database.apply(.saveProposal(Proposal(roundID: round.id, subject: .unit, subjectID: id, reason: "Tốt",
                                                      proposedOn: day), step: .propose, today: day), by: editor)
        }
        let first = try propose(units[0])
        _ = try propose(units[1])
        #expect(throws: StoreError.invalid(FieldError(field: "quota",
                                                      message: "Vượt chỉ tiêu: vòng này chỉ được đề nghị 2 tập thể, đã có 2 đề nghị."))) {
            try propose(units[2])
        }
        #expect(throws: StoreError.self) { try propose(units[0]) }
        // Appraise, vote, decide: each step is saved and leaves a trail.
        var proposal = try #require(try database.proposal(round: round.id, subject: .unit, subjectID: units[0]))
        proposal.appraisal = "Đủ điều kiện"
        proposal.appraisedOn = day
        try database.apply(.saveProposal(proposal, step: .appraise, today: day), by: editor)
        proposal = try #require(try database.proposal(round: round.id, subject: .unit, subjectID: units[0]))
        proposal.vote = Vote(yes: 7, no: 0, abstain: 1, on: day)
        // Two steps in one save are refused: each step is its own role's.
        var both = proposal
        both.decision = Decision(number: "15/QĐ-UBND", on: day, awarded: true)
        #expect(throws: StoreError.self) { try database.apply(.saveProposal(both, step: .vote, today: day), by: editor) }
        try database.apply(.saveProposal(proposal, step: .vote, today: day), by: editor)
        proposal = try #require(try database.proposal(round: round.id, subject: .unit, subjectID: units[0]))
        proposal.decision = Decision(number: "15/QĐ-UBND", on: day, awarded: true)
        try database.apply(.saveProposal(proposal, step: .decide, today: day), by: editor)
        let awards = try database.awards(round: round.id)
        #expect(awards.use.awarded[.unit] == 1 && awards.use.proposed[.unit] == 2)
        #expect(awards.rows.first { $0.id == first.id }?.proposal.stage == .awarded)
        let trail = try database.history(ofProposal: first.id)
        // Each step: the stage it moved to and what changed in it, named as the form names it.
        #expect(trail.map(\.summary) == [
            "— → Đề nghị",
            "Đề nghị → Đã thẩm định; Ý kiến thẩm định: — → Đủ điều kiện; Ngày thẩm định: — → 20/12/2026",
            "Đã thẩm định → Đã biểu quyết; Tán thành: — → 7; Không tán thành: — → 0; Phiếu trắng: — → 1; Ngày biểu quyết: — → 20/12/2026",
            "Đã biểu quyết → Được khen; Số quyết định: — → 15/QĐ-UBND; Ngày quyết định: — → 20/12/2026; Quyết định: — → Tặng Giấy khen; Số sổ vàng: — → 1",
        ])
        #expect(trail.allSatisfy { $0.who == "Cán bộ A" })
        // The decision records the Chairman of the settings as its signer, the trail the officer who typed it.
        #expect(awards.rows.first { $0.id == first.id }?.proposal.decision?.signedBy == "Bùi Tiến Hùng")
        // A quota below the awards made is refused; withdrawing frees a place.
        #expect(throws: StoreError.self) { try database.apply(.setQuota(round: round.id, Quota(collective: 0, individual: 1)), by: editor) }
        var second = try #require(try database.proposal(round: round.id, subject: .unit, subjectID: units[1]))
        second.withdrawn = true
        try database.apply(.saveProposal(second, step: .propose, today: day), by: editor)
        _ = try propose(units[2])
    }

    @Test func theCellsTrailShowsWhoChangedWhat() throws {
        let east = try unit("Xóm Đông")
        try score(east, 0, 8)
        try score(east, 0, 7.5, expected: 8)
        try score(east, 0, nil, expected: 7.5)
        let trail = try database.history(of: try cell(east, 0))
        #expect(trail.map(\.summary) == ["— → 8", "8 → 7,5", "7,5 → —"])
        #expect(trail.map(\.action) == ["create", "update", "delete"])
        #expect(trail.allSatisfy { $0.who == "Cán bộ A" })
    }

    @Test func aDatabaseFromBeforeV4KeepsItsScoresUnderTheRoundsOwnTemplate() throws {
        // Built with the v3 schema and its one template per group, then opened by this version.
        let path = folder.path("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v3-receipts-activities")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO setting (key, value) VALUES ('seeded_at', '2025-10-01');
                INSERT INTO criteria_template (group_code, version) VALUES ('b', 1);
                INSERT INTO criterion (template_id, position, code, title, max_points) VALUES (1, 0, 'tc1', 'A', 60), (1, 1, 'tc2', 'B', 40);
                INSERT INTO unit (name, name_fold, name_sort, group_code, created_at, updated_at) VALUES ('Xóm Cũ', 'xom cu', 'x', 'b', '', '');
                INSERT INTO score (round_id, subject, subject_id, assessor, criterion_id, points, given_at)
                  SELECT id, 'unit', 1, 'council', 2, 30, '' FROM round WHERE code = '2026';
                """)
        }
        try queue.close()
        let reopened = try AppDatabase.open(path: path)
        let round = try #require(try reopened.dashboard().rounds.first { $0.code == "2026" })
        let template = try #require(try reopened.dashboard().template(round: round.id, group: .collective(.b)))
        let rows = try reopened.worksheet(WorksheetQuery(roundID: round.id, group: .collective(.b)), offset: 0, limit: 5).rows
        #expect(rows.first?.sheet(.council).points == [template.criteria[1].id: 30])
        #expect(rows.first?.sheet(.council).templateID == template.id)
        #expect(try reopened.dashboard().rounds.first { $0.code == "2026" }?.quota == Quota(collective: 5, individual: 10))
    }
}
