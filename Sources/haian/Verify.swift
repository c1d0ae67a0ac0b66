import ArgumentParser
import Foundation
import Storage

/// `haian verify`: checks the audit trail's hash chain and the rows it vouches for.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Kiểm tra nhật ký thay đổi (chuỗi băm SHA-256) và các bản ghi; chỉ ra mục đầu tiên không khớp.")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Mã kiểm tra in trên văn bản hoặc ghi cạnh bản sao lưu (ví dụ 1234-9F3A5C0D): "
                                           + "nhật ký phải còn đi qua đúng mục đó.", valueName: "MÃ"))
    var code: String?

    func validate() throws {
        if let code, CheckCode(code) == nil {
            throw ValidationError("Mã kiểm tra “\(code)” không đúng dạng SỐ-8 chữ số hex, ví dụ 1234-9F3A5C0D.")
        }
    }

    func run() throws {
        let database = try options.openForReading()
        do {
            let bar = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
            let report = try database.verify(progress: bar.show)
            bar.finish()
            var problems = report.problems
            if let code = code.flatMap(CheckCode.init), let problem = try database.problem(with: code) { problems.insert(problem, at: 0) }
            guard problems.isEmpty else {
                throw Failure(message: "Phát hiện sai lệch:\n" + problems.map { "  " + $0 }.joined(separator: "\n"))
            }
            print("Toàn vẹn: \(report.entries) mục nhật ký nối đúng chuỗi, \(report.rowsChecked) bản ghi khớp nhật ký, \(report.sheetsChecked) tổng điểm khớp."
                  + (code.map { " Nhật ký còn đi qua mã \($0.uppercased())." } ?? ""))
            print("Mã kiểm tra hiện nay: \(try database.checkCode())")
        } catch let error as StoreError {
            throw Failure(message: error.message)
        }
    }
}
