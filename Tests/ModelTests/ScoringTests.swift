import Testing
@testable import Model

@Suite struct ScoringTests {
    let criterion = Criterion(id: 7, code: "tc1", title: "Quán triệt", maxPoints: 20)

    @Test(arguments: [("7", 7.0), ("7,5", 7.5), ("7.5", 7.5), (" 20 ", 20), ("0", 0), (",5", 0.5), ("12.", 12)])
    func scoresAcceptACommaOrAPoint(text: String, value: Double) throws {
        #expect(try criterion.score(text).get() == value)
    }

    @Test(arguments: [("120", "tối đa 20"), ("20,5", "tối đa 20"), ("-1", "âm"), ("abc", "không phải"),
                      ("", "không phải"), ("7,25", "một chữ số"), ("1,2,3", "không phải"), ("٣", "không phải"),
                      (".", "không phải"), ("1e3", "không phải"), ("nan", "không phải")])
    func badScoresAreRefusedWithAReason(text: String, reason: String) {
        guard case .failure(let error) = criterion.score(text) else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(error.message.contains(reason), "\(text): \(error.message)")
    }

    @Test func sheetTotalsFollowTheTypedValue() {
        let sheet = ScoreSheet(points: [1: 10, 2: 7.5], templateID: 3)
        #expect(sheet.total == 17.5)
        #expect(sheet.total(replacing: 2, with: 12) == 22)
        #expect(sheet.total(replacing: 9, with: 1) == 18.5)
        #expect(sheet.total(replacing: 1, with: nil) == 7.5)
        #expect(ScoreSheet().total == nil)
        #expect(ScoreSheet(points: [1: 4]).total(replacing: 1, with: nil) == nil)
    }

    @Test func aSheetGivenUnderAnotherVersionIsNotTheTemplateShown() {
        let template = CriteriaTemplate(id: 5, roundID: 1, version: 2, group: .individual, criteria: [])
        #expect(ScoreSheet(points: [1: 3], templateID: 4).isUnder(otherThan: template))
        #expect(!ScoreSheet(points: [1: 3], templateID: 5).isUnder(otherThan: template))
        #expect(!ScoreSheet().isUnder(otherThan: template))
    }

    @Test func aSheetOfAnOlderVersionIsCompleteOnlyIfScoredInFullUnderIt() {
        let template = CriteriaTemplate(id: 5, roundID: 1, version: 2, group: .individual,
                                        criteria: [Criterion(id: 1, code: "c1", title: "Một", maxPoints: 100)])
        let partial = ScoreSheet(points: [9: 3], templateID: 4)
        #expect(!partial.isComplete(under: template))
        #expect(partial.shortfall(under: template) == "chưa chấm đủ (bản cũ)")
        let full = ScoreSheet(points: [9: 3], templateID: 4, scoredInFull: true)
        #expect(full.isComplete(under: template) && full.shortfall(under: template) == nil)
        #expect(ScoreSheet(points: [1: 50], templateID: 5).isComplete(under: template))
    }

    @Test func equalTotalsShareARankAndTheNextRankSkips() {
        let table = RankTable(totals: [(95, 1), (88.5, 2), (70, 1)])
        #expect(table.rank(of: 95) == 1)
        #expect(table.rank(of: 88.5) == 2)
        #expect(table.rank(of: 70) == 4)
        #expect(table.rank(of: 100) == 1)
        #expect(table.rank(of: 10) == 5)
        #expect(table.ranked == 4)
    }

    @Test func aTypedTotalMovesItsSubjectInTheTable() {
        let table = RankTable(totals: [(95, 1), (88.5, 2), (70, 1)])
        let moved = table.moving(from: 70, to: 96)
        #expect(moved.rank(of: 96) == 1)
        #expect(moved.rank(of: 95) == 2)
        #expect(moved.ranked == 4)
        #expect(table.moving(from: nil, to: 50).ranked == 5)
        #expect(table.moving(from: 95, to: nil).rank(of: 88.5) == 1)
    }

    @Test func templatesSayHowFarTheyAreFrom100() {
        var template = Plan.templates[0]
        #expect(template.unusableReason == nil)
        template.criteria[0].maxPoints += 5
        #expect(template.unusableReason?.contains("lệch +5") == true)
        template.criteria = []
        #expect(template.unusableReason == "Bộ tiêu chí chưa có tiêu chí nào.")
    }

    @Test func bandsMustRunDownwardWithinZeroToHundred() {
        #expect(Plan.bands.validationErrors().isEmpty)
        let clash = Bands(bands: [Band(minimum: 90, label: "Xuất sắc"), Band(minimum: 90, label: "Tốt")], belowAll: "x")
        #expect(clash.validationErrors().map(\.field) == ["band1"])
        let beyond = Bands(bands: [Band(minimum: 120, label: "Xuất sắc"), Band(minimum: 0, label: " ")], belowAll: "x")
        #expect(beyond.validationErrors().map(\.field) == ["band0", "band1"])
    }
}
