import Foundation
import Testing
@testable import HaiAnTUI

/// The README's key table lists every binding of the one key table.
@Suite struct ReadmeKeyTableTests {
    @Test func everyBindingIsInTheReadme() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        for binding in Keymap.bindings {
            #expect(text.contains("| `\(binding.keyLabel)` | \(binding.label)"), "\(binding.keyLabel)")
        }
    }
}
