import Foundation
import Model
import Testing
@testable import Storage

@Suite struct PeopleAndInitiativeTests {
    let editor = Editor()
    /// Each test gets its own folder, kept for the test's life.
    let folder: TemporaryDirectory
    let database: AppDatabase

    init() throws {
        folder = try TemporaryDirectory()
        database = try AppDatabase.open(path: folder.path("haian.sqlite"))
    }

    @Test func peopleAreListedByGivenNameThenTheRest() throws {
        for name in ["Trần Văn Bình", "Lê Thị An", "Nguyễn An", "Đỗ Thị Ánh"] {
            try database.apply(.savePerson(Person(name: name, unitID: nil, kind: .nhanDan), unitName: ""), by: editor)
        }
        let names = try database.people(PersonQuery(), offset: 0, limit: 10).rows.map(\.person.name)
        #expect(names == ["Lê Thị An", "Nguyễn An", "Đỗ Thị Ánh", "Trần Văn Bình"])
        var query = PersonQuery()
        query.search = "anh"
        #expect(try database.people(query, offset: 0, limit: 10).rows.map(\.person.name) == ["Đỗ Thị Ánh"])
    }

    @Test func aPeopleSearchPagesLikeTheWholeListAndSeesEverySaveOfEitherProgram() throws {
        _ = try database.writeDemo(scale: .commune, seed: 5)
        var queries = [PersonQuery(year: 2026)]
        var other = PersonQuery(year: 2026)
        other.registration = .notRegistered
        other.sort = SortOrder(.kind, descending: true)
        queries.append(other)
        for query in queries {
            let whole = try database.people(query, offset: 0, limit: 1000).rows
            for typed in ["a", "NGUYỄN", "anh", "thi h", "zzz"] {
                let folded = VietText.fold(typed)
                let expected = whole.filter { VietText.fold($0.person.name).contains(folded) }
                var searched = query
                searched.search = typed
                let all = try database.people(searched, offset: 0, limit: 1000)
                #expect(all.rows == expected && all.total == expected.count, "\(typed)")
                #expect(try database.people(searched, offset: 7, limit: 4).rows == Array(expected.dropFirst(7).prefix(4)), "\(typed)")
            }
            #expect(try database.people(query, offset: 0, limit: 1000) == ListWindow(total: whole.count, rows: whole))
        }
        var query = PersonQuery(year: 2026)
        query.search = "kieu thi trinh"
        #expect(try database.people(query, offset: 0, limit: 10).rows.isEmpty)
        try AppDatabase.open(path: folder.path("haian.sqlite"))
            .apply(.savePerson(Person(name: "Kiều Thị Trinh", unitID: nil), unitName: ""), by: Editor())
        #expect(try database.people(query, offset: 0, limit: 10).rows.map(\.person.name) == ["Kiều Thị Trinh"])
    }

    @Test func peopleShowTheirRegistrationForTheYearAndFilterByIt() throws {
        let an = try database.apply(.savePerson(Person(name: "Lê Thị An", unitID: nil), unitName: ""), by: editor).id
        try database.apply(.savePerson(Person(name: "Trần Bình", unitID: nil), unitName: ""), by: editor)
        try database.apply(.register(Registration(personID: an, term: .year(2026), registeredOn: Day(2026, 1, 5)!)), by: editor)
        var query = PersonQuery(year: 2026)
        #expect(try database.people(query, offset: 0, limit: 10).rows.map(\.registeredOn) == [Day(2026, 1, 5)!, nil])
        query.registration = .registered
        #expect(try database.people(query, offset: 0, limit: 10).rows.map(\.person.name) == ["Lê Thị An"])
        query.registration = .notRegistered
        #expect(try database.people(query, offset: 0, limit: 10).rows.map(\.person.name) == ["Trần Bình"])
        query.year = 2027
        #expect(try database.people(query, offset: 0, limit: 10).total == 2)
    }

