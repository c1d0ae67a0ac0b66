import Model
import Storage

/// One field of a form: free text (with a width limit), a date, a whole number in a
/// range, or a choice among labels.
public struct FormField: Equatable, Sendable, Codable {
    public enum Kind: Equatable, Sendable, Codable {
        case text(maxWidth: Int)
        case date
        case integer(ClosedRange<Int>)
        /// Points with a decimal comma or point.
        case decimal(ClosedRange<Double>)
        /// A PIN: digits, shown as dots.
        case secret
        case choice([String])
        /// Several of a closed list, each a one-letter code with its meaning ("a – Lãnh đạo…"):
        /// `text` holds the codes marked ("a, c, g"), `choice` the option under the cursor.
        case marks(codes: [String], titles: [String])
        /// Text typed as it is, never through the input method: a file's path.
        case verbatim(maxWidth: Int)
        /// Several lines of free text, wrapped in `rows` rows; Enter starts a new line.
        case textArea(maxWidth: Int, rows: Int)
    }

    public var key: String
    public var label: String
    public var kind: Kind
    public var text = ""
    public var choice = 0

    public init(key: String, label: String, kind: Kind, text: String = "", choice: Int = 0) {
        self.key = key
        self.label = label
        self.kind = kind
        self.text = text
        self.choice = choice
    }

    /// What the field shows: its text, or the chosen label.
    public var display: String {
        if case .choice(let options) = kind { return options.indices.contains(choice) ? options[choice] : "" }
        if case .secret = kind { return String(repeating: "•", count: text.count) }
        if case .marks = kind { return text.isEmpty ? "—" : text }
        return text
    }

    /// The most columns the text may take; dates are "dd/mm/yyyy".
    public var maxWidth: Int? {
        switch kind {
        case .text(let maxWidth), .textArea(let maxWidth, _), .verbatim(let maxWidth): return maxWidth
        case .date: return 10
        case .integer(let range): return max(String(range.lowerBound).count, String(range.upperBound).count)
        case .decimal: return 5
        case .secret: return Account.pinLengths.upperBound
        case .choice, .marks: return nil
        }
    }

    /// Whether a key may be typed here: digits only in a number, digits and "/" in a date.
    func accepts(_ key: Character) -> Bool {
        switch kind {
        case .text, .textArea, .verbatim: return true
        case .date: return key.isASCII && (key.isNumber || key == "/")
        case .integer(let range): return key.isASCII && (key.isNumber || (key == "-" && range.lowerBound < 0))
        case .decimal: return Points.accepts(key)
        case .secret: return key.isASCII && key.isNumber
        case .choice, .marks: return false
        }
    }

    public var isTyped: Bool { maxWidth != nil }

    /// Free text, where the built-in Telex or VNI composes letters.
    var takesInputMethod: Bool {
        switch kind {
        case .text, .textArea: return true
        default: return false
        }
    }

    /// Marks or unmarks one code of a `.marks` field, keeping the codes in the list's order.
    mutating func toggle(_ index: Int) {
        guard case .marks(let codes, _) = kind, codes.indices.contains(index) else { return }
        var marked = Set(text.split(separator: ",").map { String($0.filter { $0 != " " }) })
        if marked.contains(codes[index]) { marked.remove(codes[index]) } else { marked.insert(codes[index]) }
        text = codes.filter(marked.contains).joined(separator: ", ")
    }

    /// Whether the code at `index` is marked.
    func isMarked(_ index: Int) -> Bool {
        guard case .marks(let codes, _) = kind, codes.indices.contains(index) else { return false }
        return text.split(separator: ",").contains { String($0.filter { $0 != " " }) == codes[index] }
    }
}

