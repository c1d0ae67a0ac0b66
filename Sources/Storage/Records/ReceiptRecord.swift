import GRDB
import Model

/// A row of `report_receipt`; no unit means Phòng VH-XH's compiled report.
struct ReceiptRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "report_receipt"

    var id: Int64?
    var slotId: Int
    var unitId: Int64?
    var receivedOn: String
    var receivedBy: String
    var note: String
    var attachment: String
    var version: Int
    var createdAt: String
    var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case id, note, attachment, version
        case slotId = "slot_id", unitId = "unit_id", receivedOn = "received_on", receivedBy = "received_by"
        case createdAt = "created_at", updatedAt = "updated_at"
    }

    init(_ receipt: Receipt, now: String) {
        id = receipt.id == 0 ? nil : receipt.id
        slotId = receipt.slotID
        unitId = receipt.unitID
        receivedOn = receipt.receivedOn.iso
        receivedBy = VietText.normalize(receipt.receivedBy)
        note = VietText.normalize(receipt.note)
        attachment = VietText.normalize(receipt.attachment)
        version = receipt.version
        createdAt = now
        updatedAt = now
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func model() throws -> Receipt {
        Receipt(id: id ?? 0, slotID: slotId, unitID: unitId, receivedOn: try day(receivedOn), receivedBy: receivedBy,
                note: note, attachment: attachment, version: version)
    }
}
