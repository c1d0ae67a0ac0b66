import ArgumentParser
import Foundation
import Model
import Storage

/// `haian restore BACKUP`: puts a backup back, after showing what it holds beside what the
/// database holds; an administrator's, never while another program has the file open.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Khôi phục cơ sở dữ liệu từ bản sao lưu (quản trị): kiểm tra bản sao lưu, so sánh, hỏi lại, giữ tệp cũ.")

    @Argument(help: ArgumentHelp("Tệp sao lưu (haian backup, hoặc sao-luu/…).", valueName: "BACKUP"))
    var backup: String

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "Không hỏi lại (cho kịch bản): khôi phục ngay khi bản sao lưu hợp lệ.")
    var yes = false

    func run() throws {
        let database = try options.openDatabase()
        do {
            guard try Credentials.account(database).role == .admin else {
                throw Failure(message: "Chỉ quản trị viên được khôi phục từ bản sao lưu.")
            }
            guard URL(fileURLWithPath: backup).standardizedFileURL.path != URL(fileURLWithPath: database.path).standardizedFileURL.path else {
                throw Failure(message: "Bản sao lưu phải là tệp khác tệp cơ sở dữ liệu.")
            }
            let staged = try database.stageRestore(from: backup)
            let current = try database.facts()
            print("Bản sao lưu \(backup): toàn vẹn, nhật ký nối đúng chuỗi, mã kiểm tra \(staged.facts.code).")
            print(Self.table(current: current, backup: staged.facts))
            if !yes {
                print("Thay toàn bộ dữ liệu hiện có bằng bản sao lưu? Gõ “co” để đồng ý: ", terminator: "")
                guard let answer = readLine(), ["co", "có", "c", "y", "yes"].contains(VietText.fold(answer).trimmingCharacters(in: .whitespaces)) else {
                    print("Không khôi phục; dữ liệu giữ nguyên.")
                    return
                }
            }
            let keep = Self.keptPath(database.path, day: options.currentDay)
            try database.restore(staged, keeping: keep, by: Editor(who: try Credentials.account(database).name))
            print("Đã khôi phục từ \(backup). Dữ liệu trước khi khôi phục được giữ ở \(keep). "
                  + "Kiểm tra: haian verify --db \(database.path) --code \(staged.facts.code)")
        } catch let error as StoreError {
            throw Failure(message: error == .locked(database.path)
                ? "Cơ sở dữ liệu \(database.path) đang mở ở chương trình khác: hãy thoát chương trình đó rồi khôi phục; dữ liệu giữ nguyên."
                : error.message)
        }
    }

    /// "haian.truoc-khoi-phuc-2026-05-21.sqlite", and "(1)" … when one is there already.
    static func keptPath(_ path: String, day: Day) -> String {
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().lastPathComponent
        let folder = url.deletingLastPathComponent()
        return DocumentKind.freePath(folder.appendingPathComponent("\(stem).truoc-khoi-phuc-\(day.iso).sqlite")).path
    }

    private static func table(current: StoreFacts, backup: StoreFacts) -> String {
        let rows = [("", "Hiện có", "Bản sao lưu"),
                    ("Đơn vị", String(current.units), String(backup.units)),
                    ("Cá nhân", String(current.people), String(backup.people)),
                    ("Đề nghị khen", String(current.proposals), String(backup.proposals)),
                    ("Mục nhật ký", String(current.entries), String(backup.entries)),
                    ("Thay đổi cuối", current.lastChange, backup.lastChange),
                    ("Mã kiểm tra", current.code.description, backup.code.description)]
        let width = rows.map { VietText.displayWidth($0.0) }.max() ?? 0
        let second = rows.map { VietText.displayWidth($0.1) }.max() ?? 0
        return rows.map { row in
            let pad1 = String(repeating: " ", count: width - VietText.displayWidth(row.0))
            let pad2 = String(repeating: " ", count: second - VietText.displayWidth(row.1))
            return "  \(row.0)\(pad1)  \(row.1)\(pad2)  \(row.2)"
        }.joined(separator: "\n")
    }
}