    @Test func aPersonsUnitIsFoundByItsNameOrRefused() throws {
        #expect(throws: StoreError.invalid(FieldError(field: "unit", message: "Không có đơn vị nào tên “Xóm Ma”."))) {
            try database.apply(.savePerson(Person(name: "Lê An", unitID: nil), unitName: "Xóm Ma"), by: editor)
        }
        let id = try database.apply(.savePerson(Person(name: "Lê An", unitID: nil), unitName: "phong van hoa - xa hoi"), by: editor).id
        let row = try #require(try database.people(PersonQuery(), offset: 0, limit: 1).rows.first)
        #expect(row.person.id == id && row.unitName == "Phòng Văn hoá - Xã hội")
    }

    @Test func aPersonAddedFromAUnitKeepsItWhenAnotherGroupSharesTheName() throws {
        try database.apply(.saveUnit(Unit(id: 0, name: "Hải Âu", group: .b)), by: editor)
        let enterprise = try database.apply(.saveUnit(Unit(id: 0, name: "Hải Âu", group: .c)), by: editor).id
        #expect(throws: StoreError.self) {
            try database.apply(.savePerson(Person(name: "Lê An", unitID: nil), unitName: "Hải Âu"), by: editor)
        }
        try database.apply(.savePerson(Person(name: "Lê An", unitID: enterprise), unitName: "Hải Âu"), by: editor)
        #expect(try database.unitDetail(id: enterprise)?.people.map(\.name) == ["Lê An"])
    }

    @Test func registeringTwiceForOneTermReplacesAndShowsInTheList() throws {
        var registration = Registration(unitID: 1, term: .year(2026), registeredOn: Day(2026, 1, 10)!, areas: [.a, .g])
        try database.apply(.register(registration), by: editor)
        registration.registeredOn = Day(2026, 2, 1)!
        try database.apply(.register(registration), by: editor)
        let detail = try #require(try database.unitDetail(id: 1))
        #expect(detail.registrations.map(\.registeredOn) == [Day(2026, 2, 1)!])
        var query = UnitQuery(year: 2026)
        query.registration = .registered
        let rows = try database.units(query, offset: 0, limit: 10).rows
        #expect(rows.map(\.unit.id) == [1] && rows[0].registeredOn == Day(2026, 2, 1))
        query.registration = .notRegistered
        #expect(try database.units(query, offset: 0, limit: 10).total == Plan.namedBodies.count - 1)
        registration.registeredOn = Day(2031, 1, 1)!
        #expect(throws: StoreError.self) { try database.apply(.register(registration), by: editor) }
    }

    @Test func aRecognisedInitiativeNeedsWhoAndWhenAndFiltersByAreaAndStatus() throws {
        var initiative = Initiative(title: "Mã QR thủ tục", unitID: 1, area: .g, status: .recognised)
        #expect(throws: StoreError.self) { try database.apply(.saveInitiative(initiative), by: editor) }
        initiative.recognisedBy = "Hội đồng TĐKT"
        initiative.recognisedOn = Day(2026, 3, 1)
        try database.apply(.saveInitiative(initiative), by: editor)
        #expect(throws: StoreError.self) {
            try database.apply(.saveInitiative(Initiative(title: "Không chủ", area: .c)), by: editor)
        }
        try database.apply(.saveInitiative(Initiative(title: "Sổ tay số", unitID: 2, area: .c)), by: editor)
        var query = InitiativeQuery()
        #expect(try database.initiatives(query, offset: 0, limit: 10).total == 2)
        query.area = .g
        let rows = try database.initiatives(query, offset: 0, limit: 10).rows
        #expect(rows.map(\.initiative.title) == ["Mã QR thủ tục"] && rows[0].ownerName == "Phòng Văn hoá - Xã hội")
        query = InitiativeQuery()
        query.status = .proposed
        #expect(try database.initiatives(query, offset: 0, limit: 10).rows.map(\.initiative.title) == ["Sổ tay số"])
    }

    @Test func theCommuneDemoIsDeterministicAndRefusesRealData() throws {
        let summary = try database.writeDemo(scale: .commune, seed: 7)
        #expect(summary.units == 75 && summary.people == 600 && summary.initiatives == 150)
        let first = try database.units(UnitQuery(year: 2026), offset: 0, limit: 75).rows.map(\.unit.name)
        #expect(try database.dashboard().demo == "commune, seed 7")
        let again = try database.writeDemo(scale: .commune, seed: 7)
        #expect(again == summary)
        #expect(try database.units(UnitQuery(year: 2026), offset: 0, limit: 75).rows.map(\.unit.name) == first)

        let real = try AppDatabase.open(path: folder.path("real.sqlite"))
        try real.apply(.saveUnit(Unit(id: 0, name: "Xóm Thật", group: .b)), by: editor)
        #expect(throws: StoreError.holdsRealData(folder.path("real.sqlite"))) {
            try real.writeDemo(scale: .commune, seed: 1)
        }
        #expect(try real.units(UnitQuery(year: 2026), offset: 0, limit: 50).rows.contains { $0.unit.name == "Xóm Thật" })
    }
}
