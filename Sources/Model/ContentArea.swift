/// The plan's content areas, lettered as the plan letters them (there is no "f").
public enum ContentArea: String, Sendable, CaseIterable, Identifiable, Codable {
    case a, b, c, d, e, g, h

    public var id: String { rawValue }

    public var title: String {
        switch self {
        case .a: return "Lãnh đạo, nâng cao nhận thức"
        case .b: return "Chương trình, kế hoạch, cơ chế chính sách"
        case .c: return "Bồi dưỡng kỹ năng số"
        case .d: return "Nguồn lực"
        case .e: return "Hạ tầng số, nền tảng số"
        case .g: return "Chính quyền số, cải cách hành chính"
        case .h: return "Lĩnh vực ưu tiên"
        }
    }
}

/// The priority sectors under content area h.
public enum PrioritySector: String, Sendable, CaseIterable, Codable {
    case nongNghiep = "nong_nghiep"
    case giaoDuc = "giao_duc"
    case yTe = "y_te"
    case taiNguyenMoiTruong = "tai_nguyen_moi_truong"
    case duLich = "du_lich"
    case taiChinhNganSach = "tai_chinh_ngan_sach"
    case danCu = "dan_cu"

    public var title: String {
        switch self {
        case .nongNghiep: return "Nông nghiệp"
        case .giaoDuc: return "Giáo dục"
        case .yTe: return "Y tế"
        case .taiNguyenMoiTruong: return "Tài nguyên và môi trường"
        case .duLich: return "Du lịch"
        case .taiChinhNganSach: return "Tài chính - ngân sách"
        case .danCu: return "Dân cư"
        }
    }
}
