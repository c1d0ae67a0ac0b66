import ArgumentParser
import Foundation
import Storage

/// `haian demo`: writes clearly labelled, deterministic sample data.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ghi dữ liệu mẫu (tên hư cấu) vào cơ sở dữ liệu, để thử và đo hiệu năng.")

    @Option(name: .long, help: ArgumentHelp("Tệp cơ sở dữ liệu sẽ ghi.", valueName: "PATH"))
    var db: String

    @Option(name: .long, help: "Quy mô: commune (một xã, ~75 đơn vị) hoặc province (~10.000 đơn vị, 200.000 người).")
    var scale: DemoScale = .commune

    @Option(name: .long, help: "Hạt giống ngẫu nhiên: cùng hạt giống cho cùng dữ liệu.")
    var seed: UInt64 = 1

    func run() throws {
        let started = Date()
        let bar = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
        do {
            try AppDatabase.refuseDemo(path: db)
            let database = try AppDatabase.open(path: db)
            let summary = try database.writeDemo(scale: scale, seed: seed, progress: bar.show)
            bar.finish()
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            print("Đã ghi dữ liệu mẫu (\(scale.rawValue), hạt giống \(seed)) vào \(db) trong \(seconds) giây: "
                  + "\(summary.units) đơn vị, \(summary.people) cá nhân, \(summary.registrations) đăng ký, "
                  + "\(summary.initiatives) sáng kiến, \(summary.receipts) báo cáo đã nhận, \(summary.activities) hoạt động, \(summary.scores) điểm.")
        } catch let error as StoreError {
            bar.finish()
            throw Failure(message: error.message)
        }
    }
}

extension DemoScale: ExpressibleByArgument {}
