import Foundation
import Model
import Testing
@testable import Storage

/// Every export and the yearly report of the commune demo, byte for byte against saved copies:
/// work on speed may change how rows are read, never a byte of what users get. A missing copy
/// is written (and the test says so); `HAIAN_RECORD_GOLDEN=1` writes them all again.
@Suite(.serialized) struct GoldenExportTests {
    let folder: TemporaryDirectory
    let database: AppDatabase
    let today = Day(2026, 5, 21)!

    init() throws {
        folder = try TemporaryDirectory()
        database = try AppDatabase.open(path: folder.path("haian.sqlite"))
        _ = try database.writeDemo(scale: .commune, seed: 1)
    }

    private func compare(_ data: Data, _ name: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["HAIAN_RECORD_GOLDEN"] == "1" || !FileManager.default.fileExists(atPath: url.path) {
            try data.write(to: url)
            Issue.record("Recorded \(name); run again to compare.")
            return
        }
        let saved = try Data(contentsOf: url)
        #expect(data == saved, "\(name) differs from its saved copy (\(data.count) bytes, saved \(saved.count))")
    }

    @Test func theExportsAndTheReportAreUnchanged() throws {
        let data = try database.dashboard()
        let round = try #require(data.rounds.first { $0.code == "2026" })
        try compare(try database.unitsCSV(year: 2026), "units.csv")
        try compare(try database.peopleCSV(year: 2026), "people.csv")
        try compare(try database.initiativesCSV(), "initiatives.csv")
        try compare(try database.activitiesCSV(), "activities.csv")
        try compare(try database.reportsCSV(year: 2026, today: today), "reports.csv")
        try compare(try database.awardsCSV(rounds: nil), "awards.csv")
        for group in ScoringGroup.allCases {
            try compare(try database.worksheetCSV(round: round, group: group), "scores-\(group.code).csv")
            try compare(try database.rankingCSV(round: round, group: group), "ranking-\(group.code).csv")
        }
        try compare(Data(try database.yearReportMarkdown(year: 2026, today: today).utf8), "report-2026.md")
    }
}
