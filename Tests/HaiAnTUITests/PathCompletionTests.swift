import Foundation
import Testing
@testable import HaiAnTUI

/// Tab in the import's path completes as a shell does, and anything typed there is safe.
@Suite struct PathCompletionTests {
    @Test func tabCompletesFoldersAndSpreadsheetsOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("haian-path-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/du-lieu", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["tap-the.xlsx", "tap-the-2.csv", "ghi-chu.txt"] {
            FileManager.default.createFile(atPath: folder + "/" + name, contents: Data())
        }
        #expect(PathCompletion.complete(folder + "/ta") == folder + "/tap-the")
        #expect(PathCompletion.complete(folder + "/du") == folder + "/du-lieu/")
        #expect(PathCompletion.complete(folder + "/gh") == folder + "/gh", "a text file is not offered")
        #expect(PathCompletion.complete(folder + "/tap-the.") == folder + "/tap-the.xlsx")
    }

    /// The monkey found this: Foundation's `deletingLastPathComponent` traps on a lone combining
    /// mark before a "/" ("\u{301}/"), and typed text may hold anything. Nothing fits these, so
    /// each is left as typed.
    @Test(arguments: ["\u{301}/", "/tmp/\u{301}x", "a/\u{301}", "漢/🙂\u{301}", "a/\u{7}", "~/\u{323}\u{301}"])
    func strangeTextIsLeftAsTyped(_ typed: String) {
        #expect(PathCompletion.complete(typed) == typed)
    }
}
