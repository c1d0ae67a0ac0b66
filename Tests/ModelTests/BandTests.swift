import Testing
@testable import Model

@Suite struct BandTests {
    @Test(arguments: [(100.0, "Xuất sắc"), (90, "Xuất sắc"), (89.9, "Tốt"), (70, "Tốt"), (69.5, "Đạt"),
                      (50, "Đạt"), (49.9, "Chưa đạt"), (0, "Chưa đạt")])
    func defaultBands(total: Double, label: String) {
        #expect(Plan.bands.label(for: total) == label)
    }

    @Test func bandsAreSortedHighestFirstWhateverTheInputOrder() {
        let bands = Bands(bands: [Band(minimum: 50, label: "Đạt"), Band(minimum: 80, label: "Giỏi")], belowAll: "Kém")
        #expect(bands.label(for: 85) == "Giỏi")
        #expect(bands.label(for: 60) == "Đạt")
        #expect(bands.label(for: 10) == "Kém")
    }

    @Test func pointsUseADecimalComma() {
        #expect(formatPoints(87.5) == "87,5")
        #expect(formatPoints(100) == "100")
        #expect(formatPoints(0.25) == "0,3")
        #expect(formatPoints(-2.5) == "-2,5")
        #expect(formatPoints(-0.5) == "-0,5")
    }
}
