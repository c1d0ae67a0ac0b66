import Foundation
import GRDB
import Model

/// Consistent copies of the database while it is in use, through SQLite's online backup.
extension AppDatabase {
    /// How many daily copies are kept beside the database.
    public static let dailyCopies = 7

    /// Copies the whole database to `target` (owner-only, written under a temporary name and
    /// moved into place, so a copy interrupted half-way never passes for a whole one).
    /// Beside it, `<target>.ma-kiem-tra.txt` holds the copy's check code, to verify it against later.
    @discardableResult
    public func backup(to target: String) throws -> CheckCode {
        let temporary = target + ".dang-chep"
        var code = CheckCode(entry: 0, fullHash: "00000000")
        unlink(temporary)
        try Self.createOwnerOnly(temporary, reporting: target)
        do {
            let copy = try DatabaseQueue(path: temporary)
            try pool.backup(to: copy)
            // A copy is one self-contained file: back out of WAL so no -wal file must travel with it.
            try copy.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
            // The copy's own check code (read from the copy: the trail it holds), kept beside it.
            code = try copy.read(Self.checkCode)
            try copy.close()
        } catch let error as DatabaseError {
            unlink(temporary)
            throw AppDatabase.translate(error, path: target)
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw StoreError.cannotCreate(target, reason: reason)
        }
        let sidecar = Self.codeFile(of: target)
        unlink(sidecar)
        try? Self.createOwnerOnly(sidecar, reporting: sidecar)
        try? Data("Mã kiểm tra: \(code)\n(haian verify --db \(target) --code \(code))\n".utf8).write(to: URL(fileURLWithPath: sidecar))
        return code
    }

    /// A new empty file only its owner may read: copies hold the whole register, PIN hashes too.
    static func createOwnerOnly(_ path: String, reporting name: String) throws {
        let fd = Glibc.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if fd < 0 { throw StoreError.cannotCreate(name, reason: String(cString: strerror(errno))) }
        close(fd)
    }

    /// Where a backup's check code is kept: beside it.
    public static func codeFile(of backup: String) -> String { backup + ".ma-kiem-tra.txt" }

    /// The folder of daily copies: "sao-luu" beside the database.
    public var dailyBackupFolder: String {
        FilePath.split(path).folder + "sao-luu"
    }

    /// Makes today's copy unless there is one, and keeps only the newest `dailyCopies`.
    /// Returns the copy made, if any.
    @discardableResult
    public func dailyBackup(day: Day) throws -> String? {
        let folder = dailyBackupFolder
        let manager = FileManager.default
        if !manager.fileExists(atPath: folder) {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        // Named after the database, so two files in one folder (the real one and a demo) each
        // keep their own copies.
        let stem = FilePath.stem(FilePath.split(path).name)
        let target = folder + "/\(stem)-\(day.iso).sqlite"
        var made: String?
        if !manager.fileExists(atPath: target) {
            try backup(to: target)
            made = target
        }
        let copies = try manager.contentsOfDirectory(atPath: folder).filter { name in
            name.hasPrefix(stem + "-") && name.hasSuffix(".sqlite")
                && Day(iso: String(name.dropFirst(stem.count + 1).dropLast(".sqlite".count))) != nil
        }.sorted()
        for old in copies.dropLast(Self.dailyCopies) {
            try? manager.removeItem(atPath: folder + "/" + old)
            try? manager.removeItem(atPath: Self.codeFile(of: folder + "/" + old))
        }
        return made
    }
}
