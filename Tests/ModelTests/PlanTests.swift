import Testing
@testable import Model

@Suite struct PlanTests {
    @Test func twoPhasesEndingWithTheReviews() {
        #expect(Plan.phases.map(\.name) == ["Giai đoạn 1", "Giai đoạn 2"])
        #expect(Plan.phases[0].yearsLabel == "2025–2027")
        #expect(Plan.phases[1].yearsLabel == "2027–2030")
        #expect(Plan.phases[0].end.year == 2027 && Plan.phases[1].end.year == 2030)
        #expect(Plan.phases[0].end < Plan.phases[1].start)
        let soKet = Plan.milestones.first { $0.kind == .soKet }
        let tongKet = Plan.milestones.first { $0.kind == .tongKet }
        #expect(soKet?.date.year == 2027 && soKet?.dateLabel == "năm 2027")
        #expect(tongKet?.date.year == 2030)
    }

    @Test func everyDeadlineOfTheTable() {
        let slots = Plan.reportSlots
        #expect(slots.filter { $0.kind == .launchPlan }.map(\.dueBefore) == [Day(2025, 7, 18)!])
        #expect(slots.filter { $0.kind == .yearEnd }.map(\.year) == Array(2025...2030))
        #expect(slots.filter { $0.kind == .compiled }.map(\.year) == Array(2025...2030))
        #expect(slots.filter { $0.kind == .midYear }.map(\.year) == Array(2026...2030))
        #expect(slots.filter { $0.kind == .midYear }.allSatisfy { $0.dueBefore.month == 5 && $0.dueBefore.day == 20 })
        #expect(slots.filter { $0.kind == .yearEnd || $0.kind == .compiled }
            .allSatisfy { $0.dueBefore.month == 12 && $0.dueBefore.day == 10 })
        #expect(slots.first { $0.kind == .compiled }?.groups.isEmpty == true)
        #expect(slots.first { $0.kind == .midYear }?.groups == [.a, .b, .c])
    }

    @Test func bothPlanDatesOfTheLaunchAreMilestones() {
        #expect(Plan.milestones.contains { $0.kind == .planBuilt && $0.dateLabel == "tháng 9/2025" })
        #expect(Plan.milestones.contains { $0.kind == .deadline && $0.date == Day(2025, 7, 18) })
        #expect(Plan.milestones == Plan.milestones.sorted { $0.date < $1.date })
    }

    @Test func eachGroupTemplateSumsToAHundred() {
        #expect(Plan.templates.map(\.group) == ScoringGroup.allCases)
        for template in Plan.templates {
            #expect(template.totalPoints == 100, "\(template.group.code)")
            #expect(template.isUsable)
        }
    }

    @Test func imbalanceSaysByHowMuchATemplateIsOff() {
        var template = Plan.templates[0]
        template.criteria[0].maxPoints += 5
        #expect(template.imbalance == 5)
        #expect(!template.isUsable)
    }

    @Test func contentAreasFollowThePlansLetters() {
        #expect(ContentArea.allCases.map(\.rawValue) == ["a", "b", "c", "d", "e", "g", "h"])
        #expect(PrioritySector.allCases.count == 7)
    }

    @Test func phaseElapsedShare() {
        let phase = Plan.phases[0]
        #expect(phase.elapsed(on: phase.start.adding(days: -10)) == 0)
        #expect(phase.elapsed(on: phase.end) == 1)
        #expect(abs(phase.elapsed(on: Day(2026, 7, 1)!) - 0.5) < 0.01)
    }
}
