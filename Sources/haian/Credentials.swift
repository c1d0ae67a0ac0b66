import Foundation
import Model
import Storage

/// `HAIAN_SIGN_IN="Tên:PIN"`: signs in without the form, for scripts and tests. On a database
/// with no account yet it makes that account the administrator, as the first-run form would.
enum Credentials {
    static func fromEnvironment() throws -> (name: String, pin: String)? {
        guard let value = ProcessInfo.processInfo.environment["HAIAN_SIGN_IN"], !value.isEmpty else { return nil }
        guard let colon = value.lastIndex(of: ":") else {
            throw Failure(message: "HAIAN_SIGN_IN phải có dạng “Tên:mã PIN”.")
        }
        return (String(value[..<colon]), String(value[value.index(after: colon)...]))
    }

    /// The account a command line tool acts as.
    static func account(_ database: AppDatabase) throws -> Account {
        guard let credentials = try fromEnvironment() else {
            throw Failure(message: "Cần đăng nhập: đặt HAIAN_SIGN_IN=\"Tên:mã PIN\".")
        }
        if try database.accounts().isEmpty {
            // Another program may make it first; then this one signs in to it.
            _ = try? database.apply(.saveAccount(Account(name: credentials.name, role: .admin), pin: credentials.pin),
                                    by: Editor(who: VietText.normalize(credentials.name)))
        }
        guard let account = try database.accounts().first(where: { Unit.nameKey($0.name) == Unit.nameKey(credentials.name) }) else {
            throw Failure(message: "Không có tài khoản “\(credentials.name)”.")
        }
        switch try database.signIn(account: account.id, pin: credentials.pin) {
        case .signedIn(let signed): return signed
        case .wrongPin: throw Failure(message: "Sai mã PIN.")
        case .mustWait(let seconds): throw Failure(message: "Đã nhập sai nhiều lần. Thử lại sau \(seconds) giây.")
        }
    }
}
