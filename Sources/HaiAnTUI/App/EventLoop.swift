import Foundation
import Model
import Storage

/// Runs the app on the real terminal until the user quits or a signal asks it to stop.
public enum EventLoop {
    /// Returns the signal that stopped the program, or 0 when the user quit.
    /// `credentials` ("name", "PIN") sign in without the form — on a database with no account
    /// yet they make the administrator, as the first-run form would. The screen locks after
    /// `lockMinutes` without a key (0: never).
    @discardableResult
    public static func run(database: AppDatabase, today: Day, credentials: (name: String, pin: String)?,
                           lockMinutes: Int, presenting: Bool = false, meetingRound: Int64? = nil) throws -> Int32 {
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let terminal = try CursesBackend(noColor: noColor)
        defer { terminal.shutdown() }
        let size = terminal.size()
        var session = try AppSession(database: database, today: today, width: size.width, height: size.height,
                                     credentials: credentials, presenting: presenting, meetingRound: meetingRound)
        session.drawWhileBusy { terminal.draw(View.render($0)) }
        if let note = terminal.startNote { session.show(note) }
        terminal.draw(session.frame)
        var lastKey = Date()
        while !session.quit && terminal.pendingSignal == 0 {
            guard let key = terminal.readKey() else {
                var redraw = session.idle()
                if lockMinutes > 0 && Date().timeIntervalSince(lastKey) > Double(lockMinutes * 60)
                    && session.state.account != nil && !(session.state.form?.blocksTheApp ?? false) {
                    session.lock()
                    redraw = true
                }
                if redraw { terminal.draw(session.frame) }
                continue
            }
            lastKey = Date()
            if key == .resize {
                let size = terminal.size()
                session.perform(.resize(width: size.width, height: size.height))
            } else if !session.press(key) {
                continue
            }
            if !session.quit { terminal.draw(session.frame) }
        }
        // Not user data: a preference lost to a crash costs one Ctrl-T next time.
        session.savePreferences()
        return terminal.pendingSignal
    }

    /// The first screen: the first administrator to create, or the sign-in form; credentials
    /// given on the command line do what those forms would.
    static func signIn(_ state: inout AppState, database: AppDatabase, session: String,
                       credentials: (name: String, pin: String)?) throws {
        var accounts = try database.accounts()
        state.signInAccounts = accounts
        guard let credentials else {
            state.form = accounts.isEmpty ? .accountForm(firstAdmin: true) : .signInForm(accounts, selected: try database.lastAccount())
            return
        }
        if accounts.isEmpty {
            // Two programs started at once on a new file both find no account: one makes it,
            // the other's attempt is refused and it signs in to the one made.
            do {
                _ = try database.apply(.saveAccount(Account(name: credentials.name, role: .admin), pin: credentials.pin),
                                       by: Editor(session: session, who: VietText.normalize(credentials.name)))
            } catch StoreError.invalid(let error) {
                state.form = .accountForm(firstAdmin: true)
                state.form?.message = "HAIAN_SIGN_IN: \(error.message)"
                return
            } catch {}
            accounts = try database.accounts()
            state.signInAccounts = accounts
        }
        state.form = .signInForm(accounts)
        guard let account = accounts.first(where: { Unit.nameKey($0.name) == Unit.nameKey(credentials.name) }) else {
            state.form?.errors["pin"] = "Không có tài khoản “\(credentials.name)”."
            return
        }
        if case .signedIn(let signed) = try database.signIn(account: account.id, pin: credentials.pin) {
            guard !Account.pinIsTooShort(credentials.pin) else {
                state.form = .signInForm(accounts, selected: account.id)
                state.form?.fields[1].text = credentials.pin
                state.form?.askNewPin(signed)
                return
            }
            state.form = nil
            state.signIn(signed)
        } else {
            state.form?.errors["pin"] = "Sai mã PIN."
        }
    }
}

