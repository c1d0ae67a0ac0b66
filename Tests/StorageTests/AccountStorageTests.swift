import Foundation
import GRDB
import Model
import Testing
@testable import Storage

@Suite struct AccountStorageTests {
    let folder: TemporaryDirectory
    let database: AppDatabase
    let lan: Int64

    init() throws {
        folder = try TemporaryDirectory()
        database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        lan = try database.apply(.saveAccount(Account(name: "Nguyễn Thị Lan", role: .officer), pin: "246810"), by: Editor()).id
    }

    @Test func thePinIsStoredOnlyAsASaltedSlowHash() throws {
        let queue = try DatabaseQueue(path: folder.path("haian.sqlite"))
        defer { try? queue.close() }
        let row = try #require(try queue.read { try Row.fetchOne($0, sql: "SELECT * FROM account") })
        let hash: Data = row["pin_hash"], salt: Data = row["pin_salt"]
        #expect(hash.count == 32 && salt.count == 16 && (row["pin_rounds"] as Int) >= 210_000)
        #expect(!String(decoding: hash, as: UTF8.self).contains("246810"))
        let trail = try queue.read { try String.fetchAll($0, sql: "SELECT COALESCE(after, '') FROM audit") }.joined()
        #expect(!trail.contains("246810") && !trail.contains("pin_hash\":\"")) 
        // Two accounts with the same PIN get different hashes.
        try database.apply(.saveAccount(Account(name: "Lê Văn Tám", role: .viewer), pin: "246810"), by: Editor())
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(DISTINCT pin_hash) FROM account") } == 2)
    }

