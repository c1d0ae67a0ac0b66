import ArgumentParser
import Foundation
import Model
import Storage

/// `haian documents report|proposal|minutes|decision|certificates …`: the State documents,
/// DOCX always, PDF through LibreOffice, from the database as it stands; `templates --out DIR`
/// copies the default templates for a commune to adapt and pass back with `--templates DIR`.
struct DocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "Văn bản để ký và gửi: báo cáo năm, tờ trình, biên bản, quyết định, giấy khen, báo cáo thành tích (.docx, .pdf); "
            + "“templates” chép các mẫu ra để xã sửa.")

    enum What: String, ExpressibleByArgument, CaseIterable {
        case report, proposal, minutes, decision, certificates, achievements, templates
    }

    @Argument(help: ArgumentHelp("report (báo cáo năm), proposal (tờ trình), minutes (biên bản), decision (quyết định), certificates (giấy khen), "
              + "achievements (báo cáo thành tích từng người, từng tập thể được đề nghị), templates (chép mẫu)."))
    var what: What

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Năm của báo cáo (2025–2030; mặc định năm của hôm nay trong phong trào).")
    var year: Int?

    @Option(name: .long, help: "Vòng khen thưởng: 2025 … 2030, so_ket_2027, tong_ket_2030 (mặc định vòng của năm).")
    var round: String?

    @Option(name: .long, help: ArgumentHelp("Tệp ghi ra: .docx hoặc .pdf; với templates: thư mục.", valueName: "FILE"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("Số quyết định (decision, certificates) khi vòng có nhiều quyết định, ví dụ 125/QĐ-UBND.", valueName: "SỐ"))
    var decision: String?

    @Option(name: .long, help: ArgumentHelp("Tên tập thể hoặc cá nhân (achievements): chỉ báo cáo thành tích của người đó.", valueName: "TÊN"))
    var subject: String?

    @Flag(name: .long, help: "Với certificates: một trang in thử trên giấy khen in sẵn, để chỉnh vị trí từng ô (cài đặt certificate_*).")
    var alignment = false

    @Flag(name: .long, help: "Ghi đè tệp --out đã có (mặc định không ghi đè).")
    var force = false

    @Option(name: .long, help: ArgumentHelp("Thư mục mẫu văn bản của xã (mặc định: theo cài đặt templates_dir, hoặc mẫu của HaiAn).", valueName: "DIR"))
    var templates: String?

    func validate() throws {
        if let year, !(Plan.firstYear...Plan.lastYear).contains(year) {
            throw ValidationError("Năm phải từ \(Plan.firstYear) đến \(Plan.lastYear).")
        }
        let kind = URL(fileURLWithPath: out).pathExtension.lowercased()
        if what != .templates && kind != "docx" && kind != "pdf" {
            throw ValidationError("--out phải là tệp .docx hoặc .pdf.")
        }
    }

    func run() throws {
        do {
            if what == .templates { return try copyTemplates() }
            let (database, account) = try options.signedIn(reading: true)
            let today = options.currentDay
            let year = self.year ?? Plan.year(nearest: today.year)
            let kind = DocumentKind(rawValue: what.rawValue)!
            var chosen: Round?
            if kind != .report {
                let code = round ?? String(year)
                guard let found = try database.dashboard().rounds.first(where: { $0.code == code }) else {
                    throw Failure(message: "Không có vòng “\(code)”. Các vòng: 2025 … 2030, so_ket_2027, tong_ket_2030.")
                }
                chosen = found
            }
            let folder = try templates.map { path -> URL in
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                    throw Failure(message: "Không có thư mục mẫu “\(path)”.")
                }
                return URL(fileURLWithPath: path)
            }
            let templates = try folder.map { try DocumentTemplates(folder: $0) } ?? DocumentTemplates(settings: try database.settings())
            if FileManager.default.fileExists(atPath: out) && !force {
                throw Failure(message: "“\(out)” đã có: không ghi đè (có thể là bản đã sửa trong Word). Chọn tên khác, hoặc thêm --force để thay.")
            }
            if alignment {
                guard kind == .certificates else { throw Failure(message: "--alignment chỉ dùng với certificates.") }
                let page = try database.certificateAlignmentPage(templates: templates, today: today)
                let pdf = URL(fileURLWithPath: out).pathExtension.lowercased() == "pdf"
                try OutputFile.write(pdf ? try OutputFile.pdf(fromDocx: page, name: "giay-khen-in-thu") : page, to: out)
                print("Đã ghi trang in thử giấy khen vào \(out): in lên một tờ giấy khen trắng, so với ô in sẵn, rồi chỉnh "
                      + "haian settings certificate_name \"phải,xuống\" (mm) … và in lại.")
                return
            }
            let docx = try database.document(kind, year: year, round: chosen, decision: decision, subject: subject, today: today, templates: templates,
                                             writing: try database.reportWriting(year: year))
            let pdf = URL(fileURLWithPath: out).pathExtension.lowercased() == "pdf"
            try OutputFile.write(pdf ? try OutputFile.pdf(fromDocx: docx, name: kind.fileStem(chosen?.code ?? String(year))) : docx, to: out)
            database.disclose(.document, kind.disclosed(round: chosen, year: year, decision: decision, subject: subject),
                              to: out, by: account)
            print("Đã ghi “\(kind.title)” vào \(out).")
        } catch let error as StoreError {
            throw Failure(message: error.message)
        }
    }

    private func copyTemplates() throws {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        for file in try DocumentTemplates.defaultFiles() {
            let target = URL(fileURLWithPath: out).appendingPathComponent(file.lastPathComponent)
            guard !FileManager.default.fileExists(atPath: target.path) else {
                throw Failure(message: "“\(target.path)” đã có: không ghi đè mẫu đã sửa.")
            }
            try FileManager.default.copyItem(at: file, to: target)
        }
        print("Đã chép các mẫu văn bản vào \(out); dùng lại bằng --templates \(out).")
    }
}