/// Carries out what `update` asked for (a change, an undo, a read) and feeds each outcome
/// back through `update`, until nothing more is asked.
struct Effects {
    let database: AppDatabase
    /// One session per run, so undo takes back only this run's changes.
    var session = Editor().session
    /// Draws a frame while a long step runs (an import of a province's list takes seconds to
    /// minutes): the terminal's, set by the event loop; none without a terminal.
    var drawWhileBusy: ((AppState) -> Void)?

    /// A progress report for a long step: the screen as it is, with the step and how far it is.
    private func busy(_ state: AppState, _ step: String) -> (String, Double) -> Void {
        { label, fraction in
            var shown = state
            // A workbook without its extent gives no share: the rows so far say enough.
            shown.message = fraction > 0 ? "\(step): \(Int(fraction * 100))% (\(label))…" : "\(step): \(label)…"
            drawWhileBusy?(shown)
        }
    }

    func settle(_ start: AppState) -> AppState {
        var state = start
        let editor = Editor(session: session, who: state.officer)
        if let change = state.pendingChange {
            if let refusal = refusal(change, state) {
                state = update(state, .changeFinished(.refused(FieldError(field: "", message: refusal))))
            } else {
                let signedIn = state.account != nil
                state = update(state, .changeFinished(outcome { try database.apply(change, by: editor) }))
                // The first administrator, just made, is signed in.
                if !signedIn, case .saveAccount(let account, _) = change, state.form == nil,
                   let made = try? database.accounts().first(where: { Unit.nameKey($0.name) == Unit.nameKey(account.name) }) {
                    state.signIn(made)
                }
            }
        } else if state.pendingUndo {
            if state.role == .viewer {
                state = update(state, .changeFinished(.refused(FieldError(field: "", message: "Tài khoản “xem” không được hoàn tác."))))
            } else {
                state = update(state, .changeFinished(outcome { try database.undoLast(by: editor) }))
            }
        }
        if let request = state.importRequest {
            state.importRequest = nil
            switch request {
            case .plan(let kind, let path):
                do {
                    let plan = try database.importPlan(kind, file: PathCompletion.expand(path), today: state.today,
                                                       progress: busy(state, "Đang đọc tệp"))
                    state = update(state, .loaded(.importPlan(path: path, plan)))
                } catch {
                    state.message = Self.message(for: error)
                }
            case .write(let plan):
                if let refusal = state.role.refusal(.records) {
                    state.message = refusal
                } else {
                    let progress = busy(state, "Đang nhập")
                    state = update(state, .changeFinished(outcome { try database.applyImport(plan, today: state.today, by: editor,
                                                                                                progress: progress) }))
                }
            }
        }
        if let request = state.documentRequest {
            state.documentRequest = nil
            write(request, &state)
        }
        // Each read answers its request, so this ends; the bound only guards against a bug.
        for _ in 0..<4 {
            guard let request = state.loadRequest else { break }
            state = update(state, .loaded(load(request)))
        }
        return state
    }

    /// The round's standing proposals by the council's ranking, with the members and attendance.
    private func meetingFacts(_ roundID: Int64) throws -> MeetingFacts {
        let data = try database.dashboard()
        guard let round = data.rounds.first(where: { $0.id == roundID }) else { throw StoreError.conflict }
        let awards = try database.awards(round: roundID)
        // What the Chairman has decided is not voted on again.
        let rows = awards.rows.filter { !$0.proposal.withdrawn && $0.proposal.decision == nil }.sorted { ($0.councilTotal ?? -1) > ($1.councilTotal ?? -1) }
        var ranks: [ScoringGroup: RankTable] = [:]
        for group in Set(rows.map(\.group)) { ranks[group] = try database.rankTable(round: roundID, group: group) }
        let settings = try database.settings()
        var facts = MeetingFacts(round: round, rows: rows, ranks: ranks, members: settings.councilMembers,
                                 meeting: try database.meeting(round: roundID), bands: data.bands, use: awards.use,
                                 threshold: settings.voteThreshold)
        for row in rows {
            facts.sheets[row.proposal.id] = try database.sheets(round: roundID, subject: row.proposal.subject, id: row.proposal.subjectID)
            facts.templates[row.group] = data.template(round: roundID, group: row.group)
        }
        return facts
    }

