import Testing
@testable import Model

@Suite struct ReportMatrixTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(y, m, d)! }
    private let slots = Plan.reportSlots

    @Test func columnsOfAYearPutTheCompiledReportUnderTheTenthOfDecember() {
        let columns = ReportQuery(year: 2026).columns(slots)
        #expect(columns.map(\.slot.shortTitle) == ["20/5/2026", "10/12/2026"])
        #expect(columns[0].compiled == nil)
        #expect(columns[1].compiled?.kind == .compiled)
        // Every year: the launch plan, then two deadlines a year from 2026 (one in 2025).
        #expect(ReportQuery().columns(slots).count == 1 + 1 + 5 * 2)
    }

    @Test func aCellIsEmptyWhenTheGroupDoesNotSendTheReport() {
        let launch = slots.first { $0.kind == .launchPlan }!
        let enterprise = MatrixRow(id: 1, name: "Công ty X", group: .c, received: [:])
        let hamlet = MatrixRow(id: 2, name: "Xóm Đông", group: .b, received: [launch.id: day(2025, 7, 17)])
        #expect(enterprise.status(launch, today: day(2026, 1, 1)) == nil)
        #expect(hamlet.status(launch, today: day(2026, 1, 1)) == .onTime)
    }

    @Test func onTimeRatePerSlotAndPerGroup() {
        var a = Plan.reportSlots.first { $0.kind == .midYear && $0.year == 2026 }!
        a.id = 7
        var b = Plan.reportSlots.first { $0.kind == .yearEnd && $0.year == 2026 }!
        b.id = 8
        let expected: [ReportTally.Key: Int] = [.init(slotID: 7, group: .a): 4, .init(slotID: 7, group: .b): 20,
                                                .init(slotID: 7, group: .c): 10, .init(slotID: 8, group: .b): 20]
        let tally = ReportTally(onTime: [.init(slotID: 7, group: .a): 3, .init(slotID: 7, group: .b): 10],
                                late: [.init(slotID: 7, group: .a): 1], expected: expected)
        let slot = tally.rate(a, groups: UnitGroup.allCases)
        #expect(slot == OnTimeRate(onTime: 13, received: 14, expected: 34))
        #expect(slot.percentLabel == "38%")
        #expect(slot.receivedLabel == "41%")
        #expect(tally.rate(a, groups: [.a]).percent == 75)
        // The group's rate counts only deadlines whose last day has passed: none on 19/5,
        // the 20/5 one from 20/5, both after 9/12.
        #expect(tally.rate(group: .b, slots: [a, b], today: day(2026, 5, 19)).percent == nil)
        #expect(tally.rate(group: .b, slots: [a, b], today: day(2026, 5, 20)).percent == 50)
        #expect(tally.rate(group: .b, slots: [a, b], today: day(2026, 12, 10)).percent == 25)
        // Before its last day a deadline says what has come, never 0% on time.
        #expect(tally.rate(b, groups: [.b]).phrase(b, today: day(2026, 5, 21)) == "đã nhận 0/20, chưa đến hạn")
        #expect(tally.rate(a, groups: [.b]).phrase(a, today: day(2026, 5, 21)) == "50% đúng hạn (nhận 10/20)")
        #expect(tally.rate(b, groups: [.b]).cell(b, today: day(2026, 5, 21)) == "0/20")
        #expect(OnTimeRate().percentLabel == "—")
    }

    @Test func remindersTakeOverdueSlotsAndThoseDueWithinTheWindow() {
        let picked = Reminder.slots(slots, today: day(2026, 5, 10), days: 30)
        #expect(picked.contains { $0.kind == .midYear && $0.year == 2026 })
        #expect(picked.contains { $0.kind == .launchPlan })
        #expect(!picked.contains { $0.kind == .yearEnd && $0.year == 2026 })
        // The 20/5 report's last on-time day, 19/5, is 9 days off: a 9-day window leaves it out.
        #expect(!Reminder.slots(slots, today: day(2026, 5, 10), days: 9).contains { $0.kind == .midYear && $0.year == 2026 })
        #expect(Reminder.slots(slots, today: day(2026, 5, 10), days: 10).contains { $0.kind == .midYear && $0.year == 2026 })
    }

    @Test func reminderTextGroupsByUnitWithItsContact() {
        let slot = slots.first { $0.kind == .midYear && $0.year == 2026 }!
        let today = day(2026, 5, 10)
        let text = Reminder.text([
            Reminder(unitID: 1, unitName: "Xóm Đông", head: "Trần Văn An", phone: "0912345678", slot: slot,
                     status: slot.status(received: nil, today: today)),
        ], today: today, days: 30)
        #expect(text.contains("Xóm Đông — Trần Văn An, 0912345678"))
        #expect(text.contains("○ Báo cáo năm 2026 gửi Phòng VH-XH (hạn trước 20/05/2026): đang mở, còn 9 ngày"))
        #expect(text.contains("Tổng: 1 báo cáo (0 quá hạn, 1 sắp đến hạn)."))
    }

    @Test func aReceiptCannotBeDatedAfterTodayOrOutsideTheMovement() {
        let today = day(2026, 5, 21)
        #expect(Receipt(slotID: 1, unitID: 1, receivedOn: day(2026, 5, 22)).validationErrors(today: today).map(\.field) == ["date"])
        #expect(Receipt(slotID: 1, unitID: 1, receivedOn: day(2024, 5, 22)).validationErrors(today: today).map(\.field) == ["date"])
        #expect(Receipt(slotID: 1, unitID: 1, receivedOn: today, note: String(repeating: "x", count: 201))
            .validationErrors(today: today).map(\.field) == ["note"])
        #expect(Receipt(slotID: 1, unitID: 1, receivedOn: today).validationErrors(today: today).isEmpty)
    }
}
