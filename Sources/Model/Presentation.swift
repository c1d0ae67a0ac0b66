/// What the council's slides show, read once when the presentation opens; no names of
/// people's contacts, only units, totals and counts.
public struct PresentationFacts: Sendable, Equatable {
    public struct PhaseProgress: Sendable, Equatable {
        public var phase: Phase
        public var summary: PhaseSummary

        public init(phase: Phase, summary: PhaseSummary) {
            self.phase = phase
            self.summary = summary
        }
    }

    /// One bar of the report slide: a deadline, a group, how many of the expected came on time.
    public struct ReportBar: Sendable, Equatable {
        public var slot: ReportSlot
        public var group: UnitGroup
        public var rate: OnTimeRate

        public init(slot: ReportSlot, group: UnitGroup, rate: OnTimeRate) {
            self.slot = slot
            self.group = group
            self.rate = rate
        }
    }

    public struct Leader: Sendable, Equatable {
        public var name: String
        public var total: Double
        public var band: String
        public var rank: Int

        public init(name: String, total: Double, band: String, rank: Int) {
            self.name = name
            self.total = total
            self.band = band
            self.rank = rank
        }
    }

    public struct LeaderBoard: Sendable, Equatable {
        public var group: UnitGroup
        public var rows: [Leader]

        public init(group: UnitGroup, rows: [Leader]) {
            self.group = group
            self.rows = rows
        }
    }

    public var today: Day
    public var phases: [PhaseProgress]
    public var nextMilestone: Milestone?
    public var reportBars: [ReportBar]
    /// The round the leaders come from (the latest with council scores), and the best of each group.
    public var scoredRound: Round?
    public var leaders: [LeaderBoard]
    public var initiativesByArea: [ContentArea: Int]
    /// The round of the award slide (the latest with proposals, else this year's), and its use.
    public var awardRound: Round?
    public var quotaUse: QuotaUse
    public var overdueReports: [Reminder]
    public var overdueActivities: Int

    public init(today: Day, phases: [PhaseProgress] = [], nextMilestone: Milestone? = nil, reportBars: [ReportBar] = [],
                scoredRound: Round? = nil, leaders: [LeaderBoard] = [],
                initiativesByArea: [ContentArea: Int] = [:], awardRound: Round? = nil, quotaUse: QuotaUse = QuotaUse(),
                overdueReports: [Reminder] = [], overdueActivities: Int = 0) {
        self.today = today
        self.phases = phases
        self.nextMilestone = nextMilestone
        self.reportBars = reportBars
        self.scoredRound = scoredRound
        self.leaders = leaders
        self.initiativesByArea = initiativesByArea
        self.awardRound = awardRound
        self.quotaUse = quotaUse
        self.overdueReports = overdueReports
        self.overdueActivities = overdueActivities
    }

    /// The phase `today` falls in (the last one once the movement has ended).
    public var currentPhase: PhaseProgress? {
        phases.first { $0.phase.start <= today && today <= $0.phase.end } ?? phases.last { $0.phase.start <= today } ?? phases.first
    }
}

/// The slides, in the order the council walks through them.
public enum Slide: Int, CaseIterable, Sendable {
    case overview, phases, reports, leaders, initiatives, awards, overdue

    public var title: String {
        switch self {
        case .overview: return "Tổng quan phong trào"
        case .phases: return "Tiến độ từng giai đoạn"
        case .reports: return "Tỷ lệ báo cáo đúng hạn"
        case .leaders: return "Dẫn đầu mỗi nhóm"
        case .initiatives: return "Sáng kiến, mô hình theo nội dung"
        case .awards: return "Đề nghị khen thưởng và chỉ tiêu"
        case .overdue: return "Việc đã quá hạn"
        }
    }
}

/// A projector shows the room what the officer's screen shows them: numbers that identify a
/// person (phones, ID cards) never reach a slide.
public enum Privacy {
    /// Any run of seven or more digits (spaces, dots and dashes inside allowed) keeps its last
    /// three digits and shows the rest as "•".
    public static func mask(_ text: String) -> String {
        var result = ""
        var run: [Character] = []
        func flush() {
            let digits = run.filter(\.isNumber).count
            guard digits >= 7 else {
                result.append(contentsOf: run)
                run = []
                return
            }
            var seen = 0
            for character in run {
                if character.isNumber {
                    seen += 1
                    result.append(seen > digits - 3 ? character : "•")
                } else {
                    result.append(character)
                }
            }
            run = []
        }
        for character in text {
            if character.isASCII && character.isNumber {
                run.append(character)
            } else if !run.isEmpty && (character == " " || character == "." || character == "-") {
                run.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}
