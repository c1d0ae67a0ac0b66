import Foundation
import Model
import Storage

/// Keeps the form being filled in the database, so one the program dies under (a kill, a
/// power cut) is offered back at the account's next sign-in.
struct DraftKeeper {
    let database: AppDatabase
    private var saved: FormState?
    private var offeredTo: Int64?

    init(database: AppDatabase) { self.database = database }

    /// The form worth keeping: one with something typed, also while the screen is locked.
    static func pending(_ state: AppState) -> FormState? {
        guard var form = state.lockedForm ?? state.form, form.dirty, !form.blocksTheApp, !form.onlyChooses else { return nil }
        // A PIN is never written down, not even in a draft: it is typed again.
        for index in form.fields.indices where form.fields[index].kind == .secret { form.fields[index].text = "" }
        return form
    }

    /// Writes the form as it stands (called when idle, so typing costs no write per key);
    /// with `onlyDeletions`, only forgets a draft whose form is gone (saved or dropped) —
    /// at once, so a saved form is never offered back.
    mutating func sync(_ state: AppState, onlyDeletions: Bool = false) {
        guard let account = state.account, state.confirmation?.draft == nil else { return }
        let pending = Self.pending(state)
        guard pending != saved, pending == nil || !onlyDeletions else { return }
        if let pending, let json = try? String(decoding: JSONEncoder().encode(pending), as: UTF8.self) {
            try? database.saveDraft(account: account.id, title: pending.title, form: json)
        } else {
            try? database.deleteDraft(account: account.id)
        }
        saved = pending
    }

    /// Once per account after it signs in: a draft left from before is offered back.
    mutating func offer(_ state: inout AppState) {
        guard let account = state.account, offeredTo != account.id else { return }
        offeredTo = account.id
        guard state.form == nil, let json = try? database.draft(account: account.id),
              let form = try? JSONDecoder().decode(FormState.self, from: Data(json.utf8)) else { return }
        saved = form
        state.confirmation = Confirmation(question: "“\(form.title)” chưa lưu khi chương trình dừng lần trước. Mở lại?", draft: form)
    }
}
