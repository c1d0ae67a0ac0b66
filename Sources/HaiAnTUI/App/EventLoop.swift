import Foundation
import Model
import Storage

/// Runs the app on the real terminal until the user quits or a signal asks it to stop.
public enum EventLoop {
    /// Returns the signal that stopped the program, or 0 when the user quit.
    @discardableResult
    public static func run(database: AppDatabase, today: Day) throws -> Int32 {
        let data = try database.dashboard()
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let terminal = try CursesBackend(noColor: noColor)
        defer { terminal.shutdown() }
        let size = terminal.size()
        var state = AppState(data: data, today: today, width: size.width, height: size.height)
        terminal.draw(View.render(state))
        while !state.quit && terminal.pendingSignal == 0 {
            guard let key = terminal.readKey() else { continue }
            let action: Action?
            if key == .resize {
                let size = terminal.size()
                action = .resize(width: size.width, height: size.height)
            } else {
                action = Keymap.action(for: key, in: state)
            }
            guard let action else { continue }
            state = update(state, action)
            if let unit = state.pendingSave {
                state = update(state, .saveFinished(save(unit, in: database)))
            }
            if !state.quit { terminal.draw(View.render(state)) }
        }
        return terminal.pendingSignal
    }

    /// Commits the unit, then reloads what the panes show; the outcome goes back through `update`.
    static func save(_ unit: Model.Unit, in database: AppDatabase) -> SaveOutcome {
        do {
            let saved = try database.createUnit(unit)
            return .saved(saved, try database.dashboard())
        } catch StoreError.invalid(let error) {
            return .refused(error)
        } catch let error as StoreError {
            return .failed(error.message)
        } catch {
            return .failed("\(error)")
        }
    }
}
