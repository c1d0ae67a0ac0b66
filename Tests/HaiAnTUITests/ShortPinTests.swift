import Foundation
import GRDB
import Model
import Testing
@testable import HaiAnTUI
@testable import Storage

/// A PIN of four digits, from when that was enough, opens the sign-in's request for a new one.
@Suite struct ShortPinTests {
    @Test func aFourDigitPinAsksForANewOneBeforeAnythingOpens() throws {
        let fixture = try Fixture()
        let id = try fixture.database.apply(.saveAccount(Account(name: "Lan", role: .admin), pin: "246810"), by: Editor()).id
        let salt = PinHash.salt(), hash = try PinHash.derive("2468", salt: salt, rounds: PinHash.rounds)
        try fixture.database.pool.write { db in
            try db.execute(sql: "UPDATE account SET pin_salt = ?, pin_hash = ?, pin_check = ? WHERE id = ?",
                           arguments: [salt, hash, PinHash.check(salt: salt, hash: hash), id])
        }
        var session = try AppSession(database: fixture.database, today: Fixture.today, width: 120, height: 40, credentials: nil)
        _ = session.press(.tab)
        for key in "2468" { _ = session.press(.char(key)) }
        _ = session.press(.enter)
        #expect(session.state.account == nil)
        #expect(session.state.form?.message?.contains("ngắn hơn 6 chữ số") == true)
        #expect(session.state.form?.fields[session.state.form!.focus].key == "newPin")
        // A new PIN typed differently twice is refused in its field; corrected, it is taken.
        for key in "135790" { _ = session.press(.char(key)) }
        _ = session.press(.tab)
        for key in "135791" { _ = session.press(.char(key)) }
        _ = session.press(.enter)
        #expect(session.state.account == nil && session.state.form?.errors["repeat"] != nil)
        _ = session.press(.backspace)
        _ = session.press(.char("0"))
        _ = session.press(.enter)
        #expect(session.state.account?.name == "Lan", "\(String(describing: session.state.form?.errors))")
        #expect(try fixture.database.signIn(account: id, pin: "135790") == .signedIn(try #require(session.state.account)))
        #expect(try fixture.database.verify().isSound)
    }
}

@Suite struct ChoiceByLetterTests {
    @Test func aLetterPicksTheNextOptionStartingWithItAccentsAside() throws {
        var state = try Fixture().state()
        let accounts = [Account(id: 1, name: "Lê Văn Tám", role: .officer), Account(id: 2, name: "Nguyễn Thị Lan", role: .admin),
                        Account(id: 3, name: "Ngô Bảo", role: .viewer)]
        state.form = .signInForm(accounts)
        var picked: [Int] = []
        for key in "nnnlx" {
            state = apply(state, .formInput(key))
            picked.append(state.form?.choice("account") ?? -1)
        }
        // "x" matches nothing and leaves the choice; the PIN field still takes only digits.
        #expect(picked == [1, 2, 1, 0, 0])
    }
}

@Suite struct TimelineDefaultPhaseTests {
    @Test func paneTwoOpensOnThePhaseTodayFallsIn() throws {
        let fixture = try Fixture()
        let data = try fixture.database.dashboard()
        for (day, phase) in [(Day(2026, 5, 21)!, 0), (Day(2027, 6, 30)!, 0), (Day(2027, 7, 1)!, 1), (Day(2030, 12, 20)!, 1), (Day(2031, 3, 1)!, 1)] {
            #expect(AppState(data: data, today: day, width: 120, height: 40).timeline.phase == phase, "\(day.display)")
        }
    }

    @Test func theHeaderSaysWhenTheMovementHasEnded() throws {
        let fixture = try Fixture()
        let data = try fixture.database.dashboard()
        let ended = AppState(data: data, today: Day(2031, 3, 1)!, width: 120, height: 40)
        #expect(screen(ended).contains("Hôm nay 01/03/2031 · phong trào đã kết thúc"))
        #expect(!screen(AppState(data: data, today: Day(2030, 12, 31)!, width: 120, height: 40)).contains("đã kết thúc"))
    }
}
