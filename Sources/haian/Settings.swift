import ArgumentParser
import Foundation
import Model
import Storage

/// `haian settings [KEY VALUE]`: the commune's settings for its documents, shown, or one set
/// (signed in as an administrator through HAIAN_SIGN_IN, audited like an edit by hand).
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Xem cài đặt văn bản của xã, hoặc đặt một mục: haian settings KHOÁ GIÁ_TRỊ (cần quản trị).")

    @Argument(help: "Khoá của mục cần đặt (xem danh sách khi chạy không có tham số).")
    var key: String?

    @Argument(help: "Giá trị mới; danh sách ghi cách nhau bằng dấu “;”.")
    var value: String?

    @OptionGroup var options: CommonOptions

    func run() throws {
        let (database, account) = try options.signedIn(reading: key == nil)
        do {
            var settings = try database.settings()
            guard let key else {
                for field in CommuneSettings.fields {
                    print("\(field.key) = \(field.get(settings))    (\(field.label))")
                }
                return
            }
            guard let field = CommuneSettings.field(key) else {
                throw Failure(message: "Không có mục “\(key)”. Các mục: " + CommuneSettings.fields.map(\.key).joined(separator: ", ") + ".")
            }
            guard let value else { throw Failure(message: "Thiếu giá trị cho “\(key)”.") }
            if let error = field.set(&settings, value) { throw Failure(message: error.message) }
            if let refusal = account.role.refusal(.settings) { throw Failure(message: refusal) }
            print(try database.apply(.saveSettings(settings), by: Editor(who: account.name)).message)
        } catch let error as StoreError {
            throw Failure(message: error.message)
        }
    }
}
