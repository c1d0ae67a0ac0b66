import Foundation
import Model
import Storage

/// The program without its terminal: the state, the effects that carry out its changes and
/// reads, and the draft kept of a form being filled. The event loop feeds it keys from the
/// terminal; the monkey harness feeds it random ones.
public struct AppSession {
    public private(set) var state: AppState
    var effects: Effects
    private var drafts: DraftKeeper
    private var seenVersion: Int

    /// Signs in with `credentials` (see `EventLoop.run`) or shows the first form; `presenting`
    /// opens the slides alone, read-only, with no sign-in (`haian present`).
    public init(database: AppDatabase, today: Day, width: Int, height: Int,
                credentials: (name: String, pin: String)?, presenting: Bool = false, meetingRound: Int64? = nil) throws {
        effects = Effects(database: database)
        var start = AppState(data: try database.dashboard(), today: today, width: width, height: height)
        start.databasePath = database.path
        if let round = meetingRound {
            // `haian hop`: the meeting opens on pane 5's round, behind the sign-in.
            start.pane = .awards
            start.awards.roundID = round
            start.meeting = MeetingState(roundID: round)
        }
        // The slides show the records too: whoever starts them signs in first (the form stands
        // in front of the slides until then).
        if presenting { start.presentation = PresentationState(standalone: true) }
        let backups = try database.backupDays()
        start.backupNotice = BackupReminder.message(lastBackup: backups.last, firstEntry: backups.firstEntry, today: today,
                                                    days: try database.settings().backupReminderDays,
                                                    dailyFolder: database.dailyBackupFolder)
        try EventLoop.signIn(&start, database: database, session: effects.session, credentials: credentials)
        state = effects.settle(start)
        drafts = DraftKeeper(database: database)
        seenVersion = try database.dataVersion()
        drafts.offer(&state)
    }

    public var quit: Bool { state.quit }

    /// How to draw a frame while a long step runs (the event loop gives its terminal's).
    mutating func drawWhileBusy(_ draw: @escaping (AppState) -> Void) { effects.drawWhileBusy = draw }

    /// One key (or a resize): the action it means here, carried out. False when it means nothing.
    @discardableResult
    public mutating func press(_ key: Key) -> Bool {
        guard let action = Keymap.action(for: key, in: state) else { return false }
        perform(action)
        return true
    }

    public mutating func perform(_ action: Action) {
        state = effects.settle(update(state, action))
        drafts.sync(state, onlyDeletions: true)
        drafts.offer(&state)
    }

    /// While the keyboard rests: keep the draft, and notice another session's commits.
    /// True when the screen should be drawn again.
    public mutating func idle() -> Bool {
        drafts.sync(state)
        guard let version = try? effects.database.dataVersion(), version != seenVersion,
              let data = try? effects.database.dashboard() else { return false }
        seenVersion = version
        perform(.externalChange(data))
        return true
    }

    public mutating func lock() { state.lock() }

    /// A line for the status bar that no key asked for (how the terminal was set up, say).
    public mutating func show(_ message: String) { state.message = message }

    /// Keeps the account's input method for its next sign-in.
    public func savePreferences() {
        guard !state.officer.isEmpty else { return }
        try? effects.database.saveInputPreference(officer: state.officer, kind: state.inputMethod, modernTone: state.modernTone)
    }

    public var frame: Buffer { View.render(state) }
}
