import GRDB
import Model

extension AppDatabase {
    /// Validates and commits one change with its audit entry, in one transaction. It is
    /// committed (WAL) before this returns, so the screen may then say it is saved.
    @discardableResult
    public func apply(_ change: Change, by editor: Editor) throws -> ChangeResult {
        try write { db in try Writes.perform(db, change, editor) }
    }
}

extension Writes {
    /// One change inside the caller's transaction (an import runs many in one).
    static func perform(_ db: Database, _ change: Change, _ editor: Editor) throws -> ChangeResult {
        switch change {
        case .saveUnit(let unit): return try Writes.saveUnit(db, unit, editor)
        case .setUnitArchived(let id, let archived): return try Writes.setArchived(db, .unit, id, archived, editor)
        case .savePerson(let person, let unitName): return try Writes.savePerson(db, person, unitName, editor)
        case .setPersonArchived(let id, let archived): return try Writes.setArchived(db, .person, id, archived, editor)
        case .register(let registration): return try Writes.register(db, registration, editor)
        case .saveInitiative(let initiative): return try Writes.saveInitiative(db, initiative, editor)
        case .setInitiativeArchived(let id, let archived):
            return try Writes.setArchived(db, .initiative, id, archived, editor)
        case .saveReceipt(let receipt, let today): return try Writes.saveReceipt(db, receipt, today, editor)
        case .removeReceipt(let id): return try Writes.removeReceipt(db, id, editor)
        case .saveActivity(let activity, let unitName): return try Writes.saveActivity(db, activity, unitName, editor)
        case .setActivityArchived(let id, let archived): return try Writes.setArchived(db, .activity, id, archived, editor)
        case .setScore(let cell, let points, let expected):
            return try Writes.setScore(db, cell, points, expected: expected, editor)
        case .saveCriterion(let round, let group, let index, let criterion):
            return try Writes.saveCriterion(db, round: round, group: group, index: index, criterion, editor)
        case .removeCriterion(let round, let group, let index):
            return try Writes.removeCriterion(db, round: round, group: group, index: index, editor)
        case .saveBands(let minimums): return try Writes.saveBands(db, minimums, editor)
        case .setQuota(let round, let quota): return try Writes.setQuota(db, round: round, quota, editor)
        case .saveProposal(let proposal, let step, let today): return try Writes.saveProposal(db, proposal, step, today, editor)
        case .saveAccount(let account, let pin): return try Writes.saveAccount(db, account, pin: pin, editor)
        case .saveSettings(let settings): return try Writes.saveSettings(db, settings, editor)
        case .saveReportWriting(let year, let writing): return try Writes.saveReportWriting(db, year: year, writing, editor)
        case .saveMeeting(let meeting): return try Writes.saveMeeting(db, meeting, editor)
        }
    }
}

/// The writes behind each `Change`, run inside the caller's transaction.
enum Writes {
    static func saveUnit(_ db: Database, _ unit: Unit, _ editor: Editor) throws -> ChangeResult {
        let taken = try takenNames(db, like: unit.name, group: unit.group.rawValue, excluding: unit.id)
        if let error = unit.validationErrors(existingNames: taken).first { throw StoreError.invalid(error) }
        var record = UnitRecord(unit, now: timestamp())
        let id = try save(db, &record, entity: .unit, editor: editor)
        return ChangeResult(entity: .unit, id: id, message: "Đã lưu đơn vị “\(record.name)”.")
    }

    static func savePerson(_ db: Database, _ person: Person, _ unitName: String, _ editor: Editor) throws -> ChangeResult {
        if let error = person.validationErrors().first { throw StoreError.invalid(error) }
        var person = person
        person.unitID = try unitID(db, named: unitName, current: person.unitID, keeping: storedUnit(db, .person, person.id))
        var record = PersonRecord(person, now: timestamp())
        let id = try save(db, &record, entity: .person, editor: editor)
        return ChangeResult(entity: .person, id: id, message: "Đã lưu “\(record.name)”.")
    }

    static func register(_ db: Database, _ registration: Registration, _ editor: Editor) throws -> ChangeResult {
        if let error = registration.validationErrors().first { throw StoreError.invalid(error) }
        let owner = try ownerName(db, unitID: registration.unitID, personID: registration.personID, new: "đăng ký thi đua")
        var record = RegistrationRecord(registration, now: timestamp())
        let ownerColumn = registration.unitID != nil ? "unit_id" : "person_id"
        if let existing = try RegistrationRecord.filter(sql: "\(ownerColumn) = ? AND term = ?",
                                                        arguments: [registration.unitID ?? registration.personID, record.term]).fetchOne(db) {
            record.id = existing.id
            record.version = existing.version
            record.createdAt = existing.createdAt
        }
        let id = try save(db, &record, entity: .registration, editor: editor)
        return ChangeResult(entity: .registration, id: id,
                            message: "Đã lưu đăng ký \(registration.term.title.lowercased()) của “\(owner)”.")
    }

