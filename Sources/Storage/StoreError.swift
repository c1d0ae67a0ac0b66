import Foundation
import Model

/// Why the database could not be opened or written, worded for the officer in Vietnamese.
public enum StoreError: Error, Equatable, LocalizedError {
    case notADatabase(String)
    case newerSchema(String)
    case readOnly(String)
    case locked(String)
    case corrupt(String)
    case diskFull(String)
    case ioError(String)
    case cannotCreate(String, reason: String)
    case failed(String)
    case invalid(FieldError)
    /// Someone else saved the row since it was read.
    case conflict
    /// Undo found nothing, or cannot undo what it found.
    case cannotUndo(String)
    /// The demo generator found records an officer entered.
    case holdsRealData(String)
    /// A document cannot be made: a step of the flow, a setting or a template is missing.
    case document(String)

    public var errorDescription: String? { message }

    public var message: String {
        switch self {
        case .notADatabase(let path):
            return "Tệp \(path) không phải cơ sở dữ liệu HaiAn (SQLite). Tệp được giữ nguyên, không sửa gì."
        case .newerSchema(let path):
            return "Cơ sở dữ liệu \(path) được tạo bởi phiên bản HaiAn mới hơn. Hãy cập nhật chương trình; tệp được giữ nguyên."
        case .readOnly(let path):
            return "Không ghi được vào \(path) (tệp hoặc thư mục chỉ cho phép đọc). Hãy kiểm tra quyền ghi."
        case .locked(let path):
            return "Cơ sở dữ liệu \(path) đang bị chương trình khác khoá. Hãy thử lại sau ít phút."
        case .corrupt(let path):
            return "Cơ sở dữ liệu \(path) bị hỏng. Hãy khôi phục từ bản sao lưu; tệp được giữ nguyên."
        case .diskFull(let path):
            return "Ổ đĩa chứa \(path) đã đầy: không ghi được. Hãy xoá bớt tệp (hoặc chọn ổ khác) rồi thử lại; dữ liệu đã lưu không đổi."
        case .ioError(let path):
            return "Lỗi đọc/ghi đĩa với \(path) (ổ USB bị rút, ổ đĩa hỏng?). Hãy kiểm tra ổ đĩa rồi thử lại; dữ liệu đã lưu không đổi."
        case .cannotCreate(let path, let reason):
            return "Không tạo được cơ sở dữ liệu tại \(path): \(reason)"
        case .failed(let reason):
            return "Lỗi cơ sở dữ liệu: \(reason)"
        case .invalid(let error):
            return error.message
        case .conflict:
            return "Bản ghi đã được người khác sửa. Hãy tải lại rồi sửa tiếp."
        case .cannotUndo(let reason):
            return reason
        case .holdsRealData(let path):
            return "\(path) đang chứa dữ liệu thật (có thay đổi của cán bộ trong nhật ký); dữ liệu mẫu chỉ ghi vào tệp mới "
                + "hoặc tệp chỉ có dữ liệu mẫu. Tệp được giữ nguyên; hãy chọn tệp khác: haian demo --db /tmp/thu.sqlite."
        case .document(let message):
            return message
        }
    }
}
