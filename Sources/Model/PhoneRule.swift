/// The one rule for a contact number, shared by units and people.
public enum PhoneRule {
    public static let maxLength = 20

    static func error(_ raw: String, field: String = "phone") -> FieldError? {
        let phone = VietText.normalize(raw)
        if !phone.allSatisfy({ $0.isASCII && ($0.isNumber || " +-().".contains($0)) }) {
            return FieldError(field: field, message: "Số điện thoại chỉ gồm chữ số, dấu cách và + - ( ).")
        }
        if phone.count > maxLength {
            return FieldError(field: field, message: "Số điện thoại quá dài (tối đa \(maxLength) ký tự).")
        }
        return nil
    }
}