    static func saveInitiative(_ db: Database, _ initiative: Initiative, _ editor: Editor) throws -> ChangeResult {
        if let error = initiative.validationErrors().first { throw StoreError.invalid(error) }
        // An archived owner keeps its initiatives (they can still be corrected) but takes no new one.
        _ = try ownerName(db, unitID: initiative.unitID, personID: initiative.personID,
                          new: initiative.id == 0 ? "thêm sáng kiến" : nil)
        var record = InitiativeRecord(initiative, now: timestamp())
        let id = try save(db, &record, entity: .initiative, editor: editor)
        return ChangeResult(entity: .initiative, id: id, message: "Đã lưu sáng kiến “\(record.title)”.")
    }

    static func saveReceipt(_ db: Database, _ receipt: Receipt, _ today: Day, _ editor: Editor) throws -> ChangeResult {
        if let error = receipt.validationErrors(today: today).first { throw StoreError.invalid(error) }
        guard let slot = try ReportSlotRecord.fetchOne(db, key: receipt.slotID)?.model() else { throw StoreError.conflict }
        let sender: String
        if let unitID = receipt.unitID {
            guard let unit = try UnitRecord.fetchOne(db, key: unitID)?.model, slot.isOwed(by: unit.group, joinedOn: unit.joinedOn) else {
                throw StoreError.invalid(FieldError(field: "date", message: "Đơn vị này không phải gửi báo cáo này."))
            }
            sender = unit.name
        } else {
            guard slot.isCompiled else {
                throw StoreError.invalid(FieldError(field: "date", message: "Chỉ báo cáo tổng hợp do Phòng VH-XH gửi."))
            }
            sender = Plan.compilingBody
        }
        var record = ReceiptRecord(receipt, now: timestamp())
        // Someone else recorded it since this screen read it: theirs stands until reloaded.
        if record.id == nil, try ReceiptRecord.filter(sql: "slot_id = ? AND unit_id IS ?", arguments: [receipt.slotID, receipt.unitID])
            .fetchCount(db) > 0 {
            throw StoreError.conflict
        }
        let id = try save(db, &record, entity: .receipt, editor: editor)
        return ChangeResult(entity: .receipt, id: id,
                            message: "Đã ghi nhận “\(slot.title)” của \(sender), ngày \(receipt.receivedOn.display).")
    }

    static func removeReceipt(_ db: Database, _ id: Int64, _ editor: Editor) throws -> ChangeResult {
        guard let before = try Audit.snapshot(db, .receipt, id: id) else { throw StoreError.conflict }
        try db.execute(sql: "DELETE FROM report_receipt WHERE id = ?", arguments: [id])
        try Audit.record(db, editor: editor, entity: .receipt, id: id, action: "delete", before: before)
        return ChangeResult(entity: .receipt, id: id, message: "Đã xoá ghi nhận báo cáo (phím u để hoàn tác).")
    }

    static func saveActivity(_ db: Database, _ activity: Activity, _ unitName: String, _ editor: Editor) throws -> ChangeResult {
        if let error = activity.validationErrors().first { throw StoreError.invalid(error) }
        var activity = activity
        activity.unitID = try unitID(db, named: unitName, current: activity.unitID, keeping: storedUnit(db, .activity, activity.id))
        var record = ActivityRecord(activity, now: timestamp())
        let id = try save(db, &record, entity: .activity, editor: editor)
        return ChangeResult(entity: .activity, id: id, message: "Đã lưu hoạt động “\(record.title)”.")
    }

    static func setArchived(_ db: Database, _ entity: ChangeResult.Entity, _ id: Int64, _ archived: Bool,
                            _ editor: Editor) throws -> ChangeResult {
        guard let before = try Audit.snapshot(db, entity, id: id) else { throw StoreError.conflict }
        if entity == .unit, !archived, let unit = try UnitRecord.fetchOne(db, key: id) {
            if try takenNames(db, like: unit.name, group: unit.groupCode, excluding: id).contains(Unit.nameKey(unit.name)) {
                throw StoreError.invalid(FieldError(field: "name",
                                                    message: "Đã có đơn vị đang hoạt động tên “\(unit.name)” trong nhóm \(unit.groupCode)."))
            }
        }
        try db.execute(sql: "UPDATE \(entity.rawValue) SET archived = ?, version = version + 1, updated_at = ? WHERE id = ?",
                       arguments: [archived, timestamp(), id])
        try Audit.record(db, editor: editor, entity: entity, id: id, action: archived ? "archive" : "restore", before: before)
        let name = Audit.label(before)
        return ChangeResult(entity: entity, id: id, message: archived ? "Đã lưu trữ “\(name)”." : "Đã khôi phục “\(name)”.")
    }

