import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
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

    /// A document's body larger than this is a template gone wrong (a loop over a loop).
    static let maxOutputBytes = 32 << 20

    /// The template filled with `context`, checked first (every field to its last part, every
    /// include) and its XML parsed after: a template that would give a document Word cannot
    /// open is refused by name, and nothing is written anywhere.
    func render(_ name: String, _ context: [String: Any]) throws -> String {
        var check = TemplateCheck(folder: folder)
        try check.check(name, context: context)
        let environment = Environment(loader: DictionaryLoader(templates: check.sources), trimBehaviour: .smart)
        let body: String
        do {
            body = try environment.renderTemplate(name: name, context: context)
        } catch let error as TemplateSyntaxError {
            let line = error.token.map { ", dòng \($0.sourceMap.location.lineNumber)" } ?? ""
            throw StoreError.document("Mẫu “\(error.templateName ?? name)”\(line) sai cú pháp: một thẻ {% %} hay {{ }} không đóng hoặc viết sai.")
        } catch {
            throw StoreError.document("Mẫu “\(name)” (\(folder.path)) không dùng được: một thẻ {% %} hay {{ }} viết sai.")
        }
        guard body.utf8.count <= Self.maxOutputBytes else {
            throw StoreError.document("Mẫu “\(name)” cho ra văn bản quá lớn (trên \(Self.maxOutputBytes >> 20) MB): xem lại các vòng {% for %}.")
        }
        try Self.checkXML(body, template: name)
        return body
    }

    /// The body parsed as WordprocessingML: no DTD, no entity, well formed.
    private static func checkXML(_ body: String, template: String) throws {
        if body.contains("<!DOCTYPE") || body.contains("<!ENTITY") {
            throw StoreError.document("Mẫu “\(template)” có khai báo DOCTYPE hoặc ENTITY: văn bản không được chứa chúng.")
        }
        let wrapped = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>\n\(body)\n</w:body></w:document>"
        let parser = XMLParser(data: Data(wrapped.utf8))
        parser.shouldResolveExternalEntities = false
        // corelibs' parser may answer true and still set its error: both are read.
        guard !parser.parse() || parser.parserError != nil else { return }
        let lines = wrapped.split(separator: "\n", omittingEmptySubsequences: false)
        let number = max(parser.lineNumber, 1)
        let text = number <= lines.count ? String(lines[number - 1].prefix(80)) : ""
        throw StoreError.document("Mẫu “\(template)” cho ra XML hỏng ở dòng \(max(number - 1, 1)) của văn bản (“\(text)…”): "
                                  + "một thẻ <w:…> không đóng hoặc viết sai; Word sẽ không mở được, nên không ghi.")
    }
}
