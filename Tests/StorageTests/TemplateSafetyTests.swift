import Foundation
import Model
import Testing
@testable import Storage

/// A commune's own templates cannot fail silently: a misspelt field, broken XML, a template
/// that includes itself or points out of its folder is refused in words, and nothing is made.
@Suite struct TemplateSafetyTests {
    let folder: TemporaryDirectory
    let database: AppDatabase
    let commune: URL

    init() throws {
        folder = try TemporaryDirectory()
        database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        _ = try database.writeDemo(scale: .commune, seed: 1)
        commune = URL(fileURLWithPath: folder.path("mau"))
        try FileManager.default.createDirectory(at: commune, withIntermediateDirectories: true)
        for file in try DocumentTemplates.defaultFiles() {
            try FileManager.default.copyItem(at: file, to: commune.appendingPathComponent(file.lastPathComponent))
        }
    }

    private func edit(_ name: String, _ change: (String) -> String) throws {
        let url = commune.appendingPathComponent(name)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    }

    /// The refusal a document gets from the commune's templates (nil: it was made).
    private func refusal(_ kind: DocumentKind) throws -> String? {
        let round = try #require(try database.dashboard().rounds.first { $0.code == "2025" })
        do {
            _ = try database.document(kind, year: 2025, round: round, today: Day(2026, 5, 21)!, templates: DocumentTemplates(folder: commune))
            return nil
        } catch StoreError.document(let message) {
            return message
        }
    }

    @Test func theCommunesCopiesAsTheyComeAreAccepted() throws {
        for kind in DocumentKind.allCases { #expect(try refusal(kind) == nil, "\(kind)") }
    }

    @Test func aFieldMisspeltBelowItsFirstPartIsRefusedWithItsFileAndLine() throws {
        try edit("certificates.xml") { $0.replacingOccurrences(of: "{{ award.name }}", with: "{{ award.nam }}") }
        let message = try #require(try refusal(.certificates))
        #expect(message.contains("certificates.xml") && message.contains("dòng 6") && message.contains("“award.nam”"))
        #expect(message.contains("award.name"))
        try edit("certificates.xml") { $0.replacingOccurrences(of: "{{ award.nam }}", with: "{{ award.name }}") }
        try edit("heading.xml") { $0.replacingOccurrences(of: "{{ heading.number }}", with: "{{ heading.numbr }}") }
        #expect(try refusal(.decision)?.contains("“heading.numbr”") == true)
        // A list's element has only its own keys; a list has count, first and last.
        try edit("heading.xml") { $0.replacingOccurrences(of: "{{ heading.numbr }}", with: "{{ heading.issuer_lines.size }}") }
        #expect(try refusal(.decision)?.contains("danh sách") == true)
    }

    @Test func aTemplateThatBreaksTheXMLIsRefusedBeforeAnythingIsWritten() throws {
        try edit("decision.xml") { $0.replacingOccurrences(of: "<w:t>QUYẾT ĐỊNH</w:t></w:r></w:p>", with: "<w:t>QUYẾT ĐỊNH</w:r></w:p>") }
        let message = try #require(try refusal(.decision))
        #expect(message.contains("decision.xml") && message.contains("XML hỏng") && message.contains("không ghi"))
        try edit("decision.xml") { "<!DOCTYPE x [<!ENTITY a \"b\">]>" + $0.replacingOccurrences(of: "<w:t>QUYẾT ĐỊNH</w:r>", with: "<w:t>QUYẾT ĐỊNH</w:t></w:r>") }
        let doctype = try refusal(.decision)
        #expect(doctype?.contains("DOCTYPE") == true, "\(String(describing: doctype))")
    }

    @Test func aTemplateIncludingItselfIsRefusedNotRunForever() throws {
        try edit("signature.xml") { $0 + "{% include \"decision.xml\" %}" }
        let message = try #require(try refusal(.decision))
        #expect(message.contains("tự gọi lại chính nó") && message.contains("decision.xml → signature.xml → decision.xml"))
    }

    @Test func aTemplateLinkedOutOfItsFolderIsNotRead() throws {
        let decision = commune.appendingPathComponent("decision.xml")
        try FileManager.default.removeItem(at: decision)
        try FileManager.default.createSymbolicLink(atPath: decision.path, withDestinationPath: "/etc/passwd")
        let message = try #require(try refusal(.decision))
        #expect(message.contains("liên kết ra ngoài") && !message.contains("root:"))
        // An include by path, up or out of the folder, is refused as well.
        try edit("proposal.xml") { $0.replacingOccurrences(of: "{% include \"signature.xml\" %}", with: "{% include \"../../etc/passwd\" %}") }
        #expect(try refusal(.proposal)?.contains("chỉ gọi được mẫu cùng thư mục") == true)
    }

    @Test func anUnknownTagOrASyntaxErrorIsSaidInVietnamese() throws {
        try edit("decision.xml") { $0 + "{% extends \"x.xml\" %}" }
        #expect(try refusal(.decision)?.contains("HaiAn không dùng thẻ {% extends %}") == true)
        try edit("decision.xml") { $0.replacingOccurrences(of: "{% extends \"x.xml\" %}", with: "{% if movement %}") }
        let message = try #require(try refusal(.decision))
        #expect(message.contains("sai cú pháp") && !message.contains("`endif`"))
    }
}
