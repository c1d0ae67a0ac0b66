/// What an account may do on the shared workstation.
public enum Role: String, CaseIterable, Sendable, Codable {
    case admin = "quan_tri"
    case officer = "can_bo"
    case council = "hoi_dong"
    case chairman = "chu_tich"
    case viewer = "xem"

    public var title: String {
        switch self {
        case .admin: return "quản trị"
        case .officer: return "cán bộ"
        case .council: return "hội đồng"
        case .chairman: return "chủ tịch"
        case .viewer: return "xem"
        }
    }

    /// The one table of who may do what.
    public var allowed: Set<ChangeKind> {
        switch self {
        // The commune's administrator also stands in for any role; the trail names who did what.
        case .admin: return Set(ChangeKind.allCases)
        case .officer: return [.records, .selfScores, .propose]
        case .council: return [.councilScores, .templates, .propose, .appraise, .vote]
        case .chairman: return [.decide]
        case .viewer: return []
        }
    }

    /// Why this role may not do `kind`, in words; nil when it may.
    public func refusal(_ kind: ChangeKind) -> String? {
        allowed.contains(kind) ? nil : "Tài khoản “\(title)” không được \(kind.verb)."
    }
}

/// The kinds of change the roles are granted.
public enum ChangeKind: Sendable, Hashable, CaseIterable {
    /// Units, people, registrations, initiatives, reports received, activities.
    case records
    case selfScores, councilScores
    /// Criteria templates and bands.
    case templates
    /// Quotas and other settings.
    case settings
    case propose, appraise, vote, decide
    case accounts

    public var verb: String {
        switch self {
        case .records: return "nhập, sửa dữ liệu đơn vị, cá nhân, báo cáo, hoạt động"
        case .selfScores: return "nhập điểm tự chấm"
        case .councilScores: return "chấm điểm của Hội đồng"
        case .templates: return "sửa bộ tiêu chí, ngưỡng xếp loại"
        case .settings: return "sửa chỉ tiêu, cài đặt"
        case .propose: return "lập, sửa, rút đề nghị khen thưởng"
        case .appraise: return "thẩm định đề nghị"
        case .vote: return "ghi biểu quyết của Hội đồng"
        case .decide: return "ghi quyết định của Chủ tịch"
        case .accounts: return "quản lý tài khoản"
        }
    }
}

extension ProposalStep {
    public var kind: ChangeKind {
        switch self {
        case .propose: return .propose
        case .appraise: return .appraise
        case .vote: return .vote
        case .decide: return .decide
        }
    }
}

extension Change {
    /// What kind of change this is, for the role check.
    public var kind: ChangeKind {
        switch self {
        case .saveUnit, .setUnitArchived, .savePerson, .setPersonArchived, .register, .saveInitiative,
             .setInitiativeArchived, .saveReceipt, .removeReceipt, .saveActivity, .setActivityArchived, .saveReportWriting:
            return .records
        case .setScore(let cell, _, _): return cell.assessor == .council ? .councilScores : .selfScores
        case .saveCriterion, .removeCriterion, .saveBands: return .templates
        case .setQuota, .saveSettings: return .settings
        case .saveProposal(_, let step, _): return step.kind
        case .saveMeeting: return .vote
        case .saveAccount: return .accounts
        }
    }
}

/// A person who signs in: a name, a role, and (stored only as a salted slow hash) a PIN.
public struct Account: Sendable, Equatable, Identifiable, Codable {
    public var id: Int64
    public var name: String
    public var role: Role
    public var archived: Bool
    public var version: Int

    public init(id: Int64 = 0, name: String, role: Role, archived: Bool = false, version: Int = 1) {
        self.id = id
        self.name = name
        self.role = role
        self.archived = archived
        self.version = version
    }

    /// Four digits fall to a copied file in under a minute; six take a hundred times longer.
    public static let pinLengths = 6...12

    /// A PIN set when four digits were enough still opens its account; the sign-in then asks
    /// for a new one.
    public static func pinIsTooShort(_ pin: String) -> Bool { pin.count < pinLengths.lowerBound }

    /// A name, and a PIN of 6 to 12 digits typed the same twice (nil PIN: keep the current one).
    public func validationErrors(pin: String?, repeated: String?) -> [FieldError] {
        var errors: [FieldError] = []
        let name = VietText.normalize(self.name)
        if name.isEmpty || VietText.displayWidth(name) > 60 {
            errors.append(FieldError(field: "name", message: "Tên từ 1 đến 60 ký tự."))
        }
        if let pin {
            if !Self.pinLengths.contains(pin.count) || !pin.allSatisfy({ $0.isASCII && $0.isNumber }) {
                errors.append(FieldError(field: "pin", message: "Mã PIN gồm \(Self.pinLengths.lowerBound) đến \(Self.pinLengths.upperBound) chữ số."))
            } else if let repeated, repeated != pin {
                errors.append(FieldError(field: "repeat", message: "Hai lần nhập mã PIN không giống nhau."))
            }
        }
        return errors
    }

    /// Wrong PINs in a row that lock an officer's account until an administrator gives it a new
    /// PIN; an administrator's own, which no one else may be there to unlock, locks after more
    /// and opens again by itself an hour later. Other accounts are never touched: the real
    /// officer beside a guesser signs in to their own.
    public static let lockAfter = 5
    public static let adminLockAfter = 10
    public static let adminLockSeconds = 3600

    /// Why this account may not try a PIN now, if it may not.
    public func lock(failures: Int, secondsSinceLastFailure: Int) -> SignInResult? {
        if role == .admin {
            guard failures >= Self.adminLockAfter else { return nil }
            let left = Self.adminLockSeconds - secondsSinceLastFailure
            return left > 0 ? .mustWait(seconds: left) : nil
        }
        return failures >= Self.lockAfter ? .locked : nil
    }

    /// Tries left before the lock, after `failures` wrong PINs in a row.
    public func triesLeft(afterFailures failures: Int) -> Int {
        max(0, (role == .admin ? Self.adminLockAfter : Self.lockAfter) - failures)
    }
}

/// How a sign-in ended.
public enum SignInResult: Equatable, Sendable {
    case signedIn(Account)
    /// A wrong PIN; `left` tries before the account is locked.
    case wrongPin(left: Int)
    /// An administrator's account after too many wrong PINs: it opens again in `seconds`.
    case mustWait(seconds: Int)
    /// An officer's account after too many wrong PINs: an administrator unlocks it (a new PIN).
    case locked
}