    /// Writes the document into `van-ban/` beside the database, named by the database and the
    /// document; a decision round writes each of its decisions (and their certificates) to a file
    /// of its own. A file already there is asked about first: replaced, or kept with the new one
    /// under the next free name.
    private func write(_ request: DocumentRequest, _ state: inout AppState) {
        let round = request.roundID.flatMap { id in state.data.rounds.first { $0.id == id } }
        let folder = URL(fileURLWithPath: database.path).deletingLastPathComponent().appendingPathComponent("van-ban")
        let code = round?.code ?? String(request.year)
        do {
            let templates = try DocumentTemplates(settings: try database.settings())
            var numbers: [String?] = [nil]
            if let round, request.kind == .decision || request.kind == .certificates {
                let acts = try database.decisions(round: round.id)
                if !acts.isEmpty { numbers = acts.map(\.number) }
            }
            let files = numbers.map { folder.appendingPathComponent(request.kind.fileName(database: database.path, code: code, decision: $0)) }
            let existing = files.filter { FileManager.default.fileExists(atPath: $0.path) }
            if request.existing == .ask, !existing.isEmpty {
                let names = existing.map(\.lastPathComponent).joined(separator: ", ")
                state.confirmation = Confirmation(question: "Thư mục van-ban đã có \(names). Thay tệp cũ (mọi sửa trong tệp sẽ mất)?",
                                                  document: request)
                return
            }
            var written: [String] = []
            for (number, wanted) in zip(numbers, files) {
                let data = try database.document(request.kind, year: request.year, round: round, decision: number, today: state.today,
                                                 templates: templates, writing: try database.reportWriting(year: request.year))
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let file = request.existing == .replace ? wanted : DocumentKind.freePath(wanted)
                try data.write(to: file, options: .atomic)
                written.append(file == wanted ? file.path : "\(file.path) (tệp cũ cùng tên giữ nguyên)")
                // Who took which document out, in the trail (the documents name people).
                if (try? database.record(.document, request.kind.disclosed(round: round, year: request.year, decision: number),
                                         to: file.path, by: Editor(session: session, who: state.officer))) == nil {
                    written[written.count - 1] += " (chưa ghi được vào nhật ký)"
                }
            }
            state.message = "Đã ghi “\(request.kind.title)” vào " + written.joined(separator: "; ") + "."
        } catch let error as StoreError {
            state.message = error.message
        } catch {
            state.message = "Không ghi được vào \(folder.path): thư mục không cho ghi."
        }
    }

    /// The one check of a change against the signed-in account's role before it reaches
    /// Storage; before anyone signs in, only the first administrator may be made.
    private func refusal(_ change: Change, _ state: AppState) -> String? {
        guard state.account != nil else {
            if case .saveAccount(let account, _) = change, account.role == .admin, (try? database.accounts().isEmpty) == true {
                return nil
            }
            return "Hãy đăng nhập trước."
        }
        return state.role.refusal(change.kind)
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
            case .signIn(let request):
                return .signIn(request, try database.signIn(account: request.accountID, pin: request.pin, newPin: request.newPin))
            case .presentation(let today):
                return .presentation(try database.presentationFacts(today: today))
            case .accounts:
                return .accounts(try database.allAccounts())
            case .settings:
                return .settings(try database.settings())
            case .meeting(let roundID):
                return .meeting(try meetingFacts(roundID))
            case .pathCompletion(let text):
                return .completion(PathCompletion.complete(text))
            case .reportWriting(let year):
                return .reportWriting(year: year, try database.reportWriting(year: year))
            case .preferences(let officer):
                let kept = try database.inputPreference(officer: officer)
                return .preferences(officer: officer, kind: kept?.kind, modernTone: kept?.modernTone ?? true, found: kept != nil)
            case .history(let target):
                switch target {
                case .cell(let cell, _): return .history(target, try database.history(of: cell))
                case .proposal(let id, _): return .history(target, try database.history(ofProposal: id))
                case .record(let entity, let id, _): return .history(target, try database.history(of: entity, id: id))
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
