import Foundation

/// The built `haian` binary driven in a private tmux server, as a person would use it.
final class Tmux {
    let socket = "haian-e2e-\(UUID().uuidString.prefix(8))"
    let session = "haian"
    let folder: URL
    let exitFile: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("haian-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        exitFile = folder.appendingPathComponent("exit-status")
    }

    deinit {
        _ = try? Tmux.run("/usr/bin/env", ["tmux", "-L", socket, "kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }

    /// The binary next to the test bundle, or `HAIAN_BIN` (for checking a release build).
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["HAIAN_BIN"] { return path }
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleDir.appendingPathComponent("haian").path,
                          bundleDir.deletingLastPathComponent().appendingPathComponent("haian").path]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(".build/debug/haian").path
    }

    /// Starts haian with LANG and LC_ALL unset, as on a bare machine; its exit status lands in a file.
    /// Who the tests sign in as (the first one to open a database becomes its administrator).
    static let signIn = "Cán bộ thử:123456"

    /// Starts haian; `signIn` nil leaves the sign-in (or the first administrator) to the keys.
    /// `environment` adds variables (a TERM of another terminal, say).
    func start(_ arguments: [String], width: Int = 120, height: Int = 40, signIn: String? = Tmux.signIn,
               environment: [String: String] = [:]) throws {
        let quoted = ([Tmux.binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let credentials = signIn.map { "HAIAN_SIGN_IN='\($0)'" } ?? "-u HAIAN_SIGN_IN"
        let extra = environment.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let command = "env -u LANG -u LC_ALL -u LC_CTYPE \(credentials) \(extra) \(quoted); echo $? > '\(exitFile.path)'; sleep 600"
        try tmux(["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), command])
    }

    /// Starts haian on a new database in this test's folder, on 21/05/2026, and waits for the
    /// first screen. Returns the database's path.
    @discardableResult
    func startFresh(_ name: String = "haian.sqlite", width: Int = 120, height: Int = 40) throws -> String {
        let db = folder.appendingPathComponent(name).path
        try start(["--db", db, "--today", "2026-05-21"], width: width, height: height)
        try waitFor("Tập thể đang hoạt động")
        return db
    }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", session] + keys) }

    /// Sends raw bytes, as another terminal would send a key ("1b 5b 34 7e", PuTTY's End).
    func sendBytes(_ hex: String) throws {
        try tmux(["send-keys", "-t", session, "-H"] + hex.split(separator: " ").map(String.init))
    }

    /// Types text literally, key by key, as a person without an input method would.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", session, "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    func capture() throws -> String { try tmux(["capture-pane", "-p", "-t", session]) }

    /// Waits until the screen shows `text` (or the timeout passes), then until the frame stops
    /// changing (a debug build may still be drawing it), and returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture()
        while !screen.contains(text) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            screen = try capture()
        }
        for _ in 0..<20 {
            Thread.sleep(forTimeInterval: 0.1)
            let next = try capture()
            if next == screen { break }
            screen = next
        }
        return screen
    }

    /// The program's exit status once it has ended, or nil if it is still running after the timeout.
    func exitStatus(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOf: exitFile, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Tmux.run("/usr/bin/env", ["tmux", "-L", socket] + arguments).output
    }

    /// Runs a program to its end with posix_spawn and waitpid. Foundation's Process is
    /// avoided here: its child reaping hung when tmux left a daemon behind.
    @discardableResult
    /// `signIn` nil runs it with no HAIAN_SIGN_IN at all (and no terminal to ask on).
    static func run(_ executable: String, _ arguments: [String], signIn: String? = Tmux.signIn) throws -> (status: Int32, output: String, error: String) {
        let temp = FileManager.default.temporaryDirectory
        let outPath = temp.appendingPathComponent("haian-out-\(UUID().uuidString)").path
        let errPath = temp.appendingPathComponent("haian-err-\(UUID().uuidString)").path
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var env = ProcessInfo.processInfo.environment
        env["HAIAN_SIGN_IN"] = signIn
        if (env["TERM"] ?? "").isEmpty || env["TERM"] == "dumb" { env["TERM"] = "xterm-256color" }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        // The test runner's threads block some signals; children must start with none blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EINVAL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let error = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return (exitCode, output, error)
    }
}