    /// The name keys of the other active units of a group whose names fold like `name`:
    /// candidates come from the indexed folded name, and the rule then compares with tones.
    static func takenNames(_ db: Database, like name: String, group: String, excluding id: Int64) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: """
            SELECT name FROM unit WHERE name_fold = ? AND archived = 0 AND group_code = ? AND id <> ?
            """, arguments: [VietText.fold(VietText.normalize(name)), group, id]).map(Unit.nameKey))
    }

    /// Inserts a new row, or updates one only if nobody saved it since it was read.
    static func save<R: MutablePersistableRecord & VersionedRecord>(
        _ db: Database, _ record: inout R, entity: ChangeResult.Entity, editor: Editor
    ) throws -> Int64 {
        guard let id = record.id else {
            try record.insert(db)
            let id = db.lastInsertedRowID
            try Audit.record(db, editor: editor, entity: entity, id: id, action: "create", before: nil)
            return id
        }
        guard let before = try Audit.snapshot(db, entity, id: id), case .integer(let version) = before["version"],
              version == record.version, case .text(let created) = before["created_at"] else {
            throw StoreError.conflict
        }
        record.version += 1
        record.createdAt = created
        try record.update(db)
        try Audit.record(db, editor: editor, entity: entity, id: id, action: "update", before: before)
        return id
    }

    /// The active unit a typed name means ("" means none): the person's current unit when the
    /// name is still its name (two groups may share a name), else the one whose name matches
    /// with its tones, else the only one whose name matches without them.
    /// The unit a saved person or activity is in now (nil for a new one).
    private static func storedUnit(_ db: Database, _ entity: ChangeResult.Entity, _ id: Int64) throws -> Int64? {
        id == 0 ? nil : try Int64.fetchOne(db, sql: "SELECT unit_id FROM \(entity.rawValue) WHERE id = ?", arguments: [id])
    }

    static func unitID(_ db: Database, named name: String, current: Int64?, keeping kept: Int64? = nil) throws -> Int64? {
        let name = VietText.normalize(name)
        guard !name.isEmpty else { return nil }
        if let current, let row = try Row.fetchOne(db, sql: "SELECT name, archived FROM unit WHERE id = ?", arguments: [current]),
           Unit.nameKey(row["name"]) == Unit.nameKey(name) {
            // The unit chosen is the one meant, even when another has its name. Archived, it
            // keeps what it has (`kept`) but takes nothing new: an active namesake must not
            // receive it without a word.
            guard !(row["archived"] as Bool) || current == kept else {
                throw StoreError.invalid(FieldError(field: "unit", message:
                    "Đơn vị “\(name)” đã lưu trữ: khôi phục đơn vị (phím d) trước khi thêm hay chuyển vào."))
            }
            return current
        }
        let candidates = try Row.fetchAll(db, sql: "SELECT id, name FROM unit WHERE archived = 0 AND name_fold = ?",
                                          arguments: [VietText.fold(name)])
        let exact = candidates.filter { Unit.nameKey($0["name"]) == Unit.nameKey(name) }
        if exact.count == 1 { return exact[0]["id"] }
        if candidates.count == 1 { return candidates[0]["id"] }
        if candidates.isEmpty {
            throw StoreError.invalid(FieldError(field: "unit", message: "Không có đơn vị nào tên “\(name)”."))
        }
        throw StoreError.invalid(FieldError(field: "unit", message: "Nhiều đơn vị cùng tên này; hãy thêm từ chi tiết đơn vị (phím p)."))
    }

    /// The owner's name, checking the unit or person exists.
    /// The owning unit's or person's name. `new` names what is being added: an archived owner
    /// keeps what it has but takes nothing new, as a unit takes no new person.
    private static func ownerName(_ db: Database, unitID: Int64?, personID: Int64?, new: String?) throws -> String {
        let row = try unitID.map { try Row.fetchOne(db, sql: "SELECT name, archived FROM unit WHERE id = ?", arguments: [$0]) }
            ?? personID.map { try Row.fetchOne(db, sql: "SELECT name, archived FROM person WHERE id = ?", arguments: [$0]) }
        guard let row = row ?? nil else {
            throw StoreError.invalid(FieldError(field: "owner", message: "Không tìm thấy đơn vị hay cá nhân này."))
        }
        let name: String = row[0]
        if let new, row[1] as Bool {
            throw StoreError.invalid(FieldError(field: "owner", message:
                "“\(name)” đã lưu trữ: khôi phục (phím d) trước khi \(new)."))
        }
        return name
    }
}

/// A record with an optimistic-locking version and a creation time kept across updates.
protocol VersionedRecord {
    var id: Int64? { get }
    var version: Int { get set }
    var createdAt: String { get set }
}

extension UnitRecord: VersionedRecord {}
extension PersonRecord: VersionedRecord {}
extension RegistrationRecord: VersionedRecord {}
extension InitiativeRecord: VersionedRecord {}
extension ReceiptRecord: VersionedRecord {}
extension ActivityRecord: VersionedRecord {}
extension CriterionRecord: VersionedRecord {}
