/// What an individual is in the movement, as the plan lists them.
public enum PersonKind: String, Sendable, CaseIterable, Codable {
    case canBo = "can_bo"
    case congChuc = "cong_chuc"
    case vienChuc = "vien_chuc"
    case nguoiLaoDong = "nguoi_lao_dong"
    case dangVien = "dang_vien"
    case nhanDan = "nhan_dan"
    case khac

    public var title: String {
        switch self {
        case .canBo: return "Cán bộ"
        case .congChuc: return "Công chức"
        case .vienChuc: return "Viên chức"
        case .nguoiLaoDong: return "Người lao động"
        case .dangVien: return "Đảng viên"
        case .nhanDan: return "Nhân dân"
        case .khac: return "Người đóng góp khác"
        }
    }
}

/// Whom an individual is, as the báo cáo thành tích asks (Ông/Bà).
public enum Gender: String, Sendable, CaseIterable, Codable {
    case nam, nu

    public var title: String { self == .nam ? "Nam" : "Nữ" }

    /// "Nam", "Nữ", "Ông", "Bà", "M", "F" as lists write them.
    public init?(typed text: String) {
        switch VietText.fold(VietText.normalize(text)) {
        case "nam", "ong", "m", "male": self = .nam
        case "nu", "ba", "f", "female": self = .nu
        default: return nil
        }
    }
}

/// An individual taking part, usually under a unit.
public struct Person: Sendable, Equatable, Identifiable, Codable {
    public var id: Int64
    public var name: String
    public var unitID: Int64?
    public var position: String
    public var kind: PersonKind
    public var phone: String
    public var archived: Bool
    /// The day they joined the movement.
    public var joinedOn: Day
    /// For the báo cáo thành tích; personal data (Nghị định 13/2023/NĐ-CP), optional.
    public var bornOn: Day?
    public var gender: Gender?
    /// Bumped by every save; a save from an older read is refused.
    public var version: Int

    public init(id: Int64 = 0, name: String, unitID: Int64?, position: String = "", kind: PersonKind = .canBo,
                phone: String = "", archived: Bool = false, joinedOn: Day = Plan.movementStart, version: Int = 1,
                bornOn: Day? = nil, gender: Gender? = nil) {
        self.joinedOn = joinedOn
        self.bornOn = bornOn
        self.gender = gender
        self.id = id
        self.name = name
        self.unitID = unitID
        self.position = position
        self.kind = kind
        self.phone = phone
        self.archived = archived
        self.version = version
    }

    public static let maxNameWidth = 80
    public static let maxPositionWidth = 80

    /// Checks a person before saving; an empty list means it may be saved.
    public func validationErrors() -> [FieldError] {
        var errors: [FieldError] = []
        let name = VietText.normalize(self.name)
        if name.isEmpty {
            errors.append(FieldError(field: "name", message: "Họ tên không được để trống."))
        } else if VietText.displayWidth(name) > Person.maxNameWidth {
            errors.append(FieldError(field: "name", message: "Họ tên quá dài (tối đa \(Person.maxNameWidth) ký tự)."))
        }
        if VietText.displayWidth(VietText.normalize(position)) > Person.maxPositionWidth {
            errors.append(FieldError(field: "position", message: "Chức vụ quá dài (tối đa \(Person.maxPositionWidth) ký tự)."))
        }
        if let error = PhoneRule.error(phone) { errors.append(error) }
        if let error = Plan.movementDateError(joinedOn, field: "joined", what: "Ngày tham gia") { errors.append(error) }
        if let bornOn, bornOn.year < 1900 || bornOn > joinedOn {
            errors.append(FieldError(field: "born", message: "Ngày sinh phải từ năm 1900 đến trước ngày tham gia."))
        }
        return errors
    }
}
