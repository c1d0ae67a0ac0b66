import Foundation
import Model
import Testing
@testable import Storage

@Suite struct ReportStorageTests {
    let editor = Editor()
    let folder: TemporaryDirectory
    let database: AppDatabase
    let today = Day(2026, 5, 21)!

    init() throws {
        folder = try TemporaryDirectory()
        database = try AppDatabase.open(path: folder.path("haian.sqlite"))
    }

    private func slot(_ kind: ReportKind, _ year: Int) throws -> ReportSlot {
        try #require(try database.dashboard().slots.first { $0.kind == kind && $0.year == year })
    }

    private func unit(_ name: String, _ group: UnitGroup) throws -> Int64 {
        try database.apply(.saveUnit(Unit(id: 0, name: name, group: group)), by: editor).id
    }

    @Test func aReceiptFlipsTheCellAndTheTally() throws {
        let hamlet = try unit("Xóm Đông", .b)
        let midYear = try slot(.midYear, 2026)
        let before = try database.reportMatrix(ReportQuery(group: .b), offset: 0, limit: 10)
        #expect(before.rows.first { $0.id == hamlet }?.status(midYear, today: today) == .overdue(days: 2))
        try database.apply(.saveReceipt(Receipt(slotID: midYear.id, unitID: hamlet, receivedOn: Day(2026, 5, 19)!), today: today), by: editor)
        let after = try database.reportMatrix(ReportQuery(group: .b), offset: 0, limit: 10)
        #expect(after.rows.first { $0.id == hamlet }?.status(midYear, today: today) == .onTime)
        let tally = try database.reportTally(today: today)
        #expect(tally.onTime[.init(slotID: midYear.id, group: .b)] == 1)
        // Seen from a day before it came, it has not come.
        #expect(try database.reportTally(today: Day(2026, 5, 18)!).onTime.isEmpty)
    }

    @Test func aSecondReceiptForTheSameReportIsAConflictAndACorrectionNeedsTheLatestVersion() throws {
        let hamlet = try unit("Xóm Tây", .b)
        let midYear = try slot(.midYear, 2026)
        let first = Receipt(slotID: midYear.id, unitID: hamlet, receivedOn: Day(2026, 5, 19)!)
        try database.apply(.saveReceipt(first, today: today), by: editor)
        #expect(throws: StoreError.conflict) { try database.apply(.saveReceipt(first, today: today), by: editor) }
        var stored = try #require(try database.receipt(slotID: midYear.id, unitID: hamlet))
        stored.receivedOn = Day(2026, 5, 20)!
        try database.apply(.saveReceipt(stored, today: today), by: editor)
        #expect(try database.receipt(slotID: midYear.id, unitID: hamlet)?.receivedOn == Day(2026, 5, 20)!)
        // The older read is stale now.
        #expect(throws: StoreError.conflict) { try database.apply(.saveReceipt(stored, today: today), by: editor) }
    }

    @Test func invalidReceiptsAreRefusedAndChangeNothing() throws {
        let enterprise = try unit("Công ty Biển Xanh", .c)
        let launch = try slot(.launchPlan, 2025)
        let midYear = try slot(.midYear, 2026)
        // Enterprises send no launch plan; no date after today; the compiled report is VH-XH's alone.
        #expect(throws: StoreError.self) {
            try database.apply(.saveReceipt(Receipt(slotID: launch.id, unitID: enterprise, receivedOn: Day(2025, 7, 1)!), today: today), by: editor)
        }
        #expect(throws: StoreError.self) {
            try database.apply(.saveReceipt(Receipt(slotID: midYear.id, unitID: enterprise, receivedOn: Day(2026, 5, 22)!), today: today), by: editor)
        }
        #expect(throws: StoreError.self) {
            try database.apply(.saveReceipt(Receipt(slotID: midYear.id, unitID: nil, receivedOn: Day(2026, 5, 1)!), today: today), by: editor)
        }
        let tally = try database.reportTally(today: today)
        #expect(tally.onTime.isEmpty && tally.late.isEmpty)
        #expect(try database.compiledReceipts().isEmpty)
    }

    @Test func theCompiledReportIsStoredWithoutAUnitAndRemovalCanBeUndone() throws {
        let compiled = try slot(.compiled, 2025)
        let id = try database.apply(.saveReceipt(Receipt(slotID: compiled.id, unitID: nil, receivedOn: Day(2025, 12, 8)!), today: today),
                                    by: editor).id
        #expect(try database.compiledReceipts()[compiled.id]?.receivedOn == Day(2025, 12, 8)!)
        try database.apply(.removeReceipt(id: id), by: editor)
        #expect(try database.compiledReceipts().isEmpty)
        let undone = try database.undoLast(by: editor)
        #expect(undone.message.contains("08/12/2025"))
        #expect(try database.compiledReceipts()[compiled.id]?.id == id)
    }

    @Test func undoingARemovalIsRefusedWhenAnotherReceiptTookItsPlace() throws {
        let compiled = try slot(.compiled, 2025)
        let receipt = Receipt(slotID: compiled.id, unitID: nil, receivedOn: Day(2025, 12, 8)!)
        let id = try database.apply(.saveReceipt(receipt, today: today), by: editor).id
        try database.apply(.removeReceipt(id: id), by: editor)
        // Another officer records it again, differently, before the undo.
        var again = receipt
        again.receivedOn = Day(2025, 12, 9)!
        try database.apply(.saveReceipt(again, today: today), by: Editor())
        let refusal = #expect(throws: StoreError.self) { try database.undoLast(by: editor) }
        #expect(refusal?.message.hasPrefix("Không hoàn tác được") == true)
        #expect(try database.compiledReceipts()[compiled.id]?.receivedOn == Day(2025, 12, 9)!)
    }

    @Test func remindersListWhatIsOwedWithTheHeadsContact() throws {
        let hamlet = try database.apply(.saveUnit(Unit(id: 0, name: "Xóm Nam", group: .b, head: "Lê Thị Hoa", phone: "0912345678")),
                                        by: editor).id
        let enterprise = try unit("Công ty Sóng Biển", .c)
        let midYear = try slot(.midYear, 2026)
        try database.apply(.saveReceipt(Receipt(slotID: midYear.id, unitID: enterprise, receivedOn: Day(2026, 5, 5)!),
                                        today: Day(2026, 5, 10)!), by: editor)
        let reminders = try database.reminders(today: Day(2026, 5, 10)!, days: 30)
        let hamletLines = reminders.filter { $0.unitID == hamlet }
        #expect(hamletLines.map(\.slot.kind) == [.launchPlan, .yearEnd, .midYear])
        #expect(hamletLines.allSatisfy { $0.head == "Lê Thị Hoa" && $0.phone == "0912345678" })
        #expect(hamletLines.last?.status == .open(daysLeft: 9))
        // The enterprise sent its 20/5 report; it owes nothing else in the window.
        #expect(!reminders.contains { $0.unitID == enterprise })
        // Phòng VH-XH's compiled report of 2025 is overdue.
        #expect(reminders.contains { $0.unitID == nil && $0.slot.kind == .compiled && $0.slot.year == 2025 })
    }
}
