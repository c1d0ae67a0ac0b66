import CSV
import Foundation
import Model
import Testing
@testable import Storage

/// The list exports read back through the CSV library: one line per record, the right columns.
@Suite struct ListCSVTests {
    let folder: TemporaryDirectory
    let database: AppDatabase

    init() throws {
        folder = try TemporaryDirectory()
        database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        _ = try database.writeDemo(scale: .commune, seed: 3)
    }

    private func records(_ data: Data) throws -> [[String]] {
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let reader = try CSVReader(stream: InputStream(data: data), hasHeaderRow: false)
        var rows: [[String]] = []
        while let row = reader.next() { if row != [""] { rows.append(row) } }
        return rows
    }

    @Test func unitsAndPeopleListEveryRecordArchivedOnesMarked() throws {
        let unitID = try #require(try database.units(UnitQuery(year: 2026), offset: 0, limit: 1).rows.first?.unit.id)
        try database.apply(.setUnitArchived(id: unitID, archived: true), by: Editor(who: "Thử"))
        let units = try records(try database.unitsCSV(year: 2026))
        #expect(units[0].prefix(3) == ["Mã", "Tên đơn vị", "Nhóm"] && units[0].contains("Đăng ký 2026"))
        #expect(units.count == 1 + (try database.dashboard().activeUnits) + 1)
        #expect(units.last?.first == String(unitID) && units.last?.last == "có")
        #expect(units.dropFirst().allSatisfy { $0.count == units[0].count })
        let people = try records(try database.peopleCSV(year: 2026))
        #expect(people.count == 1 + (try database.people(PersonQuery(year: 2026), offset: 0, limit: 1).total))
        // By given name, the Vietnamese way.
        let given = people.dropFirst().map { $0[1].split(separator: " ").last.map(String.init) ?? "" }
        #expect(zip(given, given.dropFirst()).allSatisfy { !VietText.precedes($1, $0) })
    }

    @Test func initiativesAndActivitiesListEveryOne() throws {
        let initiatives = try records(try database.initiativesCSV())
        #expect(initiatives.count == 1 + (try database.initiatives(InitiativeQuery(), offset: 0, limit: 1).total))
        #expect(initiatives[0].first == "Mã" && initiatives.dropFirst().allSatisfy { $0.count == initiatives[0].count })
        #expect(Set(initiatives.dropFirst().map { $0[6] }).isSubset(of: Set(InitiativeStatus.allCases.map(\.title))))
        let activities = try records(try database.activitiesCSV())
        let first = try #require(Plan.phases.first?.start), last = try #require(Plan.phases.last?.end)
        #expect(activities.count == 1 + (try database.activities(ActivityQuery(from: first, to: last), offset: 0, limit: 1).total))
        #expect(activities.dropFirst().allSatisfy { Int($0[6]).map { (0...100).contains($0) } == true })
    }

    @Test func reportsCarryEachDeadlinesStatusAsOfTheDay() throws {
        let rows = try records(try database.reportsCSV(year: 2026, today: Day(2026, 11, 25)!))
        #expect(rows[0].contains("Báo cáo năm 2026 gửi UBND xã (trước 10/12/2026)"))
        let column = try #require(rows[0].firstIndex(of: "Báo cáo năm 2026 gửi UBND xã (trước 10/12/2026)"))
        #expect(rows.dropFirst().allSatisfy { $0[column] == "Đang mở, còn 14 ngày" || $0[column] == "Đúng hạn" || $0[column] == "không phải gửi" })
        let before = try records(try database.reportsCSV(year: 2026, today: Day(2026, 1, 5)!))
        #expect(before.dropFirst().allSatisfy { !$0.contains("Đúng hạn") })
    }

    @Test func awardsFollowEachProposalToItsDecision() throws {
        let rows = try records(try database.awardsCSV())
        let round = try #require(try database.dashboard().rounds.first { $0.code == "2025" })
        #expect(rows.count == 1 + round.quota.collective + round.quota.individual)
        let result = try #require(rows[0].firstIndex(of: "Kết quả"))
        #expect(rows.dropFirst().filter { $0[result] == "Được khen" }.count == round.quota.collective - 1 + round.quota.individual - 1)
        #expect(try records(try database.awardsCSV(rounds: [try #require(try database.dashboard().rounds.first { $0.code == "2026" })])).count == 1)
    }
}
