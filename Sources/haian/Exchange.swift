import ArgumentParser
import Foundation
import Model
import Storage

/// `haian export units|people|initiatives|activities|reports|scores|ranking|awards`: a list or matrix as CSV.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Xuất CSV (UTF-8 có BOM): đơn vị, cá nhân, sáng kiến, hoạt động, báo cáo, bảng điểm, xếp hạng hoặc khen thưởng.")

    enum What: String, ExpressibleByArgument, CaseIterable {
        case units, people, initiatives, activities, reports, scores, ranking, awards
    }

    @Argument(help: "units (đơn vị), people (cá nhân), initiatives (sáng kiến), activities (hoạt động), reports (tình hình báo cáo), scores (bảng điểm), ranking (xếp hạng), awards (khen thưởng).")
    var what: What

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Năm (đăng ký, báo cáo; mặc định năm của hôm nay trong phong trào).")
    var year: Int?

    @Option(name: .long, help: "Vòng: 2025 … 2030, so_ket_2027, tong_ket_2030 (bảng điểm, xếp hạng: mặc định vòng của năm; khen thưởng: mặc định mọi vòng).")
    var round: String?

    @Option(name: .long, help: "Nhóm: a, b, c hoặc ca_nhan (bảng điểm, xếp hạng).")
    var group: String?

    @Option(name: .long, help: ArgumentHelp("Tệp ghi ra (mặc định: in ra màn hình).", valueName: "FILE"))
    var out: String?

    func validate() throws {
        if let year, !(Plan.firstYear...Plan.lastYear).contains(year) {
            throw ValidationError("Năm phải từ \(Plan.firstYear) đến \(Plan.lastYear).")
        }
    }

    func run() throws {
        let database = try options.openDatabase()
        let year = self.year ?? Plan.year(nearest: options.currentDay.year)
        do {
            let data: Data
            switch what {
            case .units: data = try database.unitsCSV(year: year)
            case .people: data = try database.peopleCSV(year: year)
            case .initiatives: data = try database.initiativesCSV()
            case .activities: data = try database.activitiesCSV()
            case .reports: data = try database.reportsCSV(year: year, today: options.currentDay)
            case .awards: data = try database.awardsCSV(rounds: try round.map { [try chosenRound(database, code: $0)] })
            case .scores, .ranking:
                let round = try chosenRound(database, code: self.round ?? String(year))
                guard let code = group else { throw Failure(message: "Hãy chọn nhóm: --group a, b, c hoặc ca_nhan.") }
                guard let group = ScoringGroup.allCases.first(where: { $0.code == code }) else {
                    throw Failure(message: "Không có nhóm “\(code)” (a, b, c hoặc ca_nhan).")
                }
                data = what == .scores ? try database.worksheetCSV(round: round, group: group)
                                       : try database.rankingCSV(round: round, group: group)
            }
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

    private func chosenRound(_ database: AppDatabase, code: String) throws -> Round {
        guard let round = try database.dashboard().rounds.first(where: { $0.code == code }) else {
            throw Failure(message: "Không có vòng “\(code)” (ví dụ 2026, so_ket_2027).")
        }
        return round
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
