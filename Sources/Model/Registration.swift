/// What a registration covers: one year of the movement, or one phase.
public enum RegistrationTerm: Hashable, Sendable {
    case year(Int)
    case phase(Int)

    /// Stored code: "2026", or "gd1" / "gd2".
    public var code: String {
        switch self {
        case .year(let year): return String(year)
        case .phase(let phase): return "gd\(phase)"
        }
    }

    public init?(code: String) {
        if code.hasPrefix("gd"), let phase = Int(code.dropFirst(2)), Plan.phases.contains(where: { $0.id == phase }) {
            self = .phase(phase)
        } else if let year = Int(code), Plan.years.contains(year) {
            self = .year(year)
        } else {
            return nil
        }
    }

    public var title: String {
        switch self {
        case .year(let year): return "Năm \(year)"
        case .phase(let phase): return Plan.phases.first { $0.id == phase }.map { "\($0.name) (\($0.yearsLabel))" } ?? "Giai đoạn \(phase)"
        }
    }

    /// Every term one can register for, in the order a form offers them.
    public static let all: [RegistrationTerm] = Plan.years.map { .year($0) } + Plan.phases.map { .phase($0.id) }
}

/// A unit's or a person's đăng ký thi đua: when, for what term, and what they commit to.
public struct Registration: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var unitID: Int64?
    public var personID: Int64?
    public var term: RegistrationTerm
    public var registeredOn: Day
    public var commitments: String
    public var areas: [ContentArea]

    public init(id: Int64 = 0, unitID: Int64? = nil, personID: Int64? = nil, term: RegistrationTerm,
                registeredOn: Day, commitments: String = "", areas: [ContentArea] = []) {
        self.id = id
        self.unitID = unitID
        self.personID = personID
        self.term = term
        self.registeredOn = registeredOn
        self.commitments = commitments
        self.areas = areas
    }

    public static let maxCommitmentsWidth = 500

    /// Checks a registration; the date must fall inside the movement.
    public func validationErrors() -> [FieldError] {
        var errors: [FieldError] = []
        if unitID == nil && personID == nil {
            errors.append(FieldError(field: "owner", message: "Chưa chọn đơn vị hay cá nhân đăng ký."))
        }
        if let error = Plan.movementDateError(registeredOn, field: "date", what: "Ngày đăng ký") { errors.append(error) }
        if VietText.displayWidth(VietText.normalize(commitments)) > Registration.maxCommitmentsWidth {
            errors.append(FieldError(field: "commitments",
                                     message: "Nội dung cam kết quá dài (tối đa \(Registration.maxCommitmentsWidth) ký tự)."))
        }
        return errors
    }
}

extension ContentArea {
    /// Reads letters such as "a, c g" or "acg"; nil names the first letter that is not an area.
    public static func parseList(_ text: String) -> Result<[ContentArea], FieldError> {
        var areas: [ContentArea] = []
        for character in text.lowercased() where !(character == "," || character == " " || character == ";") {
            guard let area = ContentArea(rawValue: String(character)) else {
                return .failure(FieldError(field: "areas", message: "“\(character)” không phải nội dung nào (a b c d e g h)."))
            }
            if !areas.contains(area) { areas.append(area) }
        }
        return .success(areas.sorted { $0.rawValue < $1.rawValue })
    }

    /// "a, c, g" for a list of areas.
    public static func label(_ areas: [ContentArea]) -> String { areas.map(\.rawValue).joined(separator: ", ") }
}

extension Plan {
    public static var movementStart: Day { phases[0].start }
    public static var movementEnd: Day { phases[phases.count - 1].end }

    /// A message when `day` falls outside the movement's span.
    public static func movementDateError(_ day: Day, field: String, what: String) -> FieldError? {
        guard day < movementStart || day > movementEnd else { return nil }
        return FieldError(field: field, message: "\(what) phải trong thời gian phong trào (\(movementStart.display) – \(movementEnd.display)).")
    }
}
