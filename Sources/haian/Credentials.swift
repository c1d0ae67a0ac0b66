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

    /// The name and PIN typed at the terminal (the PIN not shown), when there is one.
    private static func asked() -> (name: String, pin: String)? {
        guard isatty(STDIN_FILENO) == 1, isatty(STDERR_FILENO) == 1 else { return nil }
        FileHandle.standardError.write(Data("Tên tài khoản: ".utf8))
        guard let name = readLine(), !name.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        // getpass reads from the terminal itself with echo off, as sudo and ssh do.
        guard let typed = getpass("Mã PIN: ") else { return nil }
        let pin = String(cString: typed)
        memset(typed, 0, strlen(typed))
        return (VietText.normalize(name), pin)
    }

    /// The account a command line tool acts as.
    static func account(_ database: AppDatabase) throws -> Account {
        guard let credentials = try fromEnvironment() ?? asked() else {
            throw Failure(message: "Cần đăng nhập: chạy ở cửa sổ dòng lệnh để nhập tên và mã PIN, hoặc đặt HAIAN_SIGN_IN=\"Tên:mã PIN\".")
        }
        if database.readOnly, try database.accounts().isEmpty {
            throw Failure(message: "Cơ sở dữ liệu chưa có tài khoản nào và đang mở chỉ đọc: không tạo được tài khoản quản trị.")
        }
        if try database.accounts().isEmpty {
            // Another program may make it first; then this one signs in to it.
            do {
                _ = try database.apply(.saveAccount(Account(name: credentials.name, role: .admin), pin: credentials.pin),
                                       by: Editor(who: VietText.normalize(credentials.name)))
            } catch StoreError.invalid(let error) {
                throw Failure(message: "Tạo tài khoản quản trị đầu tiên: \(error.message)")
            } catch {}
        }
        guard let account = try database.accounts().first(where: { Unit.nameKey($0.name) == Unit.nameKey(credentials.name) }) else {
            throw Failure(message: "Không có tài khoản “\(credentials.name)”.")
        }
        switch try database.signIn(account: account.id, pin: credentials.pin) {
        case .signedIn(let signed):
            if Account.pinIsTooShort(credentials.pin) {
                FileHandle.standardError.write(Data(("haian: lưu ý: mã PIN của \(signed.name) ngắn hơn \(Account.pinLengths.lowerBound) chữ số; "
                    + "lần mở chương trình tới sẽ yêu cầu đặt mã mới.\n").utf8))
            }
            return signed
        case .wrongPin(let left): throw Failure(message: "Sai mã PIN (còn \(left) lần thử trước khi tài khoản bị khoá).")
        case .mustWait(let seconds): throw Failure(message: "Tài khoản quản trị tạm khoá vì nhập sai nhiều lần: mở lại sau \((seconds + 59) / 60) phút.")
        case .locked: throw Failure(message: "Tài khoản đã bị khoá sau \(Account.lockAfter) lần sai mã PIN: nhờ quản trị viên đặt mã PIN mới.")
        }
    }
}
