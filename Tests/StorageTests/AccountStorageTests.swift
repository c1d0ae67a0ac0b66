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
        for left in [4, 3, 2, 1] { #expect(try database.signIn(account: lan, pin: "0000", now: start) == .wrongPin(left: left)) }
        #expect(try database.signIn(account: lan, pin: "0000", now: start) == .locked)
        // Locked: even the right PIN, an hour later; the other account is untouched.
        #expect(try database.signIn(account: lan, pin: "246810", now: start.addingTimeInterval(3600)) == .locked)
        guard case .signedIn = try database.signIn(account: other, pin: "135790", now: start) else {
            Issue.record("another account was locked too")
            return
        }
        // An administrator's new PIN unlocks it.
        let admin = Editor(who: "Trần Quản")
        _ = try database.apply(.saveAccount(Account(name: "Trần Quản", role: .admin), pin: "1357"), by: admin)
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
        let admin = try database.apply(.saveAccount(Account(name: "Trần Quản", role: .admin), pin: "1357"), by: Editor(who: "Trần Quản")).id
        for _ in 1...9 { _ = try database.signIn(account: admin, pin: "0000", now: start) }
        #expect(try database.signIn(account: admin, pin: "0000", now: start) == .mustWait(seconds: 3600))
        #expect(try database.signIn(account: admin, pin: "1357", now: start.addingTimeInterval(1800)) == .mustWait(seconds: 1800))
        guard case .signedIn = try database.signIn(account: admin, pin: "1357", now: start.addingTimeInterval(3600)) else {
            Issue.record("the hour passed and the administrator was still refused")
            return
        }
    }

    @Test func aLockedAccountCannotSignInAndTheLastAdministratorStays() throws {
        let admin = Editor(who: "Trần Quản")
        let adminID = try database.apply(.saveAccount(Account(name: "Trần Quản", role: .admin), pin: "1357"), by: admin).id
        var officer = try #require(try database.allAccounts().first { $0.id == lan })
        officer.archived = true
        try database.apply(.saveAccount(officer, pin: nil), by: admin)
        #expect(try database.accounts().map(\.name) == ["Trần Quản"])
        #expect(try database.allAccounts().map(\.name) == ["Trần Quản", "Nguyễn Thị Lan"])
        #expect(throws: StoreError.self) { try database.signIn(account: lan, pin: "246810") }
        // A new PIN and the account back; the old PIN no longer works.
        officer = try #require(try database.allAccounts().first { $0.id == lan })
        officer.archived = false
        try database.apply(.saveAccount(officer, pin: "9999"), by: admin)
        #expect(try database.signIn(account: lan, pin: "246810") == .wrongPin(left: 4))
        guard case .signedIn = try database.signIn(account: lan, pin: "9999") else {
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
            try database.apply(.saveAccount(Account(name: "nguyễn thị lan", role: .viewer), pin: "1111"), by: Editor())
        }
        #expect(throws: StoreError.self) { try database.apply(.saveAccount(Account(name: "Mới", role: .viewer), pin: nil), by: Editor()) }
        #expect(try database.accounts().map(\.name) == ["Nguyễn Thị Lan"])
    }
}
