import ArgumentParser
import Foundation
import Storage

/// `haian verify`: checks the audit trail's hash chain and the rows it vouches for.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Kiểm tra nhật ký thay đổi (chuỗi băm SHA-256) và các bản ghi; chỉ ra mục đầu tiên không khớp.")

    @OptionGroup var options: CommonOptions

    func run() throws {
        let database = try options.openDatabase()
        do {
            let bar = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
            let report = try database.verify(progress: bar.show)
            bar.finish()
            guard report.isSound else {
                throw Failure(message: "Phát hiện sai lệch:\n" + report.problems.map { "  " + $0 }.joined(separator: "\n"))
            }
            print("Toàn vẹn: \(report.entries) mục nhật ký nối đúng chuỗi, \(report.rowsChecked) bản ghi khớp nhật ký, \(report.sheetsChecked) tổng điểm khớp.")
        } catch let error as StoreError {
            throw Failure(message: error.message)
        }
    }
}