    @Test func fiveWrongPinsLockThatAccountAndNoOther() throws {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        guard case .signedIn(let account) = try database.signIn(account: lan, pin: "246810", now: start) else {
            Issue.record("the right PIN was refused")
            return
        }
        #expect(account.role == .officer && account.name == "Nguyễn Thị Lan")
        let other = try database.apply(.saveAccount(Account(name: "Lê Văn Tám", role: .officer), pin: "135790"), by: Editor()).id
        for left in [4, 3, 2, 1] { #expect(try database.signIn(account: lan, pin: "000000", now: start) == .wrongPin(left: left)) }
        #expect(try database.signIn(account: lan, pin: "000000", now: start) == .locked)
        // Locked: even the right PIN, an hour later; the other account is untouched.
        #expect(try database.signIn(account: lan, pin: "246810", now: start.addingTimeInterval(3600)) == .locked)
        guard case .signedIn = try database.signIn(account: other, pin: "135790", now: start) else {
            Issue.record("another account was locked too")
            return
        }
        // An administrator's new PIN unlocks it.
        let admin = Editor(who: "Trần Quản")
        _ = try database.apply(.saveAccount(Account(name: "Trần Quản", role: .admin), pin: "135790"), by: admin)
        let officer = try #require(try database.allAccounts().first { $0.id == lan })
        try database.apply(.saveAccount(officer, pin: "864200"), by: admin)
        guard case .signedIn = try database.signIn(account: lan, pin: "864200", now: start.addingTimeInterval(3601)) else {
            Issue.record("the unlocked account was refused")
            return
        }
        #expect(try database.verify().isSound)
    }

    @Test func anAdministratorIsLockedForAnHourAfterTenWrongPins() throws {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let admin = try database.apply(.saveAccount(Account(name: "Trần Quản", role: .admin), pin: "135790"), by: Editor(who: "Trần Quản")).id
        for _ in 1...9 { _ = try database.signIn(account: admin, pin: "000000", now: start) }
        #expect(try database.signIn(account: admin, pin: "000000", now: start) == .mustWait(seconds: 3600))
        #expect(try database.signIn(account: admin, pin: "135790", now: start.addingTimeInterval(1800)) == .mustWait(seconds: 1800))
        guard case .signedIn = try database.signIn(account: admin, pin: "135790", now: start.addingTimeInterval(3600)) else {
            Issue.record("the hour passed and the administrator was still refused")
            return
        }
    }

    @Test func aLockedAccountCannotSignInAndTheLastAdministratorStays() throws {
        let admin = Editor(who: "Trần Quản")
        let adminID = try database.apply(.saveAccount(Account(name: "Trần Quản", role: .admin), pin: "135790"), by: admin).id
        var officer = try #require(try database.allAccounts().first { $0.id == lan })
        officer.archived = true
        try database.apply(.saveAccount(officer, pin: nil), by: admin)
        #expect(try database.accounts().map(\.name) == ["Trần Quản"])
        #expect(try database.allAccounts().map(\.name) == ["Trần Quản", "Nguyễn Thị Lan"])
        #expect(throws: StoreError.self) { try database.signIn(account: lan, pin: "246810") }
        // A new PIN and the account back; the old PIN no longer works.
        officer = try #require(try database.allAccounts().first { $0.id == lan })
        officer.archived = false
        try database.apply(.saveAccount(officer, pin: "999999"), by: admin)
        #expect(try database.signIn(account: lan, pin: "246810") == .wrongPin(left: 4))
        guard case .signedIn = try database.signIn(account: lan, pin: "999999") else {
            Issue.record("the new PIN was refused")
            return
        }
        // Neither locking oneself nor leaving no administrator is allowed; nothing changes.
        var me = try #require(try database.allAccounts().first { $0.id == adminID })
        me.archived = true
        #expect(throws: StoreError.invalid(FieldError(field: "status", message: "Không khoá được tài khoản đang đăng nhập."))) {
            try database.apply(.saveAccount(me, pin: nil), by: admin)
        }
        me.archived = false
        me.role = .officer
        #expect(throws: StoreError.invalid(FieldError(field: "role", message: "Phải còn ít nhất một tài khoản quản trị được đăng nhập."))) {
            try database.apply(.saveAccount(me, pin: nil), by: Editor(who: "Người khác"))
        }
        #expect(try database.allAccounts().first { $0.id == adminID }?.role == .admin)
        #expect(try database.verify().isSound)
    }

    @Test func namesAreUniqueAndANewAccountNeedsAPin() throws {
        #expect(throws: StoreError.self) {
            try database.apply(.saveAccount(Account(name: "nguyễn thị lan", role: .viewer), pin: "111111"), by: Editor())
        }
        #expect(throws: StoreError.self) { try database.apply(.saveAccount(Account(name: "Mới", role: .viewer), pin: nil), by: Editor()) }
        #expect(try database.accounts().map(\.name) == ["Nguyễn Thị Lan"])
    }

    /// A PIN from when four digits were allowed, as an older version stored it.
    private func giveOldPin(_ pin: String) throws {
        let salt = PinHash.salt(), hash = try PinHash.derive(pin, salt: salt, rounds: PinHash.rounds)
        try database.pool.write { db in
            try db.execute(sql: "UPDATE account SET pin_salt = ?, pin_hash = ?, pin_check = ? WHERE id = ?",
                           arguments: [salt, hash, PinHash.check(salt: salt, hash: hash), lan])
        }
    }

    @Test func aFourDigitPinStillOpensAndIsChangedAtThatSignIn() throws {
        try giveOldPin("2468")
        guard case .signedIn = try database.signIn(account: lan, pin: "2468") else {
            Issue.record("the old PIN was refused")
            return
        }
        #expect(Account.pinIsTooShort("2468") && !Account.pinIsTooShort("246810"))
        // The new one must be six digits and differ; a refused change leaves the old PIN.
        #expect(throws: StoreError.invalid(FieldError(field: "pin", message: "Mã PIN gồm 6 đến 12 chữ số."))) {
            try database.signIn(account: lan, pin: "2468", newPin: "1357")
        }
        #expect(try database.signIn(account: lan, pin: "0000", newPin: "135790") == .wrongPin(left: 4))
        guard case .signedIn(let account) = try database.signIn(account: lan, pin: "2468", newPin: "135790") else {
            Issue.record("the change was refused")
            return
        }
        #expect(account.version == 2)
        #expect(try database.signIn(account: lan, pin: "2468") == .wrongPin(left: 4))
        guard case .signedIn = try database.signIn(account: lan, pin: "135790") else {
            Issue.record("the new PIN was refused")
            return
        }
        #expect(try database.verify().isSound)
    }

    @Test func aPinHashSwappedOutsideTheProgramFailsVerify() throws {
        #expect(try database.verify().isSound)
        // Someone with sqlite3 gives the account a PIN they know: hash and salt, or all three.
        let salt = PinHash.salt(), hash = try PinHash.derive("999999", salt: salt, rounds: PinHash.rounds)
        try database.pool.write { db in
            try db.execute(sql: "UPDATE account SET pin_salt = ?, pin_hash = ? WHERE id = ?", arguments: [salt, hash, lan])
        }
        #expect(try database.verify().problems.contains("Mã PIN của tài khoản “Nguyễn Thị Lan” đã bị thay ngoài chương trình."))
        try database.pool.write { db in
            try db.execute(sql: "UPDATE account SET pin_check = ? WHERE id = ?", arguments: [PinHash.check(salt: salt, hash: hash), lan])
        }
        #expect(try database.verify().problems.contains { $0.hasPrefix("Bản ghi account #\(lan) khác với mục nhật ký") })
    }

    @Test func aReadOnlyOpenChecksThePinWithoutCountingAndWritesNothing() throws {
        let reader = try AppDatabase.openForReading(path: folder.path("haian.sqlite"))
        #expect(reader.readOnly)
        #expect(try reader.signIn(account: lan, pin: "000000") == .wrongPin(left: 4))
        #expect(try reader.signIn(account: lan, pin: "000000") == .wrongPin(left: 4))
        guard case .signedIn = try reader.signIn(account: lan, pin: "246810") else {
            Issue.record("the right PIN was refused read-only")
            return
        }
        let path = folder.path("haian.sqlite")
        #expect(throws: StoreError.readOnly(path)) { try reader.record(.export, "danh sách people", to: "stdout", by: Editor(who: "Lan")) }
        #expect(throws: StoreError.readOnly(path)) {
            try reader.apply(.saveAccount(Account(name: "Mới", role: .viewer), pin: "123456"), by: Editor())
        }
        #expect(try database.accounts().map(\.name) == ["Nguyễn Thị Lan"])
    }

    @Test func whatGoesOutIsAnEntryThatUndoPassesOver() throws {
        let editor = Editor(who: "Nguyễn Thị Lan")
        let unit = try database.apply(.saveUnit(Unit(id: 0, name: "Xóm Thử", group: .b)), by: editor)
        try database.record(.export, "danh sách people", to: "/tmp/ds.xlsx", by: editor)
        let after = try database.pool.read { try String.fetchOne($0, sql: "SELECT after FROM audit WHERE entity = 'disclosure'") }
        #expect(after == #"{"to":"/tmp/ds.xlsx","what":"danh sách people"}"#)
        // Undo takes back the unit, not the export.
        _ = try database.undoLast(by: editor)
        #expect(try database.unitDetail(id: unit.id) == nil)
        #expect(try database.verify().isSound)
    }
}
