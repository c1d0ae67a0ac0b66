/// Where an initiative or good model stands: proposed, recognised, then replicated commune-wide.
public enum InitiativeStatus: String, Sendable, CaseIterable, Comparable, Codable {
    case proposed = "de_xuat"
    case recognised = "cong_nhan"
    case replicated = "nhan_rong"

    public var title: String {
        switch self {
        case .proposed: return "Đề xuất"
        case .recognised: return "Được công nhận"
        case .replicated: return "Nhân rộng toàn xã"
        }
    }

    public static func < (a: InitiativeStatus, b: InitiativeStatus) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A sáng kiến or mô hình hay, owned by a unit or a person.
public struct Initiative: Sendable, Equatable, Identifiable, Codable {
    public var id: Int64
    public var title: String
    public var unitID: Int64?
    public var personID: Int64?
    public var area: ContentArea
    public var sector: PrioritySector?
    public var startedOn: Day?
    public var status: InitiativeStatus
    public var recognisedBy: String
    public var recognisedOn: Day?
    public var archived: Bool
    /// Bumped by every save; a save from an older read is refused.
    public var version: Int

    public init(id: Int64 = 0, title: String, unitID: Int64? = nil, personID: Int64? = nil, area: ContentArea,
                sector: PrioritySector? = nil, startedOn: Day? = nil, status: InitiativeStatus = .proposed,
                recognisedBy: String = "", recognisedOn: Day? = nil, archived: Bool = false, version: Int = 1) {
        self.id = id
        self.title = title
        self.unitID = unitID
        self.personID = personID
        self.area = area
        self.sector = sector
        self.startedOn = startedOn
        self.status = status
        self.recognisedBy = recognisedBy
        self.recognisedOn = recognisedOn
        self.archived = archived
        self.version = version
    }

    public static let maxTitleWidth = 200

    /// Checks an initiative: a title, an owner, dates inside the movement, and a recognition
    /// (who and when) once it is recognised or replicated.
    public func validationErrors() -> [FieldError] {
        var errors: [FieldError] = []
        let title = VietText.normalize(self.title)
        if title.isEmpty {
            errors.append(FieldError(field: "title", message: "Tên sáng kiến không được để trống."))
        } else if VietText.displayWidth(title) > Initiative.maxTitleWidth {
            errors.append(FieldError(field: "title", message: "Tên quá dài (tối đa \(Initiative.maxTitleWidth) ký tự)."))
        }
        if unitID == nil && personID == nil {
            errors.append(FieldError(field: "owner", message: "Chưa có đơn vị hay cá nhân chủ trì."))
        }
        if let startedOn, let error = Plan.movementDateError(startedOn, field: "started", what: "Ngày bắt đầu") {
            errors.append(error)
        }
        if status >= .recognised {
            if VietText.normalize(recognisedBy).isEmpty {
                errors.append(FieldError(field: "recognisedBy", message: "Ghi rõ ai công nhận."))
            } else if VietText.displayWidth(VietText.normalize(recognisedBy)) > Person.maxNameWidth {
                errors.append(FieldError(field: "recognisedBy", message: "Quá dài (tối đa \(Person.maxNameWidth) ký tự)."))
            }
            if let recognisedOn {
                if let error = Plan.movementDateError(recognisedOn, field: "recognisedOn", what: "Ngày công nhận") {
                    errors.append(error)
                } else if let startedOn, recognisedOn < startedOn {
                    errors.append(FieldError(field: "recognisedOn", message: "Ngày công nhận trước ngày bắt đầu."))
                }
            } else {
                errors.append(FieldError(field: "recognisedOn", message: "Ghi ngày công nhận (dd/mm/yyyy)."))
            }
        }
        return errors
    }
}
