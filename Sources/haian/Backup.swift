import ArgumentParser
import Foundation
import Storage

/// `haian backup PATH`: a consistent copy of the database, even while the program runs.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Sao lưu cơ sở dữ liệu ra một tệp (chép trực tuyến, dùng được khi chương trình đang mở).")

    @Argument(help: ArgumentHelp("Tệp sao lưu.", valueName: "PATH"))
    var target: String

    @OptionGroup var options: CommonOptions

    func run() throws {
        let (database, account) = try options.signedIn(reading: true)
        guard URL(fileURLWithPath: target).standardizedFileURL.path != URL(fileURLWithPath: database.path).standardizedFileURL.path else {
            throw Failure(message: "Tệp sao lưu phải khác tệp cơ sở dữ liệu.")
        }
        do {
            let code = try database.backup(to: target)
            database.disclose(.backup, "bản sao lưu, mã kiểm tra \(code)", to: target, by: account)
            print("Đã sao lưu vào \(target). Mã kiểm tra: \(code) (ghi cạnh bản sao lưu, trong \(AppDatabase.codeFile(of: target))).")
            print("Bản sao lưu mang cả mã PIN (đã băm) của các tài khoản: hãy cất ở nơi có khoá.")
        } catch let error as StoreError {
            throw Failure(message: error.message)
        }
    }
}
