import Foundation
import Model
import Testing
@testable import Storage

@Suite struct UnitWriteTests {
    @Test func aCreatedUnitIsStoredNormalisedAndSurvivesReopening() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("haian.sqlite")
        let saved = try AppDatabase.open(path: path)
            .createUnit(Unit(id: 0, name: "  Xo\u{0301}m Đông Ha\u{0309}i\t", group: .b, head: "Trần Văn An"))
        #expect(saved.id > 0)
        #expect(saved.name == "Xóm Đông Hải")
        let units = try AppDatabase.open(path: path).dashboard().units
        #expect(units.contains { $0.name == "Xóm Đông Hải" && $0.group == .b && $0.head == "Trần Văn An" })
    }

    @Test func aDuplicateNameInAnyFormIsRefusedAndNothingChanges() throws {
        let folder = try TemporaryDirectory()
        let database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        _ = try database.createUnit(Unit(id: 0, name: "Xóm Đông Hải", group: .b))
        let before = try database.dashboard()
        #expect(throws: StoreError.self) { try database.createUnit(Unit(id: 0, name: "xom dong hai", group: .b)) }
        #expect(throws: StoreError.self) { try database.createUnit(Unit(id: 0, name: "Xo\u{0301}m Đông Hải", group: .b)) }
        #expect(try database.dashboard() == before)
    }

    @Test(arguments: ["", "   ", "\u{7}\u{8}", String(repeating: "Đ", count: 121)])
    func anInvalidNameIsRefused(_ name: String) throws {
        let folder = try TemporaryDirectory()
        let database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        let before = try database.dashboard().units.count
        #expect(throws: StoreError.self) { try database.createUnit(Unit(id: 0, name: name, group: .a)) }
        #expect(try database.dashboard().units.count == before)
    }
}
