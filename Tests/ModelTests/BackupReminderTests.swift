import Testing
@testable import Model

@Suite struct BackupReminderTests {
    let today = Day(2026, 5, 21)!

    @Test func remindsOnlyAfterTheSettingsDaysWithoutACopyOffTheMachine() {
        let folder = "/du-lieu/sao-luu"
        #expect(BackupReminder.message(lastBackup: Day(2026, 5, 14), firstEntry: Day(2025, 7, 1), today: today, days: 7, dailyFolder: folder) == nil)
        let late = BackupReminder.message(lastBackup: Day(2026, 5, 13), firstEntry: Day(2025, 7, 1), today: today, days: 7, dailyFolder: folder)
        #expect(late == "Lần sao lưu ra ngoài gần nhất cách đây 8 ngày (13/05/2026). Bản sao hằng ngày ở /du-lieu/sao-luu, cùng ổ đĩa: hãy chép ra USB bằng haian backup ĐƯỜNG-DẪN.")
        // Never copied: counted from the first record; a new file is not nagged.
        #expect(BackupReminder.message(lastBackup: nil, firstEntry: Day(2026, 5, 20), today: today, days: 7, dailyFolder: folder) == nil)
        #expect(BackupReminder.message(lastBackup: nil, firstEntry: nil, today: today, days: 7, dailyFolder: folder) == nil)
        #expect(BackupReminder.message(lastBackup: nil, firstEntry: Day(2026, 1, 2), today: today, days: 7, dailyFolder: folder)?
            .hasPrefix("Chưa sao lưu ra ngoài lần nào từ 02/01/2026.") == true)
        // 0 turns it off.
        #expect(BackupReminder.message(lastBackup: nil, firstEntry: Day(2025, 7, 1), today: today, days: 0, dailyFolder: folder) == nil)
    }
}

@Suite struct HistoryTimeTests {
    @Test func theTrailsUtcTimesAreShownInVietnamsTime() {
        let entry = { (at: String) in HistoryEntry(at: at, who: "Lan", action: "update", summary: "").when }
        #expect(entry("2026-05-21T01:30:00Z") == "21/05/2026 08:30")
        // After 17:00 UTC the day in Hải An is the next one, across a month and a year.
        #expect(entry("2026-05-31T18:05:00Z") == "01/06/2026 01:05")
        #expect(entry("2025-12-31T23:59:59Z") == "01/01/2026 06:59")
        #expect(entry("không phải giờ") == "không phải giờ")
    }
}

@Suite struct OnTimeShareTests {
    @Test func anOpenDeadlineNotYetSentIsNoMiss() {
        #expect(ReportStatus.onTimeShare([.open(daysLeft: 3)]) == nil)
        #expect(ReportStatus.onTimeShare([.notYetDue, .open(daysLeft: 0)]) == nil)
        let share = ReportStatus.onTimeShare([.onTime, .open(daysLeft: 9), .late(days: 2), .overdue(days: 30), .notYetDue])
        #expect(share?.onTime == 1 && share?.settled == 3)
    }
}
