/// What the commune fills once for the documents it signs and sends: the bodies' names, the
/// signers, each document's symbol, the council's members, the award amounts, the "Nơi nhận"
/// lists. The defaults are the plan's own (its signer, its bodies); the rest is the commune's.
public struct CommuneSettings: Sendable, Equatable, Codable {
    /// The bodies as sentences name them; headings write them in capitals. The superior body
    /// heads the left column of the council's and Phòng VH-XH's documents.
    public var superiorBody = "UBND xã Hải An"
    /// The commune's People's Committee in full, as the decision and certificates name it.
    public var committee = "Ủy ban nhân dân xã Hải An"
    public var cultureOffice = "Phòng Văn hoá - Xã hội"
    public var council = "Hội đồng Thi đua - Khen thưởng"
    /// The place in the date line: "Hải An, ngày … tháng … năm …".
    public var place = "Hải An"
    public var province = "Ninh Bình"
    public var chairman = "Bùi Tiến Hùng"
    public var councilChair = "Bùi Tiến Hùng"
    public var councilSecretary = ""
    public var cultureHead = ""
    public var reportSymbol = "BC-VHXH"
    public var proposalSymbol = "TTr-HĐTĐKT"
    public var minutesSymbol = "BB-HĐTĐKT"
    public var decisionSymbol = "QĐ-UBND"
    /// The plan the decision names among its grounds.
    public var planReference = "Kế hoạch phát động Phong trào thi đua “Đổi mới sáng tạo và chuyển đổi số” trên địa bàn xã Hải An"
    /// The decision's legal grounds ("Căn cứ …"), in full with their numbers and dates, so a
    /// commune corrects them when a law or decree changes.
    public var groundLocalGovernment = "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"
    public var groundLaw = "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"
    public var groundDecree = "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, "
        + "phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng"
    /// How the council votes, as the minutes say it (Mẫu 1.9 asks for the form of the vote).
    public var voteMethod = "bỏ phiếu kín"
    /// The council's members, for the minutes' attendance ("Họ tên - chức vụ", one a line).
    public var councilMembers: [String] = []
    /// A proposal passes in the meeting when the votes for exceed this share (percent) of the
    /// members present: more than half by default; a province may require more.
    public var voteThreshold = 50
    /// Days after which the start reminds that no copy has been taken off the machine (0: never).
    public var backupReminderDays = 7
    /// Award money in đồng, for Điều 2 of the decision.
    public var awardCollective = 0
    public var awardIndividual = 0
    public var recipientsReport = ["UBND xã (để báo cáo)", "Lưu: VT, VHXH"]
    public var recipientsDecision = ["Như Điều 4", "Lưu: VT, VHXH"]
    /// Print the certificate's border and emblem room (off on pre-printed paper).
    public var printFrame = true
    /// On the province's pre-printed Giấy khen (frame off), how far each field moves from its
    /// place centred on the sheet, in millimetres right and down: name, achievement, the
    /// decision's number and the golden book, the date and title, the signer.
    public var certificateOffsets: [CertificateField: Offset] = [:]

    /// A shift in millimetres: right and down are positive.
    public struct Offset: Sendable, Equatable, Codable {
        public var x: Int
        public var y: Int
        public init(x: Int, y: Int) { self.x = x; self.y = y }
    }

    /// The fields a pre-printed certificate leaves blank.
    public enum CertificateField: String, Sendable, CaseIterable, Codable {
        case name, achievement, number, date, signer

        public var label: String {
            switch self {
            case .name: "Giấy khen: tên (mm)"
            case .achievement: "Giấy khen: thành tích (mm)"
            case .number: "Giấy khen: số QĐ (mm)"
            case .date: "Giấy khen: ngày (mm)"
            case .signer: "Giấy khen: người ký (mm)"
            }
        }
    }
    /// The commune's own copies of the templates (`haian documents templates --out DIR`); empty: HaiAn's.
    public var templatesFolder = ""

    public init() {}

    /// One setting as the settings screen and `haian settings` show and take it.
    public struct Field: Sendable {
        public let key: String
        public let label: String
        public let get: @Sendable (CommuneSettings) -> String
        public let set: @Sendable (inout CommuneSettings, String) -> FieldError?
    }

