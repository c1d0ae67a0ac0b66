import Foundation
import Model
import Storage

/// Runs the app on the real terminal until the user quits or a signal asks it to stop.
public enum EventLoop {
    /// Returns the signal that stopped the program, or 0 when the user quit.
    @discardableResult
    /// `officer` names who changes are recorded under; nil asks for it on the first screen.
    public static func run(database: AppDatabase, today: Day, officer: String?) throws -> Int32 {
        let data = try database.dashboard()
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let terminal = try CursesBackend(noColor: noColor)
        defer { terminal.shutdown() }
        let size = terminal.size()
        let effects = Effects(database: database)
        var start = AppState(data: data, today: today, width: size.width, height: size.height)
        if let officer, !VietText.normalize(officer).isEmpty {
            start.officer = VietText.normalize(officer)
        } else {
            start.form = .officerForm(lastOfficer: try database.lastOfficer())
        }
        var state = effects.settle(start)
        terminal.draw(View.render(state))
        var seen = try database.dataVersion()
        while !state.quit && terminal.pendingSignal == 0 {
            guard let key = terminal.readKey() else {
                // Idle (the read times out every 250 ms): notice what another session saved.
                if let version = try? database.dataVersion(), version != seen, let data = try? database.dashboard() {
                    seen = version
                    state = effects.settle(update(state, .externalChange(data)))
                    terminal.draw(View.render(state))
                }
                continue
            }
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
        // Not user data: a preference lost to a crash costs one Ctrl-T next time.
        if !state.officer.isEmpty {
            try? database.saveInputPreference(officer: state.officer, kind: state.inputMethod, modernTone: state.modernTone)
        }
        return terminal.pendingSignal
    }
}

/// Carries out what `update` asked for (a change, an undo, a read) and feeds each outcome
/// back through `update`, until nothing more is asked.
struct Effects {
    let database: AppDatabase
    /// One session per run, so undo takes back only this run's changes.
    var session = Editor().session

    func settle(_ start: AppState) -> AppState {
        var state = start
        let editor = Editor(session: session, who: state.officer)
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
            case .worksheet(let query, let offset, let limit):
                return .worksheet(query, try database.worksheet(query, offset: offset, limit: limit))
            case .ranks(let query):
                return .ranks(query, try database.rankTable(round: query.roundID, group: query.group))
            case .awards(let round):
                let awards = try database.awards(round: round)
                return .awards(round: round, awards.rows, awards.use)
            case .preferences(let officer):
                let kept = try database.inputPreference(officer: officer)
                return .preferences(officer: officer, kind: kept?.kind, modernTone: kept?.modernTone ?? true, found: kept != nil)
            case .history(let target):
                switch target {
                case .cell(let cell, _): return .history(target, try database.history(of: cell))
                case .proposal(let id, _): return .history(target, try database.history(ofProposal: id))
                }
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
