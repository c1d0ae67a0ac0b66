import Foundation
import Testing

/// Start-up refusals: a Vietnamese message on stderr, a non-zero exit, the file untouched.
@Suite struct StartupErrorTests {
    @Test func aFileThatIsNotADatabaseIsRefusedByteForByte() throws {
        let tmux = try Tmux()
        let path = tmux.folder.appendingPathComponent("ghi-chu.txt").path
        let bytes = Data("Danh sách xóm, chưa phải cơ sở dữ liệu\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        let result = try Tmux.run(Tmux.binary, ["--db", path, "--today", "2026-05-21"])
        #expect(result.status != 0)
        #expect(result.error.contains("không phải cơ sở dữ liệu"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func aBadTodayIsRefusedInVietnamese() throws {
        let result = try Tmux.run(Tmux.binary, ["--today", "2026-02-30"])
        #expect(result.status != 0)
        #expect(result.error.contains("Ngày không hợp lệ"))
        // ArgumentParser's own words come out in Vietnamese too.
        #expect(result.error.hasPrefix("Lỗi: Giá trị '2026-02-30' không hợp lệ cho '--today"))
        #expect(!result.error.contains("Error") && !result.error.contains("is invalid") && !result.error.contains("Usage"))
    }

    @Test func versionAndHelp() throws {
        let version = try Tmux.run(Tmux.binary, ["--version"])
        #expect(version.status == 0)
        #expect(!version.output.isEmpty)
        let help = try Tmux.run(Tmux.binary, ["--help"])
        #expect(help.output.contains("demo"))
        #expect(help.output.contains("In phiên bản.") && help.output.contains("In hướng dẫn này.") && help.output.contains("LỆNH CON:"))
        #expect(!help.output.contains("Show") && !help.output.contains("USAGE") && !help.output.contains("See ") && help.output.contains("Xem 'haian help <lệnh-con>'"))
        let openHelp = try Tmux.run(Tmux.binary, ["open", "--help"])
        #expect(openHelp.output.contains("--db"))
        #expect(openHelp.output.contains("--today"))
    }
}
