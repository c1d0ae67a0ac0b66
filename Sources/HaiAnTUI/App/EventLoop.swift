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
        let effects = Effects(database: database, editor: Editor())
        var state = effects.settle(AppState(data: data, today: today, width: size.width, height: size.height))
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
            state = effects.settle(update(state, action))
            if !state.quit { terminal.draw(View.render(state)) }
        }
        return terminal.pendingSignal
    }
}

/// Carries out what `update` asked for (a change, an undo, a read) and feeds each outcome
/// back through `update`, until nothing more is asked.
struct Effects {
    let database: AppDatabase
    let editor: Editor

    func settle(_ start: AppState) -> AppState {
        var state = start
        if let change = state.pendingChange {
            state = update(state, .changeFinished(outcome { try database.apply(change, by: editor) }))
        } else if state.pendingUndo {
            state = update(state, .changeFinished(outcome { try database.undoLast(by: editor) }))
        }
        // Each read answers its request, so this ends; the bound only guards against a bug.
        for _ in 0..<4 {
            guard let request = state.loadRequest else { break }
            state = update(state, .loaded(load(request)))
        }
        return state
    }

    /// Commits, then reloads the shared figures; refusals come back as values.
    private func outcome(_ body: () throws -> ChangeResult) -> ChangeOutcome {
        do {
            let result = try body()
            return .saved(result, try database.dashboard())
        } catch StoreError.invalid(let error) {
            return .refused(error)
        } catch {
            return .failed(Self.message(for: error))
        }
    }

    func load(_ request: LoadRequest) -> LoadResult {
        do {
            switch request {
            case .units(let query, let offset, let limit):
                return .units(query, try database.units(query, offset: offset, limit: limit))
            case .people(let query, let offset, let limit):
                return .people(query, try database.people(query, offset: offset, limit: limit))
            case .initiatives(let query, let offset, let limit):
                return .initiatives(query, try database.initiatives(query, offset: offset, limit: limit))
            case .detail(let id):
                return .detail(try database.unitDetail(id: id))
            case .locateUnit(let query, let id):
                return .located(try database.position(ofUnit: id, in: query))
            case .matrix(let query, let offset, let limit):
                return .matrix(query, try database.reportMatrix(query, offset: offset, limit: limit))
            case .reportTotals(let today):
                return .reportTotals(try database.reportTally(today: today), compiled: try database.compiledReceipts())
            case .reminders(let today, let days):
                return .reminders(days: days, try database.reminders(today: today, days: days))
            case .activities(let query, let offset, let limit):
                return .activities(query, try database.activities(query, offset: offset, limit: limit))
            case .activitySummary(let query, let today, let elapsed):
                return .activitySummary(try database.activitySummary(query, today: today, elapsed: elapsed))
            case .receipt(let target):
                return .receipt(target, try database.receipt(slotID: target.slot.id, unitID: target.unitID))
            }
        } catch {
            return .failed(request, Self.message(for: error))
        }
    }

    /// What the screen says about an error: the Vietnamese message of a `StoreError`, and a
    /// Vietnamese lead for anything unforeseen.
    static func message(for error: Error) -> String {
        (error as? StoreError)?.message ?? "Lỗi không lường trước: \(error)"
    }
}
