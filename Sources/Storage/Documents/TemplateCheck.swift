import Foundation

/// Checks a template and everything it includes against the facts a document has, before
/// anything is rendered: every field it names must exist to its last part (`award.name`, not
/// `award.nam`), every include must be a regular file inside the templates folder, no template
/// may include itself, and includes go no deeper than `maxDepth`. Stencil would print a
/// missing field as nothing and recurse on a self-include until the stack ends; the engine's
/// own parser stays the one that renders. Refusals are one Vietnamese sentence naming the file,
/// the line and the field.
struct TemplateCheck {
    static let maxDepth = 8
    /// A template larger than this is not a commune's wording.
    static let maxTemplateBytes = 1 << 20

    let folder: URL
    /// Every template read, by name, for the renderer's loader: only what the check reached.
    private(set) var sources: [String: String] = [:]

    init(folder: URL) {
        self.folder = folder
    }

    /// The value a name stands for while checking: a sample of the context's shape.
    private typealias Scope = [String: Any]
    /// An element of an empty list: nothing to check against, so what follows is taken on trust.
    private struct Unknown {}

    mutating func check(_ name: String, context: [String: Any]) throws {
        try check(name, scopes: [context], stack: [])
    }

    private mutating func check(_ name: String, scopes: [Scope], stack: [String]) throws {
        if stack.contains(name) {
            throw StoreError.document("Mẫu “\(name)” tự gọi lại chính nó (\((stack + [name]).joined(separator: " → "))): bỏ dòng {% include %} đó.")
        }
        guard stack.count < Self.maxDepth else {
            throw StoreError.document("Mẫu “\(name)” lồng quá \(Self.maxDepth) tầng {% include %}.")
        }
        let source = try read(name, from: stack.last)
        var scopes = scopes
        // Each open {% for %} pushes a scope; {% endfor %} pops it.
        var loops: [Int] = []
        for tag in Self.tags(source) {
            let where_ = "Mẫu “\(name)”, dòng \(tag.line)"
            switch tag.kind {
            case .variable(let expression):
                try resolve(Self.path(expression), scopes, where_)
            case .block(let words):
                guard let keyword = words.first else { continue }
                switch keyword {
                case "for":
                    // for x in path | for a, b in path
                    guard let inIndex = words.firstIndex(of: "in"), inIndex + 1 < words.count else {
                        throw StoreError.document("\(where_): thẻ {% for %} viết sai (cần “for x in danh_sách”).")
                    }
                    let collection = try resolve(Self.path(words[inIndex + 1]), scopes, where_)
                    let names = words[1..<inIndex].joined(separator: " ").split(separator: ",")
                        .map { $0.trimmingCharacters(in: .whitespaces) }
                    var scope: Scope = ["forloop": ["first": true, "last": true, "counter": 1, "counter0": 0, "length": 1]]
                    for variable in names { scope[variable] = Self.element(of: collection) ?? Unknown() }
                    scopes.append(scope)
                    loops.append(scopes.count)
                case "endfor":
                    if let depth = loops.popLast(), depth == scopes.count { scopes.removeLast() }
                case "if", "elif":
                    for word in words.dropFirst() where Self.isName(word) { try resolve(Self.path(word), scopes, where_) }
                case "include":
                    guard words.count >= 2, words[1].hasPrefix("\""), words[1].hasSuffix("\""), words[1].count > 2 else {
                        throw StoreError.document("\(where_): {% include %} cần tên mẫu trong ngoặc kép.")
                    }
                    let included = String(words[1].dropFirst().dropLast())
                    var inner = scopes
                    if words.count >= 3 {
                        // Stencil looks an include's context up by its plain name, never a path.
                        guard !words[2].contains(".") else {
                            throw StoreError.document("\(where_): {% include \"\(included)\" \(words[2]) %} cần một tên không có dấu chấm "
                                                      + "(đặt trong {% for x in … %} rồi {% include \"\(included)\" x %}).")
                        }
                        guard let dictionary = try resolve(Self.path(words[2]), scopes, where_) as? [String: Any] else {
                            throw StoreError.document("\(where_): “\(words[2])” không phải một nhóm trường để đưa vào mẫu “\(included)”.")
                        }
                        inner.append(dictionary)
                    }
                    try check(included, scopes: inner, stack: stack + [name])
                case "else", "endif", "filter", "endfilter", "now":
                    continue
                default:
                    throw StoreError.document("\(where_): HaiAn không dùng thẻ {% \(keyword) %}; dùng for, if, include.")
                }
            }
        }
    }

