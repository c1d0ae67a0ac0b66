import ArgumentParser
import Foundation
import HaiAnTUI
import Model
import Storage

/// `haian`: the dashboard by default; subcommands do the rest.
struct HaiAn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "haian",
        abstract: "Bảng điều hành phong trào thi đua “Đổi mới sáng tạo và chuyển đổi số” xã Hải An.",
        version: HaiAnVersion.current,
        subcommands: [Open.self, Present.self, Report.self, Demo.self, Reminders.self, Export.self, Import.self, BackupCommand.self, RestoreCommand.self, VerifyCommand.self,
                      DocumentsCommand.self, SettingsCommand.self, Meet.self],
        defaultSubcommand: Open.self
    )
}

/// `haian [open] [--db PATH] [--today YYYY-MM-DD]`: opens the dashboard.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Mở bảng điều hành (mặc định).")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Khoá màn hình sau bấy nhiêu phút không bấm phím (0: không khoá).")
    var lockMinutes = 10

    func validate() throws {
        guard (0...1440).contains(lockMinutes) else { throw ValidationError("--lock-minutes phải từ 0 đến 1440.") }
    }

    func run() throws {
        let database = try options.openDatabase()
        // Today's copy (by the machine's date) is made beside the running program; a copy
        // cut short by the program's end stays under its temporary name and is made again.
        let backup = Thread { _ = try? database.dailyBackup(day: CommonOptions.machineDay) }
        backup.start()
        try Self.run(database, options: options, credentials: try Credentials.fromEnvironment(), lockMinutes: lockMinutes)
    }

    /// The program on the terminal until it ends; stopped by a signal, it exits the shell's way.
    static func run(_ database: AppDatabase, options: CommonOptions, credentials: (name: String, pin: String)?,
                    lockMinutes: Int, presenting: Bool = false, meetingRound: Int64? = nil) throws {
        do {
            let signal = try EventLoop.run(database: database, today: options.currentDay, credentials: credentials,
                                           lockMinutes: lockMinutes, presenting: presenting, meetingRound: meetingRound)
            if signal != 0 { Foundation.exit(128 + signal) }
        } catch let error as CursesBackend.StartError {
            throw Failure(message: error.description)
        } catch let error as StoreError {
            throw Failure(message: error.message)
        }
    }
}

/// `haian hop --round CODE`: the council's meeting on the projector, the secretary signed in.
struct Meet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hop",
        abstract: "Họp Hội đồng Thi đua - Khen thưởng: điểm danh, biểu quyết từng đề nghị, ghi biên bản (như M ở ô 5).")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Vòng: 2025 … 2030, so_ket_2027, tong_ket_2030 (mặc định vòng của năm).")
    var round: String?

    func run() throws {
        let database = try options.openDatabase()
        let code = round ?? String(Plan.year(nearest: options.currentDay.year))
        guard let chosen = try database.dashboard().rounds.first(where: { $0.code == code }) else {
            throw Failure(message: "Không có vòng “\(code)” (ví dụ 2026, so_ket_2027).")
        }
        try Open.run(database, options: options, credentials: try Credentials.fromEnvironment(), lockMinutes: 0, meetingRound: chosen.id)
    }
}

/// `haian present [--db PATH] [--today D]`: the council's slides alone, read-only, no sign-in.
struct Present: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Trình chiếu cho cuộc họp Hội đồng (chỉ đọc): ←→ chuyển trang, q thoát.")

    @OptionGroup var options: CommonOptions

    func run() throws {
        try Open.run(try options.openDatabase(), options: options, credentials: try Credentials.fromEnvironment(), lockMinutes: 0,
                     presenting: true)
    }
}

// Start-up failures print their Vietnamese message alone, without ArgumentParser's "Error:".
// The sign-in of scripts leaves the environment before anything else runs.
_ = Credentials.captured
// What a killed run left in the temporary folder (an unzipped sheet, an export's rows) goes first.
PrivateTemporary.removeStale()
atexit { PrivateTemporary.removeOwn() }
do {
    var command = try HaiAn.parseAsRoot()
    try command.run()
} catch let failure as Failure {
    FileHandle.standardError.write(Data("haian: \(VietText.printable(failure.message))\n".utf8))
    exit(1)
} catch {
    // ArgumentParser's own message (usage, a bad value, --help, --version), in Vietnamese.
    let code = HaiAn.exitCode(for: error)
    let message = CommandLineWords.vietnamese(HaiAn.fullMessage(for: error))
    if code == .success {
        if !message.isEmpty { print(message) }
    } else {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
    exit(code.rawValue)
}
