import Model

/// Pane 5: a round's proposals for the Chairman's Giấy khen through appraisal, vote and
/// decision, against the round's quota; or (`v`) the public list of those awarded.
enum AwardsPane {
    /// A rule and the selected proposal in words (five lines).
    static let bottomHeight = 6

    static func listArea(in body: Rect) -> Rect {
        Rect(x: body.x + 1, y: body.y + 2, width: body.width - 2, height: body.height - 2 - bottomHeight)
    }

    static func render(into buffer: inout Buffer, body: Rect, state: AppState) {
        let awards = state.awards
        guard let round = state.awardsRound else { return }
        buffer.put("Khen thưởng · \(round.title) ([/]) · \(awards.view.title) (v)", x: body.x + 1, y: body.y, style: Theme.title,
                   maxWidth: body.width - 2)
        buffer.put("Chỉ tiêu Giấy khen (Q): " + quotaText(.unit, round: round, use: awards.use) + " │ "
                   + quotaText(.person, round: round, use: awards.use), x: body.x + 1, y: body.y + 1, maxWidth: body.width - 2)
        let rows = awards.shown.map { row -> [TableCell] in
            let p = row.proposal
            let vote = p.vote.map { "\($0.yes)/\($0.no)/\($0.abstain)" } ?? "—"
            let decision = p.decision?.number ?? "—"
            return [TableCell(p.subject == .unit ? "Tập thể" : "Cá nhân"), TableCell(p.name),
                    TableCell(row.group == .individual ? "—" : row.group.shortTitle),
                    TableCell(row.councilTotal.map(formatPoints) ?? "—"),
                    TableCell(p.stage.title, style: stageStyle(p.stage)), TableCell(vote), TableCell(decision)]
        }
        let empty = awards.view == .proposals
            ? "Chưa có đề nghị nào (p trên một hàng của ô 4, hoặc n để đề nghị theo tên)."
            : "Chưa có quyết định khen thưởng nào trong vòng này."
        Table(columns: [Column("Loại", width: 7, priority: 1), Column("Tên", flex: true), Column("Nhóm", width: 6, priority: 3),
                        Column("Điểm HĐ", width: 7, alignment: .right, priority: 5), Column("Giai đoạn", width: 13, priority: 4),
                        Column("Phiếu", width: 8, priority: 2), Column("Quyết định", width: 12, priority: 2)],
              rows: rows, list: awards.list(awards.view), emptyText: empty)
            .render(into: &buffer, area: listArea(in: body))
        renderDetail(into: &buffer, body: body, state: state)
    }

    private static func quotaText(_ subject: ScoreSubject, round: Round, use: QuotaUse) -> String {
        let limit = round.quota.limit(subject)
        let kind = subject == .unit ? "tập thể" : "cá nhân"
        return "\(kind) đề nghị \(use.proposed[subject] ?? 0)/\(limit), được khen \(use.awarded[subject] ?? 0)/\(limit)"
    }

    static func stageStyle(_ stage: ProposalStage) -> Style {
        switch stage {
        case .awarded: return Theme.good
        case .declined, .withdrawn: return Theme.muted
        case .voted: return Theme.warning
        default: return .plain
        }
    }

    private static func renderDetail(into buffer: inout Buffer, body: Rect, state: AppState) {
        let y = body.bottom - bottomHeight
        let width = body.width - 2
        buffer.fill(Rect(x: body.x + 1, y: y, width: width, height: 1), symbol: "─", style: Theme.muted)
        guard let p = state.selectedAward?.proposal else {
            buffer.put("Quy trình: đề nghị (Enter sửa) → thẩm định (t) → biểu quyết (b) → quyết định của Chủ tịch (c).",
                       x: body.x + 1, y: y + 1, style: Theme.muted, maxWidth: width)
            return
        }
        let lines = [
            "Đề nghị \(p.proposedOn.display): \(p.reason)" + (p.dossier.isEmpty ? "" : " · Hồ sơ: \(p.dossier)"),
            p.appraisedOn.map { "Thẩm định \($0.display): \(p.appraisal)" } ?? "Thẩm định (t): chưa",
            p.vote.map { "Biểu quyết \($0.on.display): \($0.summary) → \($0.passed ? "đạt" : "không đạt")" } ?? "Biểu quyết (b): chưa",
            p.decision.map { "Quyết định \($0.number) ngày \($0.on.display)" + ($0.signedBy.isEmpty ? "" : " (\($0.signedBy) ký)")
                + ": \($0.awarded ? "tặng Giấy khen" : "không khen")" }
                ?? "Quyết định của Chủ tịch (c): chưa",
        ]
        for (line, text) in lines.enumerated() {
            buffer.put(text, x: body.x + 1, y: y + 1 + line, style: line == 0 ? Theme.title : .plain, maxWidth: width)
        }
    }
}
