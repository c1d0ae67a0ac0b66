/// A problem with one field of a form, worded for the officer.
public struct FieldError: Error, Equatable, Sendable {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

extension Unit {
    public static let maxNameWidth = 120

    /// Checks a unit before it is saved; an empty list means it may be saved.
    /// `existingNames` are the `nameKey`s of the other active units of the same group.
    public func validationErrors(existingNames: Set<String> = []) -> [FieldError] {
        var errors: [FieldError] = []
        let name = VietText.normalize(self.name)
        if name.isEmpty {
            errors.append(FieldError(field: "name", message: "Tên đơn vị không được để trống."))
        } else if VietText.displayWidth(name) > Unit.maxNameWidth {
            errors.append(FieldError(field: "name", message: "Tên quá dài (tối đa \(Unit.maxNameWidth) ký tự)."))
        } else if existingNames.contains(Unit.nameKey(name)) {
            errors.append(FieldError(field: "name", message: "Đã có đơn vị tên “\(name)” trong nhóm \(group.rawValue)."))
        }
        if let error = PhoneRule.error(phone) { errors.append(error) }
        if VietText.displayWidth(VietText.normalize(head)) > Unit.maxNameWidth {
            errors.append(FieldError(field: "head", message: "Tên người đứng đầu quá dài."))
        }
        if let error = Plan.movementDateError(joinedOn, field: "joined", what: "Ngày tham gia") { errors.append(error) }
        return errors
    }

    /// What makes two names the same: case and Unicode form do not count, tones do
    /// ("Xóm Hạ An" and "Xóm Hà An" are two hamlets).
    public static func nameKey(_ name: String) -> String { VietText.normalize(name).lowercased() }
}
