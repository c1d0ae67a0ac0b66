import Foundation

/// Temporary files that hold the commune's data (an unzipped sheet, an export's rows): in a
/// folder of this process's own, `0700`, each file `0600` whatever a zip entry says, removed
/// when the work ends, and the folders of a process that died (`kill -9`) removed at the next start.
public enum PrivateTemporary {
    private static let prefix = "haian-tam-"

    /// This process's folder, made on first use.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)\(getpid())")
        if mkdir(url.path, 0o700) != 0 && errno != EEXIST {
            throw StoreError.cannotCreate(url.path, reason: "thư mục tạm không tạo được (ổ đĩa đầy hoặc không cho ghi)")
        }
        chmod(url.path, 0o700)
        return url
    }

    /// A new empty file, `0600`, in the private folder.
    static func file(_ suffix: String) throws -> URL {
        let url = try folder().appendingPathComponent("\(UUID().uuidString)\(suffix)")
        let fd = open(url.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.cannotCreate(url.path, reason: "tệp tạm không tạo được (ổ đĩa đầy?)") }
        close(fd)
        return url
    }

    /// Removes this process's folder (empty by then: each file goes when its work ends), at exit.
    public static func removeOwn() {
        rmdir(FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)\(getpid())").path)
    }

    /// Removes the folders of processes no longer running: what a killed import left behind.
    public static func removeStale() {
        let temporary = FileManager.default.temporaryDirectory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: temporary.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid() else { continue }
            // Signal 0 asks only whether the process exists (EPERM: it does, as another user's).
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
            }
        }
    }
}
