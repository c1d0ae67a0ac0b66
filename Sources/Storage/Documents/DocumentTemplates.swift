import Foundation
import Model
import Stencil

/// The documents' templates (Stencil, Jinja-like): WordprocessingML bodies with `{{ field }}`
/// and `{% for %}`, read from the defaults shipped with HaiAn or from a commune's own folder,
/// so wording, a "Căn cứ" line or a block can change without a new version. Stencil was chosen
/// over pandoc's templates because a State document needs what Markdown cannot say: the
/// two-column heading, a landscape section per certificate, exact margins and styles.
public struct DocumentTemplates: Sendable {
    public let folder: URL

    /// The defaults, or `folder` when a commune gives its own (`--templates DIR`).
    public init(folder: URL? = nil) throws {
        if let folder {
            self.folder = folder
        } else if let bundled = Bundle.module.url(forResource: "Templates", withExtension: nil) {
            self.folder = bundled
        } else {
            throw StoreError.document("Không tìm thấy thư mục mẫu văn bản của HaiAn.")
        }
    }

    /// The commune's copies named in the settings, else HaiAn's; a folder that is gone is named.
    public init(settings: CommuneSettings) throws {
        guard !settings.templatesFolder.isEmpty else {
            try self.init()
            return
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: settings.templatesFolder, isDirectory: &isFolder), isFolder.boolValue else {
            throw StoreError.document("Không có thư mục mẫu “\(settings.templatesFolder)” (cài đặt văn bản, mục “Thư mục mẫu của xã”).")
        }
        try self.init(folder: URL(fileURLWithPath: settings.templatesFolder))
    }

    /// Every template file of the defaults, to copy and adapt.
    public static func defaultFiles() throws -> [URL] {
        let folder = try DocumentTemplates().folder
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "xml" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The template filled with `context`; a field the context does not hold is refused by name
    /// before anything is written (Stencil would print it as nothing).
    func render(_ name: String, _ context: [String: Any]) throws -> String {
        try check(name, known: Self.keys(context), seen: [])
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).filter { $0.pathExtension == "xml" }
        let templates = try Dictionary(uniqueKeysWithValues: files.map { ($0.lastPathComponent, try text($0.lastPathComponent)) })
        let environment = Environment(loader: DictionaryLoader(templates: templates), trimBehaviour: .smart)
        do {
            return try environment.renderTemplate(name: name, context: context)
        } catch {
            throw StoreError.document("Mẫu “\(name)” (\(folder.path)) có lỗi: \(error)")
        }
    }

    private func text(_ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw StoreError.document("Thiếu mẫu văn bản “\(name)” trong \(folder.path).")
        }
        return text
    }

    /// Names a field no document gives: `{{ x.y }}`, `{% if x %}`, `{% for a in x %}`, in the
    /// template and the ones it includes.
    private func check(_ name: String, known: Set<String>, seen: Set<String>) throws {
        guard !seen.contains(name) else { return }
        let source = try text(name)
        var known = known.union(["forloop"])
        known.formUnion(Self.matches(#"\{%-?\s*for\s+([A-Za-z_]\w*)(?:\s*,\s*([A-Za-z_]\w*))?\s+in"#, source))
        let used = Self.matches(#"\{\{-?\s*([A-Za-z_]\w*)"#, source)
            .union(Self.matches(#"\{%-?\s*(?:if|elif|for\s+[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)?\s+in)\s+(?:not\s+)?([A-Za-z_]\w*)"#, source))
        if let unknown = used.subtracting(known).sorted().first {
            throw StoreError.document("Mẫu “\(name)” dùng trường “\(unknown)” mà HaiAn không biết; các trường có: "
                                      + known.subtracting(["forloop"]).sorted().joined(separator: ", ") + ".")
        }
        for included in Self.matches(#"\{%-?\s*include\s+"([^"]+)""#, source) {
            try check(included, known: known, seen: seen.union([name]))
        }
    }

    /// Every key of the context and of the dictionaries inside it: an included template may be
    /// given one of them as its context ({% include "table.xml" section %}).
    private static func keys(_ value: Any) -> Set<String> {
        if let dictionary = value as? [String: Any] {
            return dictionary.reduce(into: Set(dictionary.keys)) { $0.formUnion(keys($1.value)) }
        }
        if let array = value as? [Any] { return array.reduce(into: Set<String>()) { $0.formUnion(keys($1)) } }
        return []
    }

    private static func matches(_ pattern: String, _ text: String) -> Set<String> {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        var found = Set<String>()
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            for group in 1..<match.numberOfRanges {
                if let range = Range(match.range(at: group), in: text) { found.insert(String(text[range])) }
            }
        }
        return found
    }
}
