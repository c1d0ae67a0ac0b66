import Foundation
import Model
import Storage
@testable import HaiAnTUI

/// A freshly seeded database in a temporary folder and a state on a fixed day.
final class Fixture {
    let folder: URL
    let database: AppDatabase

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("haian-ui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try AppDatabase.open(path: folder.appendingPathComponent("haian.sqlite").path)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    static let today = Day(2026, 5, 21)!

    func state(width: Int = 120, height: Int = 40) throws -> AppState {
        AppState(data: try database.dashboard(), today: Fixture.today, width: width, height: height)
    }
}

/// The screen a state draws, as text.
func screen(_ state: AppState) -> String {
    let backend = TextBackend(width: state.width, height: state.height)
    backend.draw(View.render(state))
    return backend.text
}

func apply(_ state: AppState, _ actions: Action...) -> AppState {
    actions.reduce(state, update)
}
