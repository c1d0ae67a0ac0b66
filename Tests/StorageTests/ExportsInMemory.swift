import Foundation
import Model
@testable import Storage

/// The exports as the tests read them: what a writer would stream, gathered in memory (CSV
/// bytes), or a workbook written to a file.
extension AppDatabase {
    private func csv(_ rows: (CSVFile) throws -> Void) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        defer { stream.close() }
        let csv = try CSVFile(stream)
        try rows(csv)
        csv.finish()
        return (stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data) ?? Data()
    }

    func unitsCSV(year: Int) throws -> Data { try csv { try unitsCSV(year: year, into: $0) } }
    func peopleCSV(year: Int) throws -> Data { try csv { try peopleCSV(year: year, into: $0) } }
    func initiativesCSV() throws -> Data { try csv { try initiativesCSV(into: $0) } }
    func activitiesCSV() throws -> Data { try csv { try activitiesCSV(into: $0) } }
    func reportsCSV(year: Int, today: Day) throws -> Data { try csv { try reportsCSV(year: year, today: today, into: $0) } }
    func awardsCSV(rounds: [Round]? = nil) throws -> Data { try csv { try awardsCSV(rounds: rounds, into: $0) } }
    func worksheetCSV(round: Round, group: ScoringGroup) throws -> Data { try csv { try worksheetCSV(round: round, group: group, into: $0) } }
    func rankingCSV(round: Round, group: ScoringGroup) throws -> Data { try csv { try rankingCSV(round: round, group: group, into: $0) } }
}

/// A workbook at `url` with the rows `write` gives, as `haian export --out FILE.xlsx` writes it.
func workbook(_ url: URL, sheet: String, _ write: (XLSXFile) throws -> Void) throws {
    let file = try XLSXFile(sheet: sheet)
    try write(file)
    try file.finish(to: url)
}
