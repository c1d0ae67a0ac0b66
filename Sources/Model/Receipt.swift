/// A report received by Phòng VH-XH: which slot, from which unit (none for VH-XH's own
/// compiled report), on which day, by whom, with a note and where the document is filed.
public struct Receipt: Sendable, Equatable, Identifiable, Codable {
    public var id: Int64
    public var slotID: Int
    /// Nil for the compiled report, which Phòng VH-XH itself sends.
    public var unitID: Int64?
    public var receivedOn: Day
    public var receivedBy: String
    public var note: String
    /// Where the document is: a dispatch number, a file name, a shelf.
    public var attachment: String
    /// Bumped by every save; a save from an older read is refused.
    public var version: Int

    public init(id: Int64 = 0, slotID: Int, unitID: Int64?, receivedOn: Day, receivedBy: String = "",
                note: String = "", attachment: String = "", version: Int = 1) {
        self.id = id
        self.slotID = slotID
        self.unitID = unitID
        self.receivedOn = receivedOn
        self.receivedBy = receivedBy
        self.note = note
        self.attachment = attachment
        self.version = version
    }

    public static let maxNoteWidth = 200
    public static let maxAttachmentWidth = 120

    /// A receipt is dated inside the movement and not after `today` (it has to have come);
    /// the texts stay within their limits.
    public func validationErrors(today: Day) -> [FieldError] {
        var errors: [FieldError] = []
        if let error = Plan.movementDateError(receivedOn, field: "date", what: "Ngày nhận") {
            errors.append(error)
        } else if receivedOn > today {
            errors.append(FieldError(field: "date", message: "Ngày nhận sau hôm nay (\(today.display)): chưa thể nhận."))
        }
        let limits = [("by", receivedBy, Person.maxNameWidth, "Người nhận"), ("note", note, Receipt.maxNoteWidth, "Ghi chú"),
                      ("attachment", attachment, Receipt.maxAttachmentWidth, "Nơi lưu văn bản")]
        for (field, text, limit, label) in limits where VietText.displayWidth(VietText.normalize(text)) > limit {
            errors.append(FieldError(field: field, message: "\(label) quá dài (tối đa \(limit) ký tự)."))
        }
        return errors
    }
}
