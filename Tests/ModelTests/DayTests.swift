import Testing
@testable import Model

@Suite struct DayTests {
    @Test func parsesIsoAndDisplayForms() {
        #expect(Day(iso: "2026-05-21") == Day(2026, 5, 21))
        #expect(Day(display: "21/05/2026") == Day(2026, 5, 21))
        #expect(Day(display: "1/7/2025") == Day(2025, 7, 1))
        #expect(Day(2026, 5, 21)?.display == "21/05/2026")
        #expect(Day(2026, 5, 21)?.iso == "2026-05-21")
    }

    @Test(arguments: ["2026-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-1-1", "hôm nay", "", "2025-07-18x"])
    func refusesDaysThatDoNotExist(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test(arguments: ["31/04/2025", "29/02/2026", "32/01/2025", "01/13/2025", "1/1/25", "١/١/٢٠٢٥", "a/b/c"])
    func refusesBadDisplayDates(_ text: String) {
        #expect(Day(display: text) == nil)
    }

    @Test func leapYears() {
        #expect(Day(2028, 2, 29) != nil)
        #expect(Day(2100, 2, 29) == nil)
        #expect(Day(2000, 2, 29) != nil)
    }

    @Test func arithmeticCrossesMonthAndYearEnds() throws {
        let newYearsEve = try #require(Day(2025, 12, 31))
        #expect(newYearsEve.adding(days: 1) == Day(2026, 1, 1))
        #expect(try #require(Day(2028, 2, 28)).adding(days: 1) == Day(2028, 2, 29))
        #expect(try #require(Day(2026, 3, 1)).adding(days: -1) == Day(2026, 2, 28))
        #expect(newYearsEve.days(until: try #require(Day(2026, 1, 2))) == 2)
        #expect(try #require(Day(1970, 1, 1)).dayNumber == 0)
        for number in stride(from: 19_000, to: 23_000, by: 37) {
            #expect(Day(dayNumber: number).dayNumber == number)
        }
    }
}
