import Foundation
import Model
import Storage

/// `HAIAN_SIGN_IN="Tên:PIN"`: signs in without the form, for scripts and tests. On a database
/// with no account yet it makes that account the administrator, as the first-run form would.
enum Credentials {
    /// Read once, at the start, and taken out of the environment at once: the running program's
    /// `/proc/PID/environ` and every program it starts (LibreOffice, pandoc) never see the PIN.
    static let captured: String? = {
        guard let raw = getenv("HAIAN_SIGN_IN") else { return nil }
        let value = String(cString: raw)
        // /proc/PID/environ shows the process's first environment block, which unsetenv does
        // not touch: the value's bytes are wiped where they lie.
        memset(raw, 0, strlen(raw))
        unsetenv("HAIAN_SIGN_IN")
        return value
    }()

    static func fromEnvironment() throws -> (name: String, pin: String)? {
        guard let value = captured, !value.isEmpty else { return nil }
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
        case .wrongPin(let left): throw Failure(message: "Sai mã PIN (còn \(left) lần thử trước khi tài khoản bị khoá).")
        case .mustWait(let seconds): throw Failure(message: "Tài khoản quản trị tạm khoá vì nhập sai nhiều lần: mở lại sau \((seconds + 59) / 60) phút.")
        case .locked: throw Failure(message: "Tài khoản đã bị khoá sau \(Account.lockAfter) lần sai mã PIN: nhờ quản trị viên đặt mã PIN mới.")
        }
    }
}
