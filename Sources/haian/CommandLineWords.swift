import Foundation

/// ArgumentParser writes its own words (usage, errors, its --help and --version flags) in
/// English and has no hook to localise them; its messages are put into Vietnamese here,
/// phrase by phrase, so the command line speaks one language.
enum CommandLineWords {
    /// Fixed phrases, and patterns whose quoted parts are kept.
    private static let phrases: [(String, String)] = [
        // The whole sentence before its parts: "<subcommand>" alone would be put first.
        ("See 'haian help <subcommand>' for detailed help.", "Xem 'haian help <lệnh-con>' để biết chi tiết."),
        ("OVERVIEW:", "TỔNG QUAN:"), ("USAGE:", "CÁCH DÙNG:"), ("ARGUMENTS:", "THAM SỐ:"), ("OPTIONS:", "TUỲ CHỌN:"),
        ("SUBCOMMANDS:", "LỆNH CON:"), ("<subcommand>", "<lệnh-con>"), ("Show the version.", "In phiên bản."), ("Show help information.", "In hướng dẫn này."),
        ("Show subcommand help information.", "In hướng dẫn của lệnh con."),
    ]
    private static let patterns: [(String, String)] = [
        (#"^Error: "#, "Lỗi: "), (#"(?m)^Help:  "#, "Hướng dẫn: "), (#"(?m)^Usage: "#, "Cách dùng: "),
        (#"See '([^']+)' for more information\."#, "Xem '$1' để biết thêm."),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "Giá trị '$1' không hợp lệ cho '$2'"),
        (#"Missing expected argument '([^']*)'"#, "Thiếu tham số '$1'"),
        (#"Missing value for '([^']*)'"#, "Thiếu giá trị cho '$1'"),
        (#"Unknown option '([^']*)'"#, "Không có tuỳ chọn '$1'"),
        (#"Unexpected arguments? '([^']*)'"#, "Thừa tham số '$1'"),
        (#"\(default: ([^)]*)\)"#, "(mặc định: $1)"),
        (#"\(values: ([^)]*)\)"#, "(giá trị: $1)"),
        // "open (default)" in the list of subcommands keeps its column: one space fewer.
        (#"\(default\) "#, "(mặc định)"),
        (#"\(default\)"#, "(mặc định)"),
    ]

    static func vietnamese(_ text: String) -> String {
        var result = text
        for (english, vietnamese) in phrases { result = result.replacingOccurrences(of: english, with: vietnamese) }
        for (pattern, template) in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            result = regex.stringByReplacingMatches(in: result, range: NSRange(result.startIndex..., in: result), withTemplate: template)
        }
        return result
    }
}
