import Foundation
import Testing
@testable import HaiAnTUI

/// The key table in docs/keys.md lists every binding of the one key table.
@Suite struct ReadmeKeyTableTests {
    @Test func everyBindingIsInTheReadme() throws {
        let keys = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/keys.md")
        let text = try String(contentsOf: keys, encoding: .utf8)
        for binding in Keymap.bindings {
            #expect(text.contains("| `\(binding.keyLabel)` | \(binding.label)"), "\(binding.keyLabel)")
        }
    }
}
