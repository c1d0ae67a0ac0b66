import Foundation
import Testing

/// The command line on the records: every read signs in and leaves its entry in the trail; a
/// read-only copy and a database another program is writing can still be read.
@Suite struct SignInEndToEndTests {
    static func entries(_ db: String, _ filter: String = "1") throws -> Int {
        Int(try Tmux.run("/usr/bin/sqlite3", [db, "SELECT COUNT(*) FROM audit WHERE \(filter)"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    @Test func everyReadCommandAsksForAnAccountAndWhatGoesOutIsInTheTrail() throws {
        let tmux = try Tmux()
        let folder = tmux.folder
        let db = folder.appendingPathComponent("demo.sqlite").path
        #expect(try Tmux.run(Tmux.binary, ["demo", "--db", db, "--seed", "1"], signIn: nil).status == 0)
        let out = { (name: String) in folder.appendingPathComponent(name).path }
        let commands: [[String]] = [
            ["export", "people"], ["export", "units", "--out", out("don-vi.xlsx")],
            ["documents", "decision", "--round", "2025", "--out", out("quyet-dinh.docx")],
            ["report", "--year", "2025"], ["reminders"], ["backup", out("sao-luu.sqlite")], ["settings"],
        ]
        for command in commands {
            let refused = try Tmux.run(Tmux.binary, command + ["--db", db, "--today", "2026-05-21"], signIn: nil)
            #expect(refused.status == 1 && refused.error.contains("Cần đăng nhập") && refused.output.isEmpty, "\(command)")
        }
        for file in ["don-vi.xlsx", "quyet-dinh.docx", "sao-luu.sqlite"] {
            #expect(!FileManager.default.fileExists(atPath: out(file)), "\(file)")
        }
        #expect(try Self.entries(db) == 1)
        // Signed in: each works, and each list, document and backup taken out is an entry by who took it.
        for command in commands {
            let done = try Tmux.run(Tmux.binary, command + ["--db", db, "--today", "2026-05-21"])
            #expect(done.status == 0, "\(command): \(done.error)")
        }
        #expect(try Self.entries(db, "entity = 'disclosure' AND who = 'Cán bộ thử'") == 6)
        let places = try Tmux.run("/usr/bin/sqlite3", [db, "SELECT after FROM audit WHERE entity = 'disclosure' ORDER BY id"]).output
        #expect(places.contains("danh sách people") && places.contains(out("don-vi.xlsx")) && places.contains(out("sao-luu.sqlite")))
        let wrong = try Tmux.run(Tmux.binary, ["export", "people", "--db", db], signIn: "Cán bộ thử:999999")
        #expect(wrong.status == 1 && wrong.error.contains("Sai mã PIN") && wrong.output.isEmpty)
        // The trail with its new entries is whole; verify needs no account.
        let verified = try Tmux.run(Tmux.binary, ["verify", "--db", db], signIn: nil)
        #expect(verified.status == 0, "\(verified.error)")
    }

    /// A copy on read-only media (a folder and file no one may write; as root, run as nobody):
    /// exported and verified, the file unchanged byte for byte, the missing entry said.
    @Test func aReadOnlyCopyIsExportedAndVerifiedUnchanged() throws {
        let tmux = try Tmux()
        let db = tmux.folder.appendingPathComponent("demo.sqlite").path
        #expect(try Tmux.run(Tmux.binary, ["demo", "--db", db, "--seed", "1"]).status == 0)
        #expect(try Tmux.run(Tmux.binary, ["export", "units", "--db", db]).status == 0)
        let media = tmux.folder.appendingPathComponent("cd")
        try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
        // A backup (one self-contained file) and the database itself, still in WAL mode.
        #expect(try Tmux.run(Tmux.binary, ["backup", media.appendingPathComponent("sao-luu.sqlite").path, "--db", db]).status == 0)
        _ = try Tmux.run("/usr/bin/sqlite3", [db, "PRAGMA wal_checkpoint(TRUNCATE)"])
        try FileManager.default.copyItem(atPath: db, toPath: media.appendingPathComponent("wal.sqlite").path)
        try? FileManager.default.removeItem(at: media.appendingPathComponent("sao-luu.sqlite.ma-kiem-tra.txt"))
        for file in ["sao-luu.sqlite", "wal.sqlite"] {
            chmod(media.appendingPathComponent(file).path, 0o444)
        }
        chmod(media.path, 0o555)
        defer { chmod(media.path, 0o755) }
        // Root may write anywhere: the commands run as nobody, for whom the media is read-only.
        let asReader: (String, [String]) throws -> (status: Int32, output: String, error: String) = { binary, arguments in
            getuid() == 0 ? try Tmux.run("/usr/sbin/runuser", ["-u", "nobody", "--", binary] + arguments)
                          : try Tmux.run(binary, arguments)
        }
        for file in ["sao-luu.sqlite", "wal.sqlite"] {
            let path = media.appendingPathComponent(file).path
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let exported = try asReader(Tmux.binary, ["export", "units", "--db", path])
            #expect(exported.status == 0 && exported.output.contains("Ban Quản lý chợ"), "\(file): \(exported.error)")
            #expect(exported.error.contains("chưa ghi được việc này vào nhật ký"), "\(file): \(exported.error)")
            let verified = try asReader(Tmux.binary, ["verify", "--db", path])
            #expect(verified.status == 0 && verified.output.contains("Toàn vẹn"), "\(file): \(verified.error)")
            let written = try asReader(Tmux.binary, ["settings", "chairman", "Ai Đó", "--db", path])
            #expect(written.status == 1 && written.error.contains("chỉ cho phép đọc"), "\(file): \(written.error)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "\(file)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: media.path).sorted() == ["sao-luu.sqlite", "wal.sqlite"])
        }
    }

    /// A long import holds the write lock (here another program's open write transaction):
    /// exports and verify still read, after SQLite's two-second wait for the lock.
    @Test func readsWorkWhileAnotherProgramHoldsTheWriteLock() throws {
        let tmux = try Tmux()
        let db = tmux.folder.appendingPathComponent("demo.sqlite").path
        #expect(try Tmux.run(Tmux.binary, ["demo", "--db", db, "--seed", "1"]).status == 0)
        #expect(try Tmux.run(Tmux.binary, ["export", "units", "--db", db]).status == 0)
        let ready = tmux.folder.appendingPathComponent("ready").path
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c", """
            import os, sqlite3, sys, time
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute('BEGIN IMMEDIATE'); c.execute('UPDATE unit SET name = name WHERE id = 1')
            open(sys.argv[2], 'w').close()
            for _ in range(200):
                if os.path.exists(sys.argv[3]): break
                time.sleep(0.1)
            """, db, ready, ready + ".stop"]
        try holder.run()
        // Told to stop by a file: the test runner's blocked signals reach its children blocked.
        defer {
            FileManager.default.createFile(atPath: ready + ".stop", contents: nil)
            holder.waitUntilExit()
        }
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: ready) { Thread.sleep(forTimeInterval: 0.1) }
        let exported = try Tmux.run(Tmux.binary, ["export", "people", "--db", db])
        #expect(exported.status == 0 && exported.output.split(whereSeparator: \.isNewline).count > 100, "\(exported.error)")
        let verified = try Tmux.run(Tmux.binary, ["verify", "--db", db], signIn: nil)
        #expect(verified.status == 0, "\(verified.error)")
    }
}

/// A name holding an escape sequence, C1, a bidi override and a joiner, put into the file behind
/// the program's back (or stored before the input was cleaned), prints clean from every command.
@Suite struct CleanOutputEndToEndTests {
    @Test func oldDirtyNamesPrintClean() throws {
        let tmux = try Tmux()
        let db = tmux.folder.appendingPathComponent("demo.sqlite").path
        #expect(try Tmux.run(Tmux.binary, ["demo", "--db", db, "--seed", "1"]).status == 0)
        _ = try Tmux.run("/usr/bin/sqlite3", [db, """
            UPDATE unit SET name = 'Xóm' || char(27) || ']0;bi chiem' || char(7) || ' Bốn' || char(27) || '[2J'
              || char(8238) || char(8205) || char(155) || 'x' WHERE id = (SELECT MIN(id) FROM unit WHERE group_code = 'b')
            """])
        let hostile: [Unicode.Scalar] = ["\u{1B}", "\u{07}", "\u{202E}", "\u{200D}", "\u{9B}"]
        for command in [["export", "units"], ["reminders"], ["report", "--year", "2026"], ["export", "reports", "--year", "2026"]] {
            let run = try Tmux.run(Tmux.binary, command + ["--db", db, "--today", "2026-05-21"])
            #expect(run.status == 0, "\(command): \(run.error)")
            #expect(!run.output.unicodeScalars.contains { hostile.contains($0) }, "\(command)")
            if command == ["export", "units"] { #expect(run.output.contains("Xóm]0;bi chiem Bốn[2Jx"), "\(run.output.prefix(400))") }
        }
    }
}
