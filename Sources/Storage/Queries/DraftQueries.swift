import GRDB

/// Forms being filled, kept per account as the UI encodes them (JSON), so a form the program
/// died under is offered back at the next sign-in. A draft is not a record: not audited.
extension AppDatabase {
    public func saveDraft(account: Int64, title: String, form: String) throws {
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO draft (account_id, title, form, saved_at) VALUES (?, ?, ?, ?)",
                           arguments: [account, title, form, timestamp()])
        }
    }

    public func draft(account: Int64) throws -> String? {
        try read { try String.fetchOne($0, sql: "SELECT form FROM draft WHERE account_id = ?", arguments: [account]) }
    }

    public func deleteDraft(account: Int64) throws {
        try write { try $0.execute(sql: "DELETE FROM draft WHERE account_id = ?", arguments: [account]) }
    }
}
