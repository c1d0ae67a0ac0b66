/// The panes, numbered as their keys.
public enum PaneID: Int, CaseIterable, Sendable {
    case units = 1, timeline, reports, worksheet, awards

    public var title: String {
        switch self {
        case .units: return "Đơn vị"
        case .timeline: return "Tiến độ"
        case .reports: return "Báo cáo"
        case .worksheet: return "Chấm điểm"
        case .awards: return "Khen thưởng"
        }
    }

    func offset(_ step: Int) -> PaneID {
        let all = PaneID.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[((index + step) % all.count + all.count) % all.count]
    }
}
