import Foundation
import Model
import Storage
import Testing
@testable import HaiAnTUI

/// Every role against every kind of change, through the path a key takes (the change reaches the
/// event loop's effects as the terminal's would): what the plan's role table allows is saved,
/// anything else is refused in words and leaves the file as it was. The table is written here
/// again, on its own, from the roles' descriptions: a change to the program's table that does
/// not match fails.
@Suite struct RoleTableTests {
    /// Who may do what: the administrator everything; an officer the records, the self
    /// assessment and proposals; the council its scores, the criteria, proposals, appraisal and
    /// the vote; the chairman the decision; a viewer nothing.
    static let table: [Role: Set<String>] = [
        .admin: ["hồ sơ", "tự chấm", "hội đồng chấm", "tiêu chí"],
        .officer: ["hồ sơ", "tự chấm"],
        .council: ["hội đồng chấm", "tiêu chí"],
        .chairman: [],
        .viewer: [],
    ]

    /// A change of each kind on the seeded plan, and how to see whether it landed.
    private static func changes(_ database: AppDatabase) throws -> [(String, Change, () throws -> Bool)] {
        let data = try database.dashboard()
        let round = try #require(data.rounds.first { $0.code == "2026" })
        let template = try #require(data.template(round: round.id, group: .collective(.a)))
        let unit = try #require(try database.units(UnitQuery(year: 2026), offset: 0, limit: 1).rows.first?.unit)
        let criterion = try #require(template.criteria.first)
        func cell(_ assessor: Assessor) -> ScoreCell {
            ScoreCell(roundID: round.id, subject: .unit, subjectID: unit.id, assessor: assessor, criterionID: criterion.id)
        }
        func scored(_ assessor: Assessor) throws -> Bool {
            try database.sheets(round: round.id, subject: .unit, id: unit.id).sheet(assessor).points[criterion.id] != nil
        }
        var reworded = criterion
        reworded.title += " (sửa)"
        return [
            ("hồ sơ", .saveUnit(Unit(id: 0, name: "Xóm Kiểm Tra Quyền", group: .b)),
             { try database.units(UnitQuery(year: 2026), offset: 0, limit: 500).rows.contains { $0.unit.name == "Xóm Kiểm Tra Quyền" } }),
            ("tự chấm", .setScore(cell(.selfAssessment), points: 1, expected: nil), { try scored(.selfAssessment) }),
            ("hội đồng chấm", .setScore(cell(.council), points: 1, expected: nil), { try scored(.council) }),
            ("tiêu chí", .saveCriterion(round: round.id, group: .collective(.a), index: 0, reworded),
             { try database.dashboard().template(round: round.id, group: .collective(.a))?.criteria.first?.title == reworded.title }),
        ]
    }

    @Test(arguments: Role.allCases)
    func eachRoleMakesExactlyTheChangesTheTableAllows(_ role: Role) throws {
        for index in 0..<4 {
            // A new file for each change, so that one landing cannot hide another's.
            let fixture = try Fixture()
            let (kind, change, landed) = try Self.changes(fixture.database)[index]
            var state = try fixture.state()
            state.account = Account(id: 9, name: "Thử \(role.title)", role: role)
            state.pendingChange = change
            let after = fixture.run(state, .move(0))
            let allowed = Self.table[role]!.contains(kind)
            #expect(try landed() == allowed, "\(role.title) · \(kind): \(after.message ?? "")")
            if !allowed {
                #expect(after.message?.contains("không được") == true, "\(role.title) · \(kind): \(after.message ?? "không có lời")")
                #expect(try fixture.database.verify().entries == 0, "\(role.title) · \(kind): a refused change left an entry")
            }
        }
    }
}
