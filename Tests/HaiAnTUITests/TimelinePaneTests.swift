import Model
import SnapshotTesting
import Storage
import Testing
@testable import HaiAnTUI

/// Pane 2 on the commune demo (seed 3), 21/05/2026: axis, zoom, phases, activities and their form.
@Suite struct TimelinePaneTests {
    @Test func timelineAt120x40() throws {
        let (_, state) = try Fixture.demo(.timeline)
        assertSnapshot(of: screen(state), as: .lines)
    }

    @Test func timelineAt80x24() throws {
        let (_, state) = try Fixture.demo(.timeline, width: 80, height: 24)
        assertSnapshot(of: screen(state), as: .lines)
    }

    @Test func overdueActivitiesShowASymbolAndTheSummaryCountsThem() throws {
        let (_, state) = try Fixture.demo(.timeline)
        let summary = try #require(state.timeline.summary)
        #expect(summary.overdue > 0)
        let text = screen(state)
        #expect(text.contains("⚠ \(summary.overdue) quá hạn"))
        #expect(text.contains("░⚠") || text.contains("█⚠"))
    }

    @Test func zoomPhasesAndToday() throws {
        let (fixture, state) = try Fixture.demo(.timeline)
        #expect(screen(state).contains("Q2/26"))
        let year = fixture.run(state, .zoom(1))
        #expect(year.timeline.zoom == .year)
        #expect(screen(year).contains("2027"))
        let month = fixture.run(state, .zoom(-1))
        #expect(month.timeline.zoom == .month)
        #expect(screen(month).contains("T5/26"))
        let second = fixture.run(state, .switchPhase(1))
        #expect(second.currentPhase?.name == "Giai đoạn 2")
        #expect(screen(second).contains("Giai đoạn 2 (2027–2030)"))
        #expect(screen(second).contains("(t: đến hôm nay)"))
        let back = fixture.run(second, .jumpToToday)
        #expect(back.currentPhase?.name == "Giai đoạn 1")
        #expect(screen(back).contains("Hôm nay 21/05/2026 ┼"))
    }

    @Test func theActivityFormTakesOnlyANumberFromZeroToAHundred() throws {
        let (fixture, state) = try Fixture.demo(.timeline)
        var form = fixture.run(state, .openNew)
        for character in "Lớp kỹ năng số" { form = fixture.run(form, .formInput(character)) }
        for _ in 0..<5 { form = fixture.run(form, .formNextField) }
        #expect(form.form?.fields[form.form!.focus].key == "progress")
        form = fixture.run(form, .formBackspace, .formInput("x"))
        #expect(form.form?.message == "Ô “Tiến độ (%)” chỉ nhận chữ số.")
        form = fixture.run(form, .formInput("1"), .formInput("5"), .formInput("0"))
        let refused = fixture.run(form, .formSubmit)
        #expect(refused.form?.errors["progress"] == "Tiến độ phải là số nguyên từ 0 đến 100.")
        let before = state.timeline.activities.total
        let saved = fixture.run(refused, .formBackspace, .formBackspace, .formSubmit)
        #expect(saved.form == nil)
        #expect(saved.message == "Đã lưu hoạt động “Lớp kỹ năng số”.")
        #expect(saved.timeline.activities.total == before + 1)
    }
}
