import Foundation
import Testing

/// Accounts by keys: the first administrator, a read-only account, lock and unlock, and a
/// refusal that writes nothing.
@Suite(.serialized) struct AccountsEndToEndTests {
    @Test func theFirstRunMakesTheAdministratorAndAViewerIsRefusedWithNothingWritten() throws {
        let db = try Tmux().folder.appendingPathComponent("accounts.sqlite").path
        do {
            let tmux = try Tmux()
            try tmux.start(["--db", db, "--today", "2026-05-21"], signIn: nil)
            try tmux.waitFor("Lần đầu: tạo tài khoản quản trị")
            try tmux.type("Trần Thị Quản")
            try tmux.send("Tab")
            try tmux.type("258000")
            try tmux.send("Tab")
            try tmux.type("258000")
            let typed = try tmux.waitFor("••••")
            #expect(!typed.contains("258000"))
            try tmux.send("Enter")
            try tmux.waitFor("Xin chào Trần Thị Quản (quản trị)")
            try tmux.send("A")
            try tmux.waitFor("Thêm tài khoản mới")
            try tmux.send("Enter")
            try tmux.waitFor("Họ và tên")
            try tmux.type("Người Xem")
            try tmux.send("Tab", "Right", "Right", "Right", "Tab")
            try tmux.type("111111")
            try tmux.send("Tab")
            try tmux.type("111111")
            try tmux.send("C-s")
            try tmux.waitFor("Đã tạo tài khoản “Người Xem” (xem)")
            // Locked, then let back in: the chooser lists locked accounts last, marked.
            for (choice, status) in [(["Right"], "Right"), (["Right", "Right"], "Left")] {
                try tmux.send("A")
                try tmux.waitFor("Thêm tài khoản mới")
                for key in choice + ["Enter"] { try tmux.send(key) }
                try tmux.waitFor("Sửa tài khoản")
                try tmux.send("Tab", "Tab", status, "C-s")
                try tmux.waitFor("Đã lưu tài khoản “Người Xem”")
                if status == "Right" {
                    try tmux.send("A", "Right", "Right")
                    try tmux.waitFor("Người Xem (xem) — đã khoá")
                    try tmux.send("Escape")
                }
            }
            // The lock keeps the pane; the PIN brings it back.
            try tmux.send("C-l")
            try tmux.waitFor("Đã khoá máy")
            try tmux.type("258000")
            try tmux.send("Enter")
            try tmux.waitFor("Xin chào Trần Thị Quản")
            try tmux.send("q")
            #expect(tmux.exitStatus() == 0)
        }
        let audit = try Tmux.run("/usr/bin/sqlite3", [db, "SELECT COUNT(*) FROM audit"]).output
        #expect(try Tmux.run("/usr/bin/sqlite3", [db, "SELECT COUNT(*) FROM account WHERE pin_hash LIKE '%111111%' OR CAST(pin_hash AS TEXT) = '1111'"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        do {
            let tmux = try Tmux()
            try tmux.start(["--db", db, "--today", "2026-05-21"], signIn: nil)
            try tmux.waitFor("Đăng nhập")
            // The sign-in offers the account that signed in last (the administrator); accounts are
            // listed by name, "Người Xem" before it.
            try tmux.send("Left", "Tab")
            try tmux.type("000000")
            try tmux.send("Enter")
            try tmux.waitFor("Sai mã PIN.")
            try tmux.type("111111")
            try tmux.send("Enter")
            try tmux.waitFor("Xin chào Người Xem (xem)")
            try tmux.send("n")
            let refused = try tmux.waitFor("không được nhập, sửa dữ liệu")
            #expect(refused.contains("Tài khoản “xem” không được nhập, sửa dữ liệu đơn vị, cá nhân, báo cáo, hoạt động."))
            #expect(!refused.contains("◂"))
            try tmux.send("q")
            #expect(tmux.exitStatus() == 0)
        }
        #expect(try Tmux.run("/usr/bin/sqlite3", [db, "SELECT COUNT(*) FROM audit"]).output == audit)
        #expect(try Tmux.run(Tmux.binary, ["verify", "--db", db]).status == 0)
    }

    /// The script's sign-in leaves the running program's environment at once: another user of the
    /// machine reading /proc/PID/environ finds no PIN.
    @Test func theSignInOfScriptsIsNotLeftInTheProgramsEnvironment() throws {
        let tmux = try Tmux()
        let db = try tmux.startFresh("moi-truong.sqlite")
        let found = try Tmux.run("/usr/bin/pgrep", ["-f", db]).output.split(whereSeparator: \.isNewline)
        var checked = 0
        for pid in found {
            guard let environ = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else { continue }
            let text = String(decoding: environ, as: UTF8.self)
            // The program itself (tmux and the shell that started it are matched too).
            let command = (FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") ?? Data()).split(separator: 0).first
            guard let command, String(decoding: command, as: UTF8.self).hasSuffix("/haian") else { continue }
            checked += 1
            #expect(!text.contains(Tmux.signIn), "pid \(pid) still holds the PIN")
        }
        #expect(checked >= 1, "\(found)")
    }
}
