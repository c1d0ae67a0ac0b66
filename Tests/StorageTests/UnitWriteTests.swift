import Foundation
import Model
import Testing
@testable import Storage

@Suite struct UnitWriteTests {
    let editor = Editor()

    private func names(_ database: AppDatabase, _ query: UnitQuery = UnitQuery(year: 2026)) throws -> [String] {
        try database.units(query, offset: 0, limit: 100).rows.map(\.unit.name)
    }

    @Test func aCreatedUnitIsStoredNormalisedAndSurvivesReopening() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("haian.sqlite")
        let saved = try AppDatabase.open(path: path)
            .apply(.saveUnit(Unit(id: 0, name: "  Xo\u{0301}m Đông Ha\u{0309}i\t", group: .b, head: "Trần Văn An")), by: editor)
        #expect(saved.id > 0)
        #expect(saved.message == "Đã lưu đơn vị “Xóm Đông Hải”.")
        let rows = try AppDatabase.open(path: path).units(UnitQuery(year: 2026), offset: 0, limit: 50).rows
        #expect(rows.contains { $0.unit.name == "Xóm Đông Hải" && $0.unit.group == .b && $0.unit.head == "Trần Văn An" })
    }

    @Test func aDuplicateNameInTheSameGroupIsRefusedWhateverItsCaseOrForm() throws {
        let folder = try TemporaryDirectory()
        let database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        try database.apply(.saveUnit(Unit(id: 0, name: "Xóm Đông Hải", group: .b)), by: editor)
        let before = try names(database)
        #expect(throws: StoreError.self) { try database.apply(.saveUnit(Unit(id: 0, name: "XÓM ĐÔNG HẢI", group: .b)), by: editor) }
        #expect(throws: StoreError.self) { try database.apply(.saveUnit(Unit(id: 0, name: "Xo\u{0301}m Đông Hải", group: .b)), by: editor) }
        #expect(try names(database) == before)
        // Another tone is another name; another group may share the name.
        try database.apply(.saveUnit(Unit(id: 0, name: "Xóm Đồng Hải", group: .b)), by: editor)
        try database.apply(.saveUnit(Unit(id: 0, name: "Xóm Đông Hải", group: .c)), by: editor)
        #expect(try names(database).count == before.count + 2)
    }

    @Test(arguments: ["", "   ", "\u{7}\u{8}", String(repeating: "Đ", count: 121)])
    func anInvalidNameIsRefused(_ name: String) throws {
        let folder = try TemporaryDirectory()
        let database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        let before = try names(database)
        #expect(throws: StoreError.self) { try database.apply(.saveUnit(Unit(id: 0, name: name, group: .a)), by: editor) }
        #expect(try names(database) == before)
    }

    @Test func editArchiveRestoreAndUndoEachStepBack() throws {
        let folder = try TemporaryDirectory()
        let database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        let id = try database.apply(.saveUnit(Unit(id: 0, name: "Xóm Tân An", group: .b)), by: editor).id
        var unit = try #require(try database.unitDetail(id: id)).unit
        unit.head = "Lê Thị Bình"
        try database.apply(.saveUnit(unit), by: editor)
        // A save from the older read is refused: someone saved since.
        #expect(throws: StoreError.conflict) { try database.apply(.saveUnit(unit), by: editor) }
        try database.apply(.setUnitArchived(id: id, archived: true), by: editor)
        #expect(!(try names(database)).contains("Xóm Tân An"))
        var archived = UnitQuery(year: 2026)
        archived.archived = true
        #expect(try names(database, archived) == ["Xóm Tân An"])

        #expect(try database.undoLast(by: editor).message == "Đã hoàn tác việc lưu trữ đơn vị “Xóm Tân An”.")
        #expect(try names(database).contains("Xóm Tân An"))
        _ = try database.undoLast(by: editor)
        #expect(try database.unitDetail(id: id)?.unit.head == "")
        _ = try database.undoLast(by: editor)
        #expect(try database.unitDetail(id: id) == nil)
        #expect(throws: StoreError.self) { try database.undoLast(by: editor) }
        // Another session's changes are not this session's to undo.
        try database.apply(.saveUnit(Unit(id: 0, name: "Xóm Mới", group: .b)), by: Editor())
        #expect(throws: StoreError.self) { try database.undoLast(by: editor) }
    }

    @Test func undoIsRefusedWhenTheRowChangedSince() throws {
        let folder = try TemporaryDirectory()
        let database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        let id = try database.apply(.saveUnit(Unit(id: 0, name: "Xóm Tân An", group: .b)), by: editor).id
        let other = Editor()
        let unit = try #require(try database.unitDetail(id: id)).unit
        try database.apply(.setUnitArchived(id: unit.id, archived: true), by: other)
        #expect(throws: StoreError.cannotUndo("Bản ghi đã được sửa sau thay đổi này; không hoàn tác được.")) {
            try database.undoLast(by: editor)
        }
    }

    @Test func undoOfACreationWithRowsUnderItIsRefused() throws {
        let folder = try TemporaryDirectory()
        let database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        let id = try database.apply(.saveUnit(Unit(id: 0, name: "Xóm Tân An", group: .b)), by: editor).id
        try database.apply(.savePerson(Person(name: "Lê Văn Tám", unitID: nil), unitName: "xom tan an"), by: Editor())
        #expect(try database.unitDetail(id: id)?.people.map(\.name) == ["Lê Văn Tám"])
        #expect(throws: StoreError.self) { try database.undoLast(by: editor) }
        #expect(try database.unitDetail(id: id) != nil)
    }

    @Test func searchFoldsTonesAndCaseAndSortAndFiltersUseTheQuery() throws {
        let folder = try TemporaryDirectory()
        let database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        for (name, head) in [("Xóm Hải An", "Trần Văn Bình"), ("Xóm Đông", "Lê An"), ("Doanh nghiệp Hải Âu", "")] {
            try database.apply(.saveUnit(Unit(id: 0, name: name, group: name.hasPrefix("Xóm") ? .b : .c, head: head)), by: editor)
        }
        var query = UnitQuery(year: 2026)
        query.search = "hai an"
        #expect(try names(database, query) == ["Xóm Hải An"])
        query.search = "DONG"
        #expect(try names(database, query) == ["Hội đồng Thi đua - Khen thưởng xã", "Xóm Đông"])
        query.search = "100%_"
        #expect(try names(database, query).isEmpty)
        query = UnitQuery(year: 2026)
        query.group = .b
        query.sort = SortOrder(.name, descending: true)
        #expect(try names(database, query) == ["Xóm Hải An", "Xóm Đông"])
        query.sort = SortOrder(.head)
        #expect(try names(database, query) == ["Xóm Đông", "Xóm Hải An"])
        let id = try #require(try database.units(query, offset: 1, limit: 1).rows.first?.unit.id)
        #expect(try database.position(ofUnit: id, in: query) == 1)
        query.sort.descending = true
        #expect(try database.position(ofUnit: id, in: query) == 0)
    }

    @Test func aSearchPagesLikeTheWholeListAndSeesEverySaveOfEitherProgram() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("haian.sqlite")
        let database = try AppDatabase.open(path: path)
        _ = try database.writeDemo(scale: .commune, seed: 3)
        var queries = [UnitQuery(year: 2026)]
        queries.append(with(UnitQuery(year: 2026)) { $0.group = .b; $0.sort = SortOrder(.name, descending: true) })
        queries.append(with(UnitQuery(year: 2026)) { $0.registration = .registered; $0.sort = SortOrder(.head) })
        for query in queries {
            let whole = try database.units(query, offset: 0, limit: 1000).rows
            for typed in ["a", "XÓM", "an", "đ", "ng h", "zzz"] {
                let folded = VietText.fold(typed)
                let expected = whole.filter { VietText.fold($0.unit.name).contains(folded) }
                var searched = query
                searched.search = typed
                let all = try database.units(searched, offset: 0, limit: 1000)
                #expect(all.rows == expected && all.total == expected.count, "\(typed)")
                let page = try database.units(searched, offset: 3, limit: 5)
                #expect(page.rows == Array(expected.dropFirst(3).prefix(5)) && page.start == 3, "\(typed)")
            }
            // The search erased: the whole list again, its length from the names kept.
            #expect(try database.units(query, offset: 0, limit: 1000) == ListWindow(total: whole.count, rows: whole))
        }
        #expect(try database.units(UnitQuery(year: 2026), offset: 0, limit: 1000).rows.contains { $0.latestScore != nil })

        var query = UnitQuery(year: 2026)
        query.search = "an lac"
        #expect(try names(database, query).isEmpty)
        let before = try database.units(UnitQuery(year: 2026), offset: 0, limit: 1).total
        // Another program saves: this one's next keystroke finds the unit, and the list counts it.
        try AppDatabase.open(path: path).apply(.saveUnit(Unit(id: 0, name: "Xóm An Lạc", group: .b)), by: Editor())
        #expect(try names(database, query) == ["Xóm An Lạc"])
        #expect(try database.units(UnitQuery(year: 2026), offset: 0, limit: 1).total == before + 1)
        var unit = try #require(try database.units(query, offset: 0, limit: 1).rows.first).unit
        unit.name = "Xóm Bình Lạc"
        try database.apply(.saveUnit(unit), by: editor)
        #expect(try names(database, query).isEmpty)
        query.search = "binh lac"
        #expect(try names(database, query) == ["Xóm Bình Lạc"])
        try database.apply(.setUnitArchived(id: unit.id, archived: true), by: editor)
        #expect(try names(database, query).isEmpty)
    }
}

private func with<T>(_ value: T, _ change: (inout T) -> Void) -> T {
    var value = value
    change(&value)
    return value
}