/// What a form saves when it is submitted.
public enum FormPurpose: Equatable, Sendable, Codable {
    /// A new unit (id 0) or an edit of this one.
    case unit(Unit)
    case person(Person)
    case registration(unitID: Int64?, personID: Int64?, owner: String)
    case initiative(Initiative, owner: String)
    /// A report received (id 0) or a receipt corrected; the date may not pass `today`.
    case receipt(Receipt, today: Day)
    case activity(Activity)
    /// A criterion added (`index` nil) or edited in a round's group template.
    case criterion(round: Int64, group: ScoringGroup, index: Int?)
    /// The bands' minimums, for the labels given (highest first).
    case bands([String])
    case quota(Round)
    /// Choosing an account and typing its PIN (on start, and to unlock).
    case signIn([Account])
    /// A new account; the first one is the administrator, made on the first start.
    case account(firstAdmin: Bool)
    /// Which account to add or change, from all of them.
    case accountChoice([Account])
    /// An existing account: its name, role, whether it may sign in, a new PIN if typed.
    case accountEdit(Account)
    /// One step of the award flow for a proposal; `today` bounds its dates.
    case proposal(Proposal, step: ProposalStep, today: Day)
    /// A file to import into pane 1's lists (`I`).
    case importFile
    /// The parts of a year's report an officer writes (`W` in pane 3).
    case reportWriting(year: Int)
    /// Which document to write for a year or a round (`D` in panes 3 and 5).
    case documents([DocumentKind], year: Int, roundID: Int64?)
    /// The commune's settings for its documents (quản trị).
    case settings(CommuneSettings)
}


/// A form being filled in: its fields, which has the focus, and what is wrong with them.
public struct FormState: Equatable, Sendable, Codable {
    public var title: String
    public var purpose: FormPurpose
    public var fields: [FormField]
    public var focus = 0
    public var errors: [String: String] = [:]
    public var dirty = false
    public var confirmingCancel = false
    /// A problem that belongs to no one field (the database refused, say).
    public var message: String?

    public init(title: String, purpose: FormPurpose, fields: [FormField]) {
        self.title = title
        self.purpose = purpose
        self.fields = fields
    }

    /// A chooser holds nothing to lose: leaving it asks nothing.
    var onlyChooses: Bool {
        switch purpose {
        case .accountChoice, .documents, .importFile: return true
        default: return false
        }
    }

    /// The sign-in and first-account forms stand between the user and everything else.
    public var blocksTheApp: Bool {
        switch purpose {
        case .signIn, .account(firstAdmin: true): return true
        default: return false
        }
    }

    public func text(_ key: String) -> String { VietText.normalize(fields.first { $0.key == key }?.text ?? "") }
    public func choice(_ key: String) -> Int { fields.first { $0.key == key }?.choice ?? 0 }

    /// The whole number typed in a field, within its range; nil when empty.
    func integer(_ key: String, label: String) -> Result<Int?, FieldError> {
        let text = self.text(key)
        guard case .integer(let range)? = fields.first(where: { $0.key == key })?.kind else { return .success(nil) }
        if text.isEmpty { return .success(nil) }
        guard let value = Int(text), range.contains(value) else {
            return .failure(FieldError(field: key, message: "\(label) phải là số nguyên từ \(range.lowerBound) đến \(range.upperBound)."))
        }
        return .success(value)
    }

    /// The points typed in a field, within its range; nil when empty.
    func decimal(_ key: String, label: String) -> Result<Double?, FieldError> {
        let text = self.text(key)
        guard case .decimal(let range)? = fields.first(where: { $0.key == key })?.kind, !text.isEmpty else { return .success(nil) }
        return Points.parse(text, field: key).flatMap { value in
            range.contains(value) ? .success(value)
                : .failure(FieldError(field: key, message: "\(label) từ \(formatPoints(range.lowerBound)) đến \(formatPoints(range.upperBound))."))
        }
    }

    /// The date typed in a field: nil when empty, an error when not a real dd/mm/yyyy day.
    func date(_ key: String, label: String) -> Result<Day?, FieldError> {
        let text = self.text(key)
        if text.isEmpty { return .success(nil) }
        guard let day = Day(display: text) else {
            return .failure(FieldError(field: key, message: "\(label) không hợp lệ: “\(text)” (ghi dd/mm/yyyy, ngày có thật)."))
        }
        return .success(day)
    }
}
