import ArgumentParser
import Foundation
import Model
import Storage

/// `haian reminders`: the reports overdue and falling due soon, as plain text for sending.
struct Reminders: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "In danh sách nhắc việc: báo cáo quá hạn và đến hạn trong những ngày tới, theo đơn vị.")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Nhắc các báo cáo đến hạn trong bấy nhiêu ngày tới (0–365).")
    var days: Int = ReportStatus.defaultReminderWindow

    func validate() throws {
        guard (0...365).contains(days) else { throw ValidationError("--days phải từ 0 đến 365.") }
    }

    func run() throws {
        let (database, account) = try options.signedIn(reading: true)
        let today = options.currentDay
        do {
            database.disclose(.export, "danh sách nhắc việc", to: nil, by: account)
            print(Model.Reminder.text(try database.reminders(today: today, days: days), today: today, days: days), terminator: "")
        } catch let error as StoreError {
            throw Failure(message: error.message)
        }
    }
}
