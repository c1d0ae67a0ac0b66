import Foundation
import Model

/// Checks made on the file before SQLite touches it, so a file that is not ours, or
/// that we may not write, is refused with its bytes untouched.
enum DatabaseFile {
    static let header = Array("SQLite format 3\u{0}".utf8)

    /// The default location: `$XDG_DATA_HOME/haian/haian.sqlite`, else `~/.local/share/haian/`.
    static func defaultPath(environment: [String: String]) -> String {
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = (home as NSString).appendingPathComponent(".local/share")
        }
        return (base as NSString).appendingPathComponent("haian/haian.sqlite")
    }

    /// Refuses a file that exists but is not SQLite or is not writable; creates a missing
    /// one (and its folder) with owner-only permissions. Returns whether it was created.
    static func prepare(path: String, retried: Bool = false) throws -> Bool {
        let manager = FileManager.default
        // A symbolic link to nothing: SQLite would create its target somewhere unasked.
        var link = stat()
        if lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK, access(path, F_OK) != 0 {
            throw StoreError.notADatabase(path)
        }
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw StoreError.notADatabase(path) }
            try checkHeader(path: path)
            let folder = FilePath.folder(of: path)
            // WAL needs to create -wal and -shm files beside the database.
            if access(path, W_OK) != 0 || access(folder.isEmpty ? "." : folder, W_OK) != 0 {
                throw StoreError.readOnly(path)
            }
            return false
        }
        let folder = FilePath.folder(of: path)
        if !folder.isEmpty && !manager.fileExists(atPath: folder) {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.cannotCreate(path, reason: "không tạo được thư mục \(folder)")
            }
        }
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        // Another program made it a moment ago (two terminals started at once): it is theirs
        // to create, and ours to open.
        if fd < 0 && errno == EEXIST && !retried { return try prepare(path: path, retried: true) }
        if fd < 0 {
            if errno == EACCES || errno == EROFS { throw StoreError.readOnly(path) }
            throw StoreError.cannotCreate(path, reason: String(cString: strerror(errno)))
        }
        close(fd)
        return true
    }

    /// Refuses what is not an existing SQLite file (missing, a dangling link, a folder, another
    /// format), touching nothing: the checks before a read-only open.
    static func checkExisting(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw StoreError.notADatabase(path)
        }
        try checkHeader(path: path)
    }

    /// An empty file is a valid new database; anything else must start with SQLite's header.
    private static func checkHeader(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.readOnly(path)
        }
        defer { try? handle.close() }
        let bytes = (try? handle.read(upToCount: header.count)) ?? Data()
        if bytes.isEmpty { return }
        if Array(bytes) != header { throw StoreError.notADatabase(path) }
    }
}
