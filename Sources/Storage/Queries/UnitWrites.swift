import GRDB
import Model

extension AppDatabase {
    /// Validates and inserts a unit in one transaction; returns it with its id. The change is
    /// committed (WAL) before this returns, so the screen may then say it is saved.
    public func createUnit(_ unit: Unit) throws -> Unit {
        do {
            return try pool.write { db in
                let taken = Set(try String.fetchAll(db, sql: "SELECT name_fold FROM unit WHERE archived = 0"))
                if let error = unit.validationErrors(existingNames: taken).first {
                    throw StoreError.invalid(error)
                }
                var record = UnitRecord(unit, now: timestamp())
                try record.insert(db)
                return record.model
            }
        } catch let error as DatabaseError {
            throw AppDatabase.translate(error, path: path)
        }
    }
}