    /// The value a dotted path names, or a refusal naming it and what there is instead.
    @discardableResult
    private func resolve(_ path: [String], _ scopes: [Scope], _ where_: String) throws -> Any? {
        guard let head = path.first else { return nil }
        guard var value: Any = scopes.reversed().lazy.compactMap({ $0[head] }).first else {
            let known = Set(scopes.flatMap(\.keys)).subtracting(["forloop"]).sorted()
            throw StoreError.document("\(where_): trường “\(head)” không có trong văn bản này; có: \(known.joined(separator: ", ")).")
        }
        for (index, part) in path.enumerated().dropFirst() {
            let sofar = path[..<index].joined(separator: ".")
            switch value {
            case is Unknown:
                return nil
            case let dictionary as [String: Any]:
                guard let next = dictionary[part] else {
                    throw StoreError.document("\(where_): trường “\(path[...index].joined(separator: "."))” không có; "
                        + "“\(sofar)” có: \(dictionary.keys.sorted().map { "\(sofar).\($0)" }.joined(separator: ", ")).")
                }
                value = next
            case let array as [Any]:
                guard ["count", "first", "last"].contains(part) || Int(part) != nil else {
                    throw StoreError.document("\(where_): “\(sofar)” là một danh sách: chỉ có \(sofar).count, .first, .last.")
                }
                if part == "count" { value = array.count } else {
                    // An empty list has no element to check against: what follows is taken on trust.
                    guard let element = Self.element(of: array) else { return nil }
                    value = element
                }
            case is String:
                guard part == "count" else {
                    throw StoreError.document("\(where_): “\(sofar)” là chữ, không có “\(part)”.")
                }
                value = 0
            default:
                throw StoreError.document("\(where_): “\(sofar)” không có “\(part)”.")
            }
        }
        return value
    }

    /// A list's elements as one sample: dictionaries merged (every key any element has).
    private static func element(of collection: Any?) -> Any? {
        guard let array = collection as? [Any], let first = array.first else { return nil }
        guard first is [String: Any] else { return first }
        return array.compactMap { $0 as? [String: Any] }.reduce(into: [String: Any]()) { merged, item in
            merged.merge(item, uniquingKeysWith: { old, _ in old })
        }
    }

    /// Reads a template by plain name: a regular file whose real path is inside the folder.
    private mutating func read(_ name: String, from parent: String?) throws -> String {
        if let source = sources[name] { return source }
        let by = parent.map { " (gọi từ “\($0)”)" } ?? ""
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
            throw StoreError.document("Mẫu “\(name)”\(by): chỉ gọi được mẫu cùng thư mục, bằng tên tệp.")
        }
        let root = folder.resolvingSymlinksInPath().standardizedFileURL.path
        let url = folder.appendingPathComponent(name)
        let real = url.resolvingSymlinksInPath().standardizedFileURL.path
        var status = stat()
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw StoreError.document("Thiếu mẫu văn bản “\(name)”\(by) trong \(folder.path).")
        }
        guard real.hasPrefix(root + "/"), stat(real, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw StoreError.document("Mẫu “\(name)”\(by) không phải tệp trong thư mục mẫu \(folder.path) (liên kết ra ngoài?): không dùng.")
        }
        guard status.st_size <= off_t(Self.maxTemplateBytes) else {
            throw StoreError.document("Mẫu “\(name)” quá lớn (\(status.st_size / 1024) KB; tối đa \(Self.maxTemplateBytes >> 10) KB).")
        }
        guard let data = FileManager.default.contents(atPath: real), let text = String(data: data, encoding: .utf8) else {
            throw StoreError.document("Mẫu “\(name)” không đọc được như chữ UTF-8.")
        }
        sources[name] = text
        return text
    }

    private enum Kind { case variable(String), block([String]) }
    private struct Tag { var kind: Kind; var line: Int }

    /// The `{{ … }}` and `{% … %}` tags of a template with their lines; comments are skipped.
    private static func tags(_ source: String) -> [Tag] {
        guard let regex = try? NSRegularExpression(pattern: #"\{#[\s\S]*?#\}|\{\{-?([\s\S]*?)-?\}\}|\{%-?([\s\S]*?)-?%\}"#) else { return [] }
        let text = source as NSString
        var tags: [Tag] = []
        var line = 1, scanned = 0
        for match in regex.matches(in: source, range: NSRange(location: 0, length: text.length)) {
            line += text.substring(with: NSRange(location: scanned, length: match.range.location - scanned)).filter { $0 == "\n" }.count
            scanned = match.range.location
            if match.range(at: 1).location != NSNotFound {
                tags.append(Tag(kind: .variable(text.substring(with: match.range(at: 1)).trimmingCharacters(in: .whitespacesAndNewlines)), line: line))
            } else if match.range(at: 2).location != NSNotFound {
                tags.append(Tag(kind: .block(words(text.substring(with: match.range(at: 2)))), line: line))
            }
        }
        return tags
    }

    /// A block's words, a quoted name kept whole.
    private static func words(_ block: String) -> [String] {
        var words: [String] = [], word = "", quoted = false
        for character in block {
            if character == "\"" { quoted.toggle() }
            if character.isWhitespace && !quoted {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else {
                word.append(character)
            }
        }
        return word.isEmpty ? words : words + [word]
    }

    private static let keywords: Set<String> = ["not", "and", "or", "in", "true", "false", "nil"]

    private static func isName(_ word: String) -> Bool {
        guard let first = word.first, first.isLetter || first == "_", !keywords.contains(word) else { return false }
        return true
    }

    /// `award.name|upper` → ["award", "name"].
    private static func path(_ expression: String) -> [String] {
        let variable = expression.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return variable.split(separator: ".").map(String.init)
    }
}
