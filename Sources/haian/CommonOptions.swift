import ArgumentParser
import Foundation
import Model
import Storage

/// Options every command shares: which database, and which day counts as today.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Tệp cơ sở dữ liệu (mặc định $XDG_DATA_HOME/haian/haian.sqlite).", valueName: "PATH"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Ngày coi là hôm nay, dạng YYYY-MM-DD (mặc định: ngày của máy).", valueName: "YYYY-MM-DD"),
            transform: { text in
                guard let day = Day(iso: text) else {
                    throw ValidationError("Ngày không hợp lệ: “\(text)”. Hãy ghi dạng YYYY-MM-DD, ví dụ 2026-05-21.")
                }
                return day
            })
    var today: Day?

    /// The day statuses are computed for: `--today`, else the machine's local date.
    var currentDay: Day { today ?? Self.machineDay }

    /// The machine's local date.
    static var machineDay: Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(parts.year ?? Plan.firstYear, parts.month ?? 1, parts.day ?? 1) ?? Day(dayNumber: 0)
    }

    var databasePath: String { db ?? AppDatabase.defaultPath() }

    func openDatabase() throws -> AppDatabase {
        do {
            return try AppDatabase.open(path: databasePath)
        } catch let error as StoreError {
            throw Failure(message: error.message)
        }
    }

    /// For a command that only reads: opened as usual, else — another program holding the write
    /// lock, or read-only media — opened for reading only; else the first refusal, in words.
    func openForReading() throws -> AppDatabase {
        do {
            return try AppDatabase.open(path: databasePath)
        } catch let error as StoreError {
            switch error {
            case .locked, .readOnly, .diskFull:
                if let database = try? AppDatabase.openForReading(path: databasePath) { return database }
            default: break
            }
            throw Failure(message: error.message)
        }
    }

    /// Opens the records and signs in: every command that reads or writes them asks who is there.
    func signedIn(reading: Bool) throws -> (database: AppDatabase, account: Account) {
        let database = try reading ? openForReading() : openDatabase()
        do {
            return (database, try Credentials.account(database))
        } catch let error as StoreError {
            throw Failure(message: error.message)
        }
    }
}

extension AppDatabase {
    /// Notes in the trail what went out and where; a file opened for reading only (or held by
    /// another program) cannot take the entry, and the officer is told.
    func disclose(_ kind: Disclosure, _ what: String, to place: String?, by account: Account) {
        do {
            try record(kind, what, to: place ?? "stdout", by: Editor(who: account.name))
        } catch {
            FileHandle.standardError.write(Data("haian: lưu ý: chưa ghi được việc này vào nhật ký (cơ sở dữ liệu chỉ đọc hoặc đang bận).\n".utf8))
        }
    }
}

/// A start-up error: its Vietnamese message on stderr and exit status 1.
struct Failure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

enum HaiAnVersion {
    static let current = "0.1.0"
}
