/// What an import brings in: a list the commune already keeps in Excel or CSV.
public enum ImportKind: String, Sendable, CaseIterable, Codable {
    case units, people, initiatives

    public var title: String {
        switch self {
        case .units: return "tập thể"
        case .people: return "cá nhân"
        case .initiatives: return "sáng kiến"
        }
    }

    /// The columns of this kind, found by their headers.
    public var columns: [ImportColumn] {
        switch self {
        case .units:
            return [
                ImportColumn(.name, required: true, "Tên đơn vị", "Đơn vị", "Tên", "Tên tập thể", "Tập thể", "Tên cơ quan"),
                ImportColumn(.group, required: true, "Nhóm", "Nhóm thi đua", "Loại"),
                ImportColumn(.head, "Người đứng đầu", "Thủ trưởng", "Trưởng xóm", "Lãnh đạo", "Giám đốc", "Chủ tịch", "Trưởng"),
                ImportColumn(.phone, "Điện thoại", "Số điện thoại", "SĐT", "ĐT", "Di động"),
                ImportColumn(.joined, "Ngày tham gia", "Tham gia", "Ngày đăng ký tham gia"),
                ImportColumn(.archived, "Lưu trữ", "Đã lưu trữ"),
                ImportColumn(.id, "Mã"),
            ]
        case .people:
            return [
                ImportColumn(.name, required: true, "Họ và tên", "Họ tên", "Tên", "Họ, tên"),
                ImportColumn(.unit, "Đơn vị", "Tên đơn vị", "Cơ quan", "Xóm", "Nơi công tác"),
                ImportColumn(.position, "Chức vụ", "Chức danh"),
                ImportColumn(.kind, "Đối tượng", "Loại đối tượng", "Thành phần"),
                ImportColumn(.phone, "Điện thoại", "Số điện thoại", "SĐT", "ĐT", "Di động"),
                ImportColumn(.joined, "Ngày tham gia", "Tham gia"),
                ImportColumn(.born, "Ngày sinh", "Ngày, tháng, năm sinh", "Năm sinh"),
                ImportColumn(.gender, "Giới tính", "Ông/Bà", "Nam/Nữ", "Giới"),
                ImportColumn(.archived, "Lưu trữ", "Đã lưu trữ"),
                ImportColumn(.id, "Mã"),
            ]
        case .initiatives:
            return [
                ImportColumn(.title, required: true, "Sáng kiến, mô hình", "Tên sáng kiến", "Sáng kiến", "Mô hình", "Tên mô hình"),
                ImportColumn(.owner, required: true, "Chủ trì", "Đơn vị", "Tác giả", "Người thực hiện"),
                ImportColumn(.area, required: true, "Nội dung", "Nội dung (a-h)", "Nội dung (a–h)"),
                ImportColumn(.started, "Bắt đầu", "Ngày bắt đầu"),
                ImportColumn(.status, "Trạng thái", "Tình trạng"),
                ImportColumn(.sector, "Lĩnh vực", "Lĩnh vực ưu tiên"),
                ImportColumn(.recognisedBy, "Công nhận bởi", "Cơ quan công nhận", "Đơn vị công nhận", "Nơi công nhận"),
                ImportColumn(.recognisedOn, "Ngày công nhận"),
                ImportColumn(.id, "Mã"),
            ]
        }
    }
}

/// A field an import fills.
public enum ImportField: String, Sendable, CaseIterable, Codable {
    case name, group, head, phone, joined, unit, position, kind, title, owner, area, started, status, born, gender, archived
    /// An initiative's priority sector and its recognition (raw values as Model's field errors name them).
    case sector, recognisedBy, recognisedOn
    /// HaiAn's own id ("Mã" in its exports): a row that carries one updates that record, so a
    /// list with namesakes reads back.
    case id
}

/// A column: its field, whether a file must have it, and the headers people write for it.
public struct ImportColumn: Sendable, Equatable {
    public let field: ImportField
    public let required: Bool
    public let headers: [String]

    init(_ field: ImportField, required: Bool = false, _ headers: String...) {
        self.field = field
        self.required = required
        self.headers = headers
    }

    /// The header as the column is named in messages.
    public var name: String { headers[0] }

    /// Whether a header cell names this column: case, marks' form, spaces and a trailing
    /// "(*)" or ":" do not count; tones do, as in names.
    func matches(_ header: String) -> Bool { rank(header) != nil }

    /// How good a name of this column the header is: 0 for the first (and fullest) of its
    /// headers; nil when it is none of them.
    func rank(_ header: String) -> Int? {
        let key = ImportColumn.key(header)
        return headers.firstIndex { ImportColumn.key($0) == key }
    }

    static func key(_ header: String) -> String {
        var text = VietText.normalize(header).lowercased()
        for junk in ["(*)", "*", ":"] { text = text.replacingOccurrences(of: junk, with: "") }
        return text.split(separator: " ").joined(separator: " ")
    }
}
