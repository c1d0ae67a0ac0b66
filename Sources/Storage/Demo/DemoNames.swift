import Model

/// Name parts for fictional sample data: common Vietnamese family, middle and given names,
/// and made-up hamlets and enterprises. No real person or business is meant.
enum DemoNames {
    static let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
                           "Lý", "Đinh", "Mai", "Trịnh", "Phan", "Tạ"]
    static let middles = ["Văn", "Thị", "Đức", "Minh", "Thu", "Hồng", "Quang", "Ngọc", "Thanh", "Xuân", "Hữu", "Thế",
                          "Kim", "Bảo"]
    static let givens = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiền", "Hoa", "Hùng", "Hương",
                         "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Phong", "Phương", "Quân",
                         "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Vân", "Yến", "Đạt", "Ánh", "Ước"]
    static let placeFirst = ["Đông", "Tây", "Nam", "Bắc", "Tân", "Phú", "An", "Hải", "Thanh", "Hoà", "Thượng", "Trung",
                             "Hạ", "Vĩnh", "Quý", "Đồng"]
    static let placeSecond = ["Hải", "An", "Bình", "Thịnh", "Lợi", "Hưng", "Phú", "Thành", "Lạc", "Tiến", "Xuân", "Yên"]
    static let enterpriseKinds = ["Công ty TNHH", "Công ty cổ phần", "Hợp tác xã", "Hộ kinh doanh", "Doanh nghiệp tư nhân"]
    static let enterpriseTrades = ["Thuỷ sản", "Nông sản sạch", "Cơ khí", "Vận tải", "May mặc", "Du lịch biển", "Xây dựng",
                                   "Thương mại", "Điện tử", "Muối", "Gốm", "Chế biến gỗ", "Dịch vụ số", "Cói mỹ nghệ"]
    static let bodies = ["Văn phòng HĐND và UBND xã", "Phòng Kinh tế", "Trung tâm Phục vụ hành chính công", "Công an xã",
                         "Ban Chỉ huy Quân sự xã", "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên",
                         "Hội Cựu chiến binh", "Trạm Y tế", "Trường Mầm non", "Trường Tiểu học", "Trường THCS",
                         "Hội Người cao tuổi", "Ban Quản lý chợ"]
    static let activityTopics = ["Tuyên truyền Nghị quyết 57-NQ/TW", "Tập huấn kỹ năng số cho cán bộ",
                                 "Hướng dẫn cài đặt VNeID", "Làm sạch dữ liệu dân cư", "Số hoá hồ sơ lưu trữ",
                                 "Phủ sóng wifi nhà văn hoá", "Đưa sản phẩm OCOP lên sàn", "Dịch vụ công trực tuyến toàn trình",
                                 "Sổ sức khoẻ điện tử", "Chuyển đổi số trường học", "Bản đồ số đất đai",
                                 "Thanh toán học phí không tiền mặt", "Hội thi tìm hiểu chuyển đổi số"]
    static let positions = ["Trưởng", "Phó", "Chuyên viên", "Thành viên", "Kế toán", "Tổ trưởng", "Hội viên", ""]
    static let initiativeTopics = ["Ứng dụng Zalo OA trả lời thủ tục", "Mã QR niêm yết thủ tục hành chính",
                                   "Sổ tay điện tử hộ gia đình", "Bán hàng qua sàn thương mại điện tử",
                                   "Thanh toán không dùng tiền mặt ở chợ", "Camera an ninh thôn xóm",
                                   "Tổ công nghệ số đến từng nhà", "Nhật ký điện tử nuôi trồng thuỷ sản",
                                   "Lớp dạy kỹ năng số cho người cao tuổi", "Truy xuất nguồn gốc nông sản",
                                   "Bản đồ số du lịch làng nghề", "Số hoá hồ sơ một cửa", "Khám bệnh từ xa tại trạm y tế",
                                   "Học bạ số", "Loa thông minh phát thanh xóm"]
}

typealias DemoRandom = SeededRandom

extension SeededRandom {
    mutating func personName() -> String {
        "\(pick(DemoNames.families)) \(pick(DemoNames.middles)) \(pick(DemoNames.givens))"
    }
}
