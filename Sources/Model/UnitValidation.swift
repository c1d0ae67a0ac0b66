/// A problem with one field of a form, worded for the officer.
public struct FieldError: Equatable, Sendable {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

extension Unit {
    public static let maxNameWidth = 120
    public static let maxPhoneLength = 20

    /// Checks a unit before it is saved; an empty list means it may be saved.
    /// `existingNames` are the normalised names of the other active units.
    public func validationErrors(existingNames: Set<String> = []) -> [FieldError] {
        var errors: [FieldError] = []
        let name = VietText.normalize(self.name)
        if name.isEmpty {
            errors.append(FieldError(field: "name", message: "Tên đơn vị không được để trống."))
        } else if VietText.displayWidth(name) > Unit.maxNameWidth {
            errors.append(FieldError(field: "name", message: "Tên quá dài (tối đa \(Unit.maxNameWidth) ký tự)."))
        } else if existingNames.contains(VietText.fold(name)) {
            errors.append(FieldError(field: "name", message: "Đã có đơn vị tên “\(name)”."))
        }
        let phone = VietText.normalize(self.phone)
        if !phone.allSatisfy({ $0.isASCII && ($0.isNumber || " +-().".contains($0)) }) {
            errors.append(FieldError(field: "phone", message: "Số điện thoại chỉ gồm chữ số, dấu cách và + - ( )."))
        } else if phone.count > Unit.maxPhoneLength {
            errors.append(FieldError(field: "phone", message: "Số điện thoại quá dài (tối đa \(Unit.maxPhoneLength) ký tự)."))
        }
        if VietText.displayWidth(VietText.normalize(head)) > Unit.maxNameWidth {
            errors.append(FieldError(field: "head", message: "Tên người đứng đầu quá dài."))
        }
        return errors
    }
}
