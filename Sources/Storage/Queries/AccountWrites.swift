import _CryptoExtras
import Crypto
import Foundation
import GRDB
import Model

/// PINs are kept as PBKDF2-SHA256 with a random salt per account: never the PIN itself.
enum PinHash {
    static let rounds = 210_000

    static func derive(_ pin: String, salt: Data, rounds: Int) throws -> Data {
        let key = try KDF.Insecure.PBKDF2.deriveKey(from: Data(pin.utf8), salt: salt, using: .sha256, outputByteCount: 32,
                                                    rounds: rounds)
        return key.withUnsafeBytes { Data($0) }
    }

    /// SHA-256 of salt and hash, in hex: kept beside them as text, so the trail records it.
    static func check(salt: Data, hash: Data) -> String {
        SHA256.hash(data: salt + hash).map { String(format: "%02x", $0) }.joined()
    }

    /// The columns a new PIN sets, for an UPDATE or INSERT's arguments.
    static func columns(_ pin: String) throws -> (salt: Data, hash: Data, check: String) {
        let salt = salt()
        let hash = try derive(pin, salt: salt, rounds: rounds)
        return (salt, hash, check(salt: salt, hash: hash))
    }

    static func salt() -> Data {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }
}

extension Writes {
    static func saveAccount(_ db: Database, _ account: Account, pin: String?, _ editor: Editor) throws -> ChangeResult {
        if account.id == 0 && pin == nil {
            throw StoreError.invalid(FieldError(field: "pin", message: "Tài khoản mới cần mã PIN."))
        }
        if let error = account.validationErrors(pin: pin, repeated: nil).first { throw StoreError.invalid(error) }
        let name = VietText.normalize(account.name)
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM account WHERE name_key = ? AND id <> ?)",
                             arguments: [Unit.nameKey(name), account.id]) == true {
            throw StoreError.invalid(FieldError(field: "name", message: "Đã có tài khoản tên “\(name)”."))
        }
        let now = timestamp()
        if account.id == 0 {
            let secret = try PinHash.columns(pin ?? "")
            try db.execute(sql: """
                INSERT INTO account (name, name_key, role, pin_salt, pin_hash, pin_check, pin_rounds, archived, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [name, Unit.nameKey(name), account.role.rawValue, secret.salt, secret.hash, secret.check,
                                 PinHash.rounds, account.archived, now, now])
            let id = db.lastInsertedRowID
            try Audit.record(db, editor: editor, entity: .account, id: id, action: "create", before: nil)
            return ChangeResult(entity: .account, id: id, message: "Đã tạo tài khoản “\(name)” (\(account.role.title)).")
        }
        guard let before = try Audit.snapshot(db, .account, id: account.id), case .integer(let version) = before["version"],
              version == account.version else { throw StoreError.conflict }
        if account.archived, case .text(let current) = before["name"], Unit.nameKey(current) == Unit.nameKey(editor.who) {
            throw StoreError.invalid(FieldError(field: "status", message: "Không khoá được tài khoản đang đăng nhập."))
        }
        try db.execute(sql: """
            UPDATE account SET name = ?, name_key = ?, role = ?, archived = ?, version = version + 1, updated_at = ? WHERE id = ?
            """, arguments: [name, Unit.nameKey(name), account.role.rawValue, account.archived, now, account.id])
        // The workstation is never left without someone who can manage the accounts.
        if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account WHERE role = ? AND archived = 0",
                            arguments: [Role.admin.rawValue]) == 0 {
            throw StoreError.invalid(FieldError(field: "role", message: "Phải còn ít nhất một tài khoản quản trị được đăng nhập."))
        }
        if let pin {
            let secret = try PinHash.columns(pin)
            try db.execute(sql: "UPDATE account SET pin_salt = ?, pin_hash = ?, pin_check = ?, pin_rounds = ?, failures = 0 WHERE id = ?",
                           arguments: [secret.salt, secret.hash, secret.check, PinHash.rounds, account.id])
        }
        try Audit.record(db, editor: editor, entity: .account, id: account.id, action: "update", before: before)
        return ChangeResult(entity: .account, id: account.id, message: "Đã lưu tài khoản “\(name)”.")
    }
}

extension AppDatabase {
    /// The accounts that may sign in, by name.
    public func accounts() throws -> [Account] {
        try fetchAccounts(where: "WHERE archived = 0")
    }

    /// Every account, locked ones last, for the administrator to choose from.
    public func allAccounts() throws -> [Account] {
        try fetchAccounts(where: "")
    }

    private func fetchAccounts(where filter: String) throws -> [Account] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, role, archived, version FROM account \(filter) ORDER BY archived, name_key")
                .map { Account(id: $0["id"], name: $0["name"], role: Role(rawValue: $0["role"]) ?? .viewer,
                               archived: $0["archived"], version: $0["version"]) }
        }
    }

    /// Checks a PIN. Wrong PINs in a row are counted and lock the account (`Account.lock`).
    /// Opened read-only (read-only media, or another program writing) nothing can be counted:
    /// the PIN is checked and a lock already set is kept; whoever can read the file holds its
    /// hashes anyway.
    /// With `newPin`, the right PIN also changes it (a PIN shorter than six digits, at sign-in).
    public func signIn(account id: Int64, pin: String, newPin: String? = nil, now: Date = Date()) throws -> SignInResult {
        if newPin != nil && readOnly { throw StoreError.readOnly(path) }
        let counting = !readOnly
        let body = { (db: Database) throws -> SignInResult in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM account WHERE id = ? AND archived = 0", arguments: [id]) else {
                throw StoreError.conflict
            }
            var failures: Int = row["failures"]
            let account = Account(id: id, name: row["name"], role: Role(rawValue: row["role"]) ?? .viewer, version: row["version"])
            let since = (row["failed_at"] as String?).flatMap(ISO8601DateFormatter().date(from:)).map { Int(now.timeIntervalSince($0)) } ?? .max
            if let lock = account.lock(failures: failures, secondsSinceLastFailure: since) { return lock }
            // An administrator's hour is over: ten more tries.
            if account.role == .admin && failures >= Account.adminLockAfter { failures = 0 }
            let hash = try PinHash.derive(pin, salt: row["pin_salt"], rounds: row["pin_rounds"])
            guard hash == (row["pin_hash"] as Data) else {
                if counting {
                    try db.execute(sql: "UPDATE account SET failures = ?, failed_at = ? WHERE id = ?",
                                   arguments: [failures + 1, ISO8601DateFormatter().string(from: now), id])
                }
                return account.lock(failures: failures + 1, secondsSinceLastFailure: 0) ?? .wrongPin(left: account.triesLeft(afterFailures: failures + 1))
            }
            guard counting else { return .signedIn(account) }
            try db.execute(sql: "UPDATE account SET failures = 0, failed_at = NULL WHERE id = ?", arguments: [id])
            var signed = account
            if let newPin {
                if let error = account.validationErrors(pin: newPin, repeated: nil).first { throw StoreError.invalid(error) }
                if newPin == pin { throw StoreError.invalid(FieldError(field: "pin", message: "Mã PIN mới phải khác mã cũ.")) }
                let before = try Audit.snapshot(db, .account, id: id)
                let secret = try PinHash.columns(newPin)
                try db.execute(sql: """
                    UPDATE account SET pin_salt = ?, pin_hash = ?, pin_check = ?, pin_rounds = ?, version = version + 1, updated_at = ?
                    WHERE id = ?
                    """, arguments: [secret.salt, secret.hash, secret.check, PinHash.rounds, timestamp(), id])
                try Audit.record(db, editor: Editor(who: account.name), entity: .account, id: id, action: "update", before: before)
                signed.version += 1
            }
            // The sign-in offers this account first next time (a workstation's usual officer).
            try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES ('last_account', ?)", arguments: [String(id)])
            return .signedIn(signed)
        }
        return try counting ? write(body) : read(body)
    }
}

extension AppDatabase {
    /// The account that signed in last on this file, if it is still there.
    public func lastAccount() throws -> Int64? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'last_account'").flatMap { Int64($0) }
        }
    }
}