    public static let fields: [Field] = [
        text("superior_body", "Cơ quan cấp trên", \.superiorBody),
        text("committee", "Tên Ủy ban", \.committee),
        text("culture_office", "Tên Phòng VH-XH", \.cultureOffice),
        text("council", "Tên Hội đồng", \.council),
        text("place", "Địa danh ghi ngày", \.place),
        text("province", "Tỉnh", \.province),
        text("chairman", "Chủ tịch UBND xã", \.chairman),
        text("council_chair", "Chủ tịch Hội đồng", \.councilChair),
        text("council_secretary", "Thư ký Hội đồng", \.councilSecretary),
        text("culture_head", "Trưởng phòng VH-XH", \.cultureHead),
        text("report_symbol", "Ký hiệu báo cáo", \.reportSymbol),
        text("proposal_symbol", "Ký hiệu tờ trình", \.proposalSymbol),
        text("minutes_symbol", "Ký hiệu biên bản", \.minutesSymbol),
        text("decision_symbol", "Ký hiệu quyết định", \.decisionSymbol),
        text("plan_reference", "Căn cứ kế hoạch", \.planReference),
        text("ground_local_government", "Căn cứ Luật TCCQĐP", \.groundLocalGovernment),
        text("ground_law", "Căn cứ Luật TĐKT", \.groundLaw),
        text("ground_decree", "Căn cứ Nghị định", \.groundDecree),
        text("vote_method", "Hình thức biểu quyết", \.voteMethod),
        list("council_members", "Thành viên HĐ (;)", \.councilMembers),
        Field(key: "vote_threshold", label: "Ngưỡng thông qua (%)", get: { String($0.voteThreshold) }) { settings, value in
            guard let percent = Int(value.filter { $0 != "%" && $0 != " " }), (50...99).contains(percent) else {
                return FieldError(field: "vote_threshold", message: "Ngưỡng thông qua: số phần trăm từ 50 đến 99 (tán thành phải vượt quá).")
            }
            settings.voteThreshold = percent
            return nil
        },
        Field(key: "backup_reminder_days", label: "Nhắc sao lưu sau (ngày)", get: { String($0.backupReminderDays) }) { settings, value in
            guard let days = Int(value.trimmingCharacters(in: .whitespaces)), (0...365).contains(days) else {
                return FieldError(field: "backup_reminder_days", message: "Nhắc sao lưu: số ngày từ 0 (không nhắc) đến 365.")
            }
            settings.backupReminderDays = days
            return nil
        },
        money("award_collective", "Thưởng tập thể (đồng)", \.awardCollective),
        money("award_individual", "Thưởng cá nhân (đồng)", \.awardIndividual),
        list("recipients_report", "Nơi nhận báo cáo (;)", \.recipientsReport),
        list("recipients_decision", "Nơi nhận QĐ (;)", \.recipientsDecision),
        text("templates_dir", "Thư mục mẫu của xã", \.templatesFolder),
        Field(key: "print_frame", label: "In khung giấy khen", get: { $0.printFrame ? "có" : "không" }) { settings, value in
            switch VietText.fold(value) {
            case "co", "yes", "1": settings.printFrame = true
            case "khong", "no", "0": settings.printFrame = false
            default: return FieldError(field: "print_frame", message: "Ghi “có” hoặc “không”.")
            }
            return nil
        },
    ] + CertificateField.allCases.map(offset)

    public static func field(_ key: String) -> Field? { fields.first { $0.key == key } }

    /// "x,y" in millimetres, each within ±60 (a sheet's margin of error, not another layout).
    private static func offset(_ field: CertificateField) -> Field {
        let key = "certificate_\(field.rawValue)"
        return Field(key: key, label: field.label, get: { settings in
            let offset = settings.certificateOffsets[field] ?? Offset(x: 0, y: 0)
            return "\(offset.x),\(offset.y)"
        }) { settings, value in
            let parts = value.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 2, let x = parts[0], let y = parts[1], abs(x) <= 60, abs(y) <= 60 else {
                return FieldError(field: key, message: "\(field.label): ghi “sang phải,xuống dưới” bằng mm, mỗi số từ -60 đến 60, ví dụ 3,-2.")
            }
            settings.certificateOffsets[field] = Offset(x: x, y: y)
            return nil
        }
    }

    /// Every setting as text by key: how they are stored, so a setting added later reads
    /// its default from a file that predates it.
    public var values: [String: String] {
        Dictionary(uniqueKeysWithValues: Self.fields.map { ($0.key, $0.get(self)) })
    }

    /// The settings these values give over the defaults; unknown keys are ignored.
    public init(values: [String: String]) {
        self.init()
        for field in Self.fields { if let value = values[field.key] { _ = field.set(&self, value) } }
    }

    static let maxWidth = 400

    private static func tooLong(_ value: String, _ key: String, _ label: String) -> FieldError? {
        VietText.displayWidth(value) > maxWidth ? FieldError(field: key, message: "\(label): tối đa \(maxWidth) ký tự.") : nil
    }

    private static func text(_ key: String, _ label: String, _ path: WritableKeyPath<CommuneSettings, String> & Sendable) -> Field {
        Field(key: key, label: label, get: { $0[keyPath: path] }) { settings, value in
            let value = VietText.normalize(value)
            if let error = tooLong(value, key, label) { return error }
            settings[keyPath: path] = value
            return nil
        }
    }

    /// A list written on one line, items between ";".
    private static func list(_ key: String, _ label: String, _ path: WritableKeyPath<CommuneSettings, [String]> & Sendable) -> Field {
        Field(key: key, label: label, get: { $0[keyPath: path].joined(separator: "; ") }) { settings, value in
            let items = value.split(separator: ";").map { VietText.normalize(String($0)) }.filter { !$0.isEmpty }
            for item in items {
                if let error = tooLong(item, key, label) { return error }
            }
            settings[keyPath: path] = items
            return nil
        }
    }

    private static func money(_ key: String, _ label: String, _ path: WritableKeyPath<CommuneSettings, Int> & Sendable) -> Field {
        Field(key: key, label: label, get: { String($0[keyPath: path]) }) { settings, value in
            let digits = value.filter { $0 != "." && $0 != " " && $0 != "," }
            guard let amount = Int(digits), (0...1_000_000_000).contains(amount) else {
                return FieldError(field: key, message: "\(label): ghi số đồng, ví dụ 1.000.000.")
            }
            settings[keyPath: path] = amount
            return nil
        }
    }
}

/// Money as Vietnamese documents write it: "1.170.000 đồng".
public func formatMoney(_ amount: Int) -> String {
    let digits = Array(String(amount))
    var out = ""
    for (index, digit) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { out += "." }
        out.append(digit)
    }
    return out + " đồng"
}
