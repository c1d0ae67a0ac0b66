import Foundation
import HaiAnTUI
import Model
import Storage

// The monkey: random keys into the program's core on a real database, no terminal; now and
// then a whole task (Episodes), so that it saves as well as wanders.
// Usage: haian-monkey DB [KEYS] [SEED]. Prints figures; a crash ends the process (and the run).

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("dùng: haian-monkey DB [SỐ_PHÍM] [HẠT_GIỐNG]\n".utf8))
    exit(2)
}
let keys = arguments.count > 2 ? Int(arguments[2]) ?? 1_000_000 : 1_000_000
var random = SeededRandom(seed: arguments.count > 3 ? UInt64(arguments[3]) ?? 1 : 1)
let database = try AppDatabase.open(path: arguments[1])
let today = Day(2026, 5, 21)!

// Every key the key table knows, and text: letters (Telex keys among them), digits, Vietnamese
// letters arriving composed, marks arriving alone, wide characters, controls.
// Quitting restarts the session (and its slow PIN check) and locking stops work until the PIN:
// both get their own rare turn below;
// the keys that save and confirm get extra weight so the run writes as well as reads.
var alphabet = Array(Set(Keymap.bindings.flatMap(\.keys))).filter { $0 != .char("q") && $0 != .ctrl("c") && $0 != .ctrl("l") }
alphabet += "abcdefghijklmnopqrstuvwxyzADGHJKLQSW0123456789 ,./-:;'\"[]+=_".map { Key.char($0) }
alphabet += ["ă", "ơ", "ư", "đ", "Đ", "ễ", "\u{0301}", "\u{0323}", "漢", "🙂", "\u{7}"].map { Key.char(Character($0)) }
alphabet += [.function(6), .function(12), .ctrl("a"), .ctrl("x")]
alphabet += Array(repeating: [Key.enter, .ctrl("s"), .char("y"), .tab], count: 6).flatMap { $0 }

var session = try AppSession(database: database, today: today, width: 120, height: 40, credentials: ("Khỉ thử", "1234"))
var acted = 0, restarts = 0, resizes = 0, frames = 0, tasks = 0
let auditBefore = try database.verify().entries
var queued: [Key] = []
let start = Date()
for index in 0..<keys {
    // Locked or signed out, the officer types the PIN at once: random keys there would be
    // failed attempts, and enough of those lock the account for minutes (as they should).
    if queued.isEmpty && session.state.form?.blocksTheApp == true {
        queued = "1234".map(Key.char) + [.enter]
    } else if queued.isEmpty && random.int(0..<40) == 0 {
        queued = Episodes.next(&random)
        tasks += 1
    }
    // Now and then the terminal changes size, down below the minimum too.
    if !queued.isEmpty {
        if session.press(queued.removeFirst()) { acted += 1 }
    } else if random.int(0..<500) == 0 {
        session.perform(.resize(width: 40 + random.int(0..<180), height: 10 + random.int(0..<60)))
        resizes += 1
    } else if random.int(0..<2000) == 0 {
        // Leaving and locking get their own rare turns: each stops work until signed in again.
        session.press([.char("q"), .ctrl("c"), .ctrl("l")][random.int(0..<3)])
    } else if session.press(alphabet[random.int(0..<alphabet.count)]) {
        acted += 1
    }
    if index % 97 == 0 {
        _ = session.idle()
        _ = session.frame
        frames += 1
    }
    if session.quit {
        session = try AppSession(database: database, today: today, width: 120, height: 40, credentials: ("Khỉ thử", "1234"))
        restarts += 1
    }
}
let seconds = Date().timeIntervalSince(start)
let report = try database.verify()
print("khỉ: \(keys) phím trong \(String(format: "%.1f", seconds)) s (\(acted) có tác dụng, \(tasks) việc trọn vẹn), "
      + "\(frames) khung hình vẽ, \(resizes) lần đổi cỡ, \(restarts) lần mở lại, 0 lần sập; "
      + "\(report.entries - auditBefore) thay đổi ghi nhật ký; nhật ký \(report.entries) mục, "
      + (report.isSound ? "kiểm tra toàn vẹn: đạt" : "kiểm tra toàn vẹn: LỖI \(report.problems.first ?? "")"))
exit(report.isSound ? 0 : 1)
