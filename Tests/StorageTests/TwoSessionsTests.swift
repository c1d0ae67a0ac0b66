import Foundation
import Model
import Testing
@testable import Storage

/// Two opens of one file, as two terminals on the shared workstation have.
@Suite struct TwoSessionsTests {
    let folder: TemporaryDirectory
    let first: AppDatabase
    let second: AppDatabase

    init() throws {
        folder = try TemporaryDirectory()
        first = try AppDatabase.open(path: folder.path("haian.sqlite"))
        second = try AppDatabase.open(path: folder.path("haian.sqlite"))
    }

    @Test func eachNoticesTheOthersCommitsButNotItsOwn() throws {
        let before = try second.dataVersion()
        let own = try first.dataVersion()
        try first.apply(.saveUnit(Unit(id: 0, name: "Xóm Mới", group: .b)), by: Editor())
        #expect(try first.dataVersion() == own)
        #expect(try second.dataVersion() != before)
    }

    @Test func aSaveOverARowTheOtherChangedIsRefusedAndBothEditsAreKeptApart() throws {
        let id = try first.apply(.saveUnit(Unit(id: 0, name: "Xóm Cũ", group: .b)), by: Editor()).id
        let read = try #require(try second.unitDetail(id: id)?.unit)
        var mine = read
        mine.head = "Trần Văn An"
        try first.apply(.saveUnit(mine), by: Editor())
        var theirs = read
        theirs.phone = "0912345678"
        #expect(throws: StoreError.conflict) { try second.apply(.saveUnit(theirs), by: Editor()) }
        #expect(StoreError.conflict.message.hasPrefix("Bản ghi đã được người khác sửa"))
        // Read again, the second officer's edit goes on top of the first one's.
        var reloaded = try #require(try second.unitDetail(id: id)?.unit)
        reloaded.phone = "0912345678"
        try second.apply(.saveUnit(reloaded), by: Editor())
        let both = try #require(try first.unitDetail(id: id)?.unit)
        #expect(both.head == "Trần Văn An" && both.phone == "0912345678")
    }
}
