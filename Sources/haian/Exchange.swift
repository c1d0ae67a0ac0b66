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

    @Option(name: .long, help: ArgumentHelp("Tệp ghi ra: .csv, hoặc .xlsx để mở trong Excel (mặc định: CSV ra màn hình).", valueName: "FILE"))
    var out: String?

    func validate() throws {
        if let year, !(Plan.firstYear...Plan.lastYear).contains(year) {
            throw ValidationError("Năm phải từ \(Plan.firstYear) đến \(Plan.lastYear).")
        }
        // Only what is written is named: an .xls or .ods would get CSV bytes under its name.
        if let out, !["csv", "xlsx"].contains(URL(fileURLWithPath: out).pathExtension.lowercased()) {
            throw ValidationError("HaiAn ghi danh sách ra .csv hoặc .xlsx, không ghi “.\(URL(fileURLWithPath: out).pathExtension)”: "
                                  + "hãy đặt tên tệp kết thúc bằng .xlsx (mở được bằng Excel và LibreOffice) hoặc .csv.")
        }
    }

    /// The sheet's name in an .xlsx.
    private var sheetName: String {
        switch what {
        case .units: return "Tập thể"
        case .people: return "Cá nhân"
        case .initiatives: return "Sáng kiến"
        case .activities: return "Hoạt động"
        case .reports: return "Báo cáo"
        case .scores: return "Bảng điểm"
        case .ranking: return "Xếp hạng"
        case .awards: return "Khen thưởng"
        }
    }

    func run() throws {
        let (database, account) = try options.signedIn(reading: true)
        let year = self.year ?? Plan.year(nearest: options.currentDay.year)
        // The trail notes the list taken out once it is out (a refusal took nothing).
        var sent = false
        defer { if sent { database.disclose(.export, "danh sách \(what.rawValue)" + (round.map { " vòng \($0)" } ?? ""), to: out, by: account) } }
        do {
            let xlsx = out.map { URL(fileURLWithPath: $0).pathExtension.lowercased() == "xlsx" } ?? false
            // Every export goes out as a stream of rows, to a CSV or a workbook: a province's
            // lists in bounded memory.
            func rows(_ writer: some RowWriter) throws {
                switch what {
                case .units: try database.unitsCSV(year: year, into: writer)
                case .people: try database.peopleCSV(year: year, into: writer)
                case .initiatives: try database.initiativesCSV(into: writer)
                case .activities: try database.activitiesCSV(into: writer)
                case .reports: try database.reportsCSV(year: year, today: options.currentDay, into: writer)
                case .awards: try database.awardsCSV(rounds: try round.map { [try chosenRound(database, code: $0)] }, into: writer)
                case .scores, .ranking:
                    let round = try chosenRound(database, code: self.round ?? String(year)), group = try scoringGroup()
                    try what == .scores ? database.worksheetCSV(round: round, group: group, into: writer)
                                        : database.rankingCSV(round: round, group: group, into: writer)
                }
            }
            // The long lists take seconds at province size: a bar on stderr when it is a terminal.
            let bar = ProgressBar(enabled: isatty(STDERR_FILENO) == 1 && [.units, .people, .scores, .ranking].contains(what))
            var total = 0
            if bar.enabled {
                if what == .scores || what == .ranking {
                    let round = try chosenRound(database, code: self.round ?? String(year))
                    total = try database.exportRowCount(round: round.id, group: try scoringGroup(), ranking: what == .ranking)
                } else {
                    total = try database.exportRowCount(people: what == .people)
                }
            }
            defer { bar.finish() }
            guard xlsx, let out else {
                try OutputFile.csv(to: out) { try rows(CountedRows($0, total: total, bar: bar)) }
                sent = true
                return
            }
            let workbook = try XLSXFile(sheet: sheetName)
            try rows(CountedRows(workbook, total: total, bar: bar))
            bar.show("nén tệp Excel", 1)
            try workbook.finish(to: URL(fileURLWithPath: out))
            sent = true
        } catch let error as StoreError {
            throw Failure(message: error.message)
        } catch let error as CocoaError {
            throw Failure(message: "Không ghi được tệp “\(out ?? "")”: \(error.localizedDescription)")
        }
    }

    /// The group `--group` names, which the score sheet and the ranking need.
    private func scoringGroup() throws -> ScoringGroup {
        guard let code = group else { throw Failure(message: "Hãy chọn nhóm: --group a, b, c hoặc ca_nhan.") }
        guard let group = ScoringGroup.allCases.first(where: { $0.code == code }) else {
            throw Failure(message: "Không có nhóm “\(code)” (a, b, c hoặc ca_nhan).")
        }
        return group
    }

    private func chosenRound(_ database: AppDatabase, code: String) throws -> Round {
        guard let round = try database.dashboard().rounds.first(where: { $0.code == code }) else {
            throw Failure(message: "Không có vòng “\(code)” (ví dụ 2026, so_ket_2027).")
        }
        return round
    }
}

/// `haian import units|people|initiatives|scores FILE`: a commune's lists or scores from Excel
/// or CSV, all or nothing, with every problem by line and column.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Nhập danh sách tập thể, cá nhân, sáng kiến hoặc điểm từ Excel (.xlsx) hay CSV; "
            + "một dòng sai thì không nhập gì và chỉ rõ dòng, cột, lý do.")

    enum What: String, ExpressibleByArgument, CaseIterable {
        case units, people, initiatives, scores
    }

    @Argument(help: "units (tập thể), people (cá nhân), initiatives (sáng kiến), scores (điểm).")
    var what: What

    @Argument(help: ArgumentHelp("Tệp .xlsx hoặc .csv (UTF-8).", valueName: "FILE"))
    var file: String

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Trang của sổ Excel (mặc định: trang đầu).", valueName: "NAME"))
    var sheet: String?

    @Flag(name: .long, help: "Chỉ xem trước: in những gì sẽ thay đổi, không ghi gì.")
    var dryRun = false

    @Flag(name: .long, help: "Nhập cả các dòng đang ẩn trong sổ (mặc định: bỏ qua và liệt kê).")
    var hidden = false

    func run() throws {
        if let kind = ImportKind(rawValue: what.rawValue) { return try importList(kind) }
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

extension Import {
    /// Units, people or initiatives: the preview always, then the write unless `--dry-run`.
    private func importList(_ kind: ImportKind) throws {
        let database = try options.openDatabase()
        do {
            // Bars on stderr when it is a terminal: one while the rows are looked over, one while written.
            let reading = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
            let plan = try database.importPlan(kind, file: file, sheet: sheet, includeHidden: hidden, today: options.currentDay,
                                               progress: reading.show)
            reading.finish()
            guard plan.problems.isEmpty else {
                throw Failure(message: "Không nhập gì: \(plan.problems.count) lỗi.\n"
                              + plan.problems.map { "  \($0.description)" }.joined(separator: "\n"))
            }
            print(plan.lines.joined(separator: "\n"))
            guard !dryRun else { return print("Xem trước: chưa ghi gì (bỏ --dry-run để nhập).") }
            let account = try Credentials.account(database)
            if let refusal = account.role.refusal(.records) { throw Failure(message: refusal) }
            let writing = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
            let result = try database.applyImport(plan, today: options.currentDay, by: Editor(who: account.name), progress: writing.show)
            writing.finish()
            print(result.message)
        } catch let error as StoreError {
            throw Failure(message: error.message)
        }
    }
}
