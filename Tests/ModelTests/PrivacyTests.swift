import Model
import Testing

@Suite struct PrivacyTests {
    @Test(arguments: [
        ("Gọi 0912345678 nhé", "Gọi •••••••678 nhé"),
        ("CCCD 036 095 001 234", "CCCD ••• ••• ••• 234"),
        ("0912.345.678", "••••.•••.678"),
        ("Số 84-912-345-678", "Số ••-•••-•••-678"),
        // Dates, decisions, scores and counts stay as they are.
        ("30/12/2025 · 512/QĐ-UBND · 83,5 điểm · 150 sáng kiến", "30/12/2025 · 512/QĐ-UBND · 83,5 điểm · 150 sáng kiến"),
        ("2025–2030", "2025–2030"),
        ("123456", "123456"),
        ("", ""),
    ])
    func longNumbersAreMaskedButTheirLastThreeDigits(_ text: String, _ masked: String) {
        #expect(Privacy.mask(text) == masked)
    }
}
