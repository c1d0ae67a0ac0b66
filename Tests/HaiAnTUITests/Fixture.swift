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

    let editor = Editor(who: "Cán bộ thử")

    /// A state on the fixed day with its lists read, as the event loop starts.
    func state(width: Int = 120, height: Int = 40) throws -> AppState {
        var state = AppState(data: try database.dashboard(), today: Fixture.today, width: width, height: height)
        state.signIn(Account(id: 1, name: editor.who, role: .admin))
        state.message = nil
        return Effects(database: database, session: editor.session).settle(state)
    }

    /// The commune demo (seed 3) on the fixed day, opened on a pane with its reads done.
    static func demo(_ pane: PaneID = .units, width: Int = 120, height: Int = 40) throws -> (Fixture, AppState) {
        let fixture = try Fixture()
        _ = try fixture.database.writeDemo(scale: .commune, seed: 3)
        return (fixture, fixture.run(try fixture.state(width: width, height: height), .selectPane(pane)))
    }

    /// Applies actions as the event loop does: each update, then the changes and reads it asks for.
    func run(_ state: AppState, _ actions: Action...) -> AppState {
        let effects = Effects(database: database, session: editor.session)
        return actions.reduce(state) { effects.settle(update($0, $1)) }
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
