import Foundation
import Model

/// Tab in a file's path, as a shell completes it: the one name that fits, or what all the
/// names that fit share; a folder ends with "/". Only folders and .xlsx/.csv files are offered.
enum PathCompletion {
    static func expand(_ path: String) -> String {
        path.hasPrefix("~") ? NSHomeDirectory() + path.dropFirst() : path
    }

    static func complete(_ typed: String) -> String {
        let (folder, prefix) = FilePath.split(expand(typed))
        let base = folder.isEmpty ? "." : folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base) else { return typed }
        let fits = names.filter { $0.hasPrefix(prefix) && !$0.hasPrefix(".") }.filter { name in
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + name, isDirectory: &isFolder)
            return isFolder.boolValue || ["xlsx", "csv"].contains(FilePath.suffix(name))
        }.sorted()
        guard let first = fits.first else { return typed }
        var shared = first
        for name in fits.dropFirst() { while !name.hasPrefix(shared) { shared.removeLast() } }
        var completed = folder + shared
        var isFolder: ObjCBool = false
        if fits.count == 1, FileManager.default.fileExists(atPath: completed, isDirectory: &isFolder), isFolder.boolValue {
            completed += "/"
        }
        // What was typed as "~" stays "~".
        return typed.hasPrefix("~") ? "~" + completed.dropFirst(NSHomeDirectory().count) : completed
    }
}
