/// A path split at its last "/" by hand. Foundation's `NSString` path functions trap on some
/// text (a lone combining mark before a "/"), and the paths here are typed by people.
public enum FilePath {
    /// The folder with its last "/" and the name after it: "a/b.xlsx" → ("a/", "b.xlsx"),
    /// "b" → ("", "b"), "/b" → ("/", "b").
    public static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    /// The folder a file is in, as a command takes it: "" for none, "/" for the root.
    public static func folder(of path: String) -> String {
        let folder = split(path).folder
        return folder.count > 1 ? String(folder.dropLast()) : folder
    }

    /// A name's extension, lowercased ("" for none): "Tap-The.XLSX" → "xlsx".
    public static func suffix(_ name: String) -> String {
        name.lastIndex(of: ".").map { name[name.index(after: $0)...].lowercased() } ?? ""
    }

    /// A name without its extension: "haian.sqlite" → "haian".
    public static func stem(_ name: String) -> String {
        name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
    }
}
