import ArgumentParser
import Foundation
import Model
import Storage

/// `haian export scores|ranking`: a worksheet or the council's ranking as CSV.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Xuất CSV (UTF-8 có BOM): bảng điểm hoặc xếp hạng của một vòng và một nhóm.")

    enum What: String, ExpressibleByArgument, CaseIterable {
        case scores, ranking
    }

    @Argument(help: "scores (bảng điểm) hoặc ranking (xếp hạng của Hội đồng).")
    var what: What

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Vòng: 2025 … 2030, so_ket_2027, tong_ket_2030.")
    var round: String

    @Option(name: .long, help: "Nhóm: a, b, c hoặc ca_nhan.")
    var group: String

    @Option(name: .long, help: ArgumentHelp("Tệp ghi ra (mặc định: in ra màn hình).", valueName: "FILE"))
    var out: String?

    func run() throws {
        let database = try options.openDatabase()
        do {
            guard let round = try database.dashboard().rounds.first(where: { $0.code == round }) else {
                throw Failure(message: "Không có vòng “\(round)” (ví dụ 2026, so_ket_2027).")
            }
            guard let group = ScoringGroup.allCases.first(where: { $0.code == group }) else {
                throw Failure(message: "Không có nhóm “\(group)” (a, b, c hoặc ca_nhan).")
            }
            let data = what == .scores ? try database.worksheetCSV(round: round, group: group)
                                       : try database.rankingCSV(round: round, group: group)
            if let out {
                // Written whole then moved into place: a reader never sees half a file.
                try data.write(to: URL(fileURLWithPath: out), options: .atomic)
            } else {
                FileHandle.standardOutput.write(data)
            }
        } catch let error as StoreError {
            throw Failure(message: error.message)
        } catch let error as CocoaError {
            throw Failure(message: "Không ghi được tệp “\(out ?? "")”: \(error.localizedDescription)")
        }
    }
}

/// `haian import scores FILE`: scores from CSV, all or nothing, with a report line by line.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Nhập điểm từ CSV (cùng dạng tệp xuất); một dòng sai thì không nhập gì và chỉ rõ dòng, cột, lý do.")

    enum What: String, ExpressibleByArgument, CaseIterable {
        case scores
    }

    @Argument(help: "scores")
    var what: What

    @Argument(help: ArgumentHelp("Tệp CSV (UTF-8, có hoặc không có BOM).", valueName: "FILE"))
    var file: String

    @OptionGroup var options: CommonOptions


    func run() throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw Failure(message: "Không đọc được tệp “\(file)”.")
        }
        let database = try options.openDatabase()
        let account = try Credentials.account(database)
        do {
            let allowed = Set(Assessor.allCases.filter { account.role.refusal($0 == .council ? .councilScores : .selfScores) == nil })
            let report = try database.importScores(data, allowed: allowed, by: Editor(who: account.name))
            guard report.problems.isEmpty else {
                let lines = report.problems.map { "  \($0)" }.joined(separator: "\n")
                throw Failure(message: "Không nhập gì: \(report.problems.count) lỗi trong \(report.lines) dòng.\n\(lines)")
            }
            print("Đã nhập \(report.lines) dòng: \(report.changed) điểm mới hoặc thay đổi.")
        } catch let error as StoreError {
            throw Failure(message: error.message)
        }
    }
}
