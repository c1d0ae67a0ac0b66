import Model

/// The meeting on the projector, full screen in the slides' theme: the attendance with the
/// quorum, one slide per proposal with the counts being typed and the result against the
/// threshold, the closing with what passed against the quota. Every word passes the mask.
enum MeetingView {
    static func render(into buffer: inout Buffer, meeting: MeetingState) {
        guard let facts = meeting.facts else {
            put(&buffer, "Đang đọc đề nghị và thành viên…", x: 2, y: 2, style: Theme.slideText)
            return
        }
        let number = "\(meeting.step + 1)/\(meeting.closing + 1)"
        put(&buffer, " Họp Hội đồng Thi đua - Khen thưởng · \(facts.round.title)", x: 0, y: 0, style: Theme.slideMuted,
            maxWidth: buffer.width - number.count - 3)
        put(&buffer, number, x: buffer.width - number.count - 1, y: 0, style: Theme.slideTitle)
        let margin = buffer.width >= 120 ? 6 : 2
        let area = Rect(x: margin, y: 2, width: buffer.width - 2 * margin, height: buffer.height - 4)
        if meeting.step == 0 {
            attendance(&buffer, area, meeting, facts)
        } else if let row = meeting.row {
            proposal(&buffer, area, meeting, facts, row)
        } else {
            closing(&buffer, area, facts)
        }
    }

    @discardableResult
    private static func put(_ buffer: inout Buffer, _ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        buffer.put(Privacy.mask(text), x: x, y: y, style: style, maxWidth: maxWidth)
    }

    private static func attendance(_ buffer: inout Buffer, _ area: Rect, _ meeting: MeetingState, _ facts: MeetingFacts) {
        put(&buffer, "ĐIỂM DANH THÀNH VIÊN", x: area.x, y: area.y, style: Theme.slideTitle)
        let day = facts.meeting?.heldOn.display ?? "hôm nay"
        put(&buffer, "Ngày họp \(day) · \(facts.rows.count) đề nghị · chỉ tiêu \(facts.round.quota.collective) tập thể, "
            + "\(facts.round.quota.individual) cá nhân", x: area.x, y: area.y + 1, style: Theme.slideText, maxWidth: area.width)
        guard !facts.members.isEmpty else {
            put(&buffer, "Chưa có thành viên Hội đồng trong cài đặt văn bản: quản trị đặt ở phím O (Thành viên HĐ).",
                x: area.x, y: area.y + 3, style: Theme.slideBad, maxWidth: area.width)
            return
        }
        let rows = area.height - 6
        let first = max(0, min(meeting.cursor - rows + 1, facts.members.count - rows))
        for (offset, member) in facts.members.enumerated().dropFirst(first).prefix(rows) {
            let y = area.y + 3 + offset - first
            var style = meeting.present[offset] ? Theme.slide : Theme.slideMuted
            style.reverse = offset == meeting.cursor
            put(&buffer, (meeting.present[offset] ? "[x] " : "[ ] ") + member + (meeting.present[offset] ? "" : " (vắng)"),
                x: area.x, y: y, style: style, maxWidth: area.width)
        }
        let quorum = meeting.presentCount * 2 > facts.members.count
        put(&buffer, "Có mặt \(meeting.presentCount)/\(facts.members.count): " + (quorum ? "đủ quá nửa, được biểu quyết" : "chưa đủ quá nửa"),
            x: area.x, y: area.bottom - 2, style: quorum ? Theme.slideGood : Theme.slideBad, maxWidth: area.width)
        put(&buffer, "↑↓ chọn · Space có mặt/vắng · Enter ghi điểm danh và bắt đầu · Esc rời (giữ những gì đã ghi)",
            x: area.x, y: area.bottom - 1, style: Theme.slideMuted, maxWidth: area.width)
    }

    private static func proposal(_ buffer: inout Buffer, _ area: Rect, _ meeting: MeetingState, _ facts: MeetingFacts, _ row: AwardRow) {
        let kind = row.proposal.subject == .unit ? "Tập thể" : "Cá nhân"
        put(&buffer, "ĐỀ NGHỊ \(meeting.step)/\(meeting.proposals)", x: area.x, y: area.y, style: Theme.slideTitle)
        put(&buffer, row.proposal.name, x: area.x, y: area.y + 2, style: Theme.slide, maxWidth: area.width)
        let rank = row.councilTotal.flatMap { facts.ranks[row.group]?.rank(of: $0) }
        let standing = row.councilTotal.map { "Điểm Hội đồng \(formatPoints($0)) · \(facts.bands.label(for: $0))" + (rank.map { " · hạng \($0)" } ?? "") }
            ?? "Hội đồng chưa chấm"
        let who = row.proposal.subject == .unit ? "\(kind) · \(row.group.title)" : kind
        put(&buffer, "\(who) · \(standing)", x: area.x, y: area.y + 3, style: Theme.slideText, maxWidth: area.width)
        var y = area.y + 5
        for line in VietText.wrap("Thành tích: " + row.proposal.reason, width: area.width).prefix(4) {
            put(&buffer, line, x: area.x, y: y, style: Theme.slideText)
            y += 1
        }
        if !row.proposal.dossier.isEmpty { put(&buffer, "Hồ sơ: \(row.proposal.dossier)", x: area.x, y: y, style: Theme.slideMuted, maxWidth: area.width); y += 1 }
        // Self and council scores per criterion as paired bars, where the screen has room.
        if let template = facts.templates[row.group], let sheets = facts.sheets[row.proposal.id] {
            let room = max(0, area.bottom - 6 - (y + 3))
            if room >= template.criteria.count * 2 {
                var bars: [BarChart.Bar] = []
                for criterion in template.criteria {
                    let scale = 10.0
                    for (assessor, label) in [(Assessor.council, "\(criterion.code) Hội đồng"), (.selfAssessment, "\(criterion.code) tự chấm")] {
                        let points = sheets.sheet(assessor).points[criterion.id]
                        bars.append(BarChart.Bar(label: label, value: Int(((points ?? 0) * scale).rounded()),
                                                 of: Int((criterion.maxPoints * scale).rounded()),
                                                 figure: (points.map(formatPoints) ?? "—") + "/" + formatPoints(criterion.maxPoints)))
                    }
                }
                y += BarChart.render(bars, into: &buffer, area: Rect(x: area.x, y: y + 1, width: min(area.width, 90), height: room),
                                     style: Theme.slideBar) + 1
            }
        }
        let left = facts.round.quota.limit(row.proposal.subject) - (facts.use.awarded[row.proposal.subject] ?? 0)
        put(&buffer, "Chỉ tiêu \(kind.lowercased()) còn \(left)/\(facts.round.quota.limit(row.proposal.subject))"
            + (row.proposal.appraisedOn == nil ? " · CHƯA THẨM ĐỊNH (t ở ô 5 trước khi biểu quyết)" : " · đã thẩm định"),
            x: area.x, y: y + 1, style: row.proposal.appraisedOn == nil ? Theme.slideBad : Theme.slideMuted, maxWidth: area.width)
        // The counts being typed, and the result against the threshold as they stand.
        let present = facts.meeting?.present.count ?? 0
        let labels = ["Tán thành", "Không tán thành", "Không biểu quyết"]
        var x = area.x
        let voteY = max(y + 3, area.bottom - 4)
        for (index, label) in labels.enumerated() {
            x += put(&buffer, label + " ", x: x, y: voteY, style: Theme.slideText)
            var style = Theme.slide
            style.reverse = index == meeting.field
            x += put(&buffer, " " + meeting.votes[index].padding(toLength: 3, withPad: " ", startingAt: 0) + " ", x: x, y: voteY, style: style) + 2
        }
        let counts = meeting.votes.compactMap { Int($0) }
        let sum = counts.reduce(0, +)
        let needed = Vote.needed(present: present, threshold: facts.threshold)
        let share = facts.threshold == 50 ? "quá nửa số có mặt" : "trên \(facts.threshold)% số có mặt"
        var verdict = "Thông qua khi có từ \(needed)/\(present) phiếu tán thành (\(share))"
        var style = Theme.slideMuted
        if counts.count == 3 {
            if sum != present {
                verdict = "Cộng lại \(sum), phải bằng \(present) thành viên có mặt"
                style = Theme.slideBad
            } else {
                let passed = counts[0] >= needed
                verdict = passed ? "THÔNG QUA (\(counts[0])/\(present) tán thành)" : "KHÔNG THÔNG QUA (\(counts[0])/\(present) tán thành)"
                style = passed ? Theme.slideGood : Theme.slideBad
            }
        }
        put(&buffer, verdict, x: area.x, y: voteY + 1, style: style, maxWidth: area.width)
        put(&buffer, "Gõ số · Tab ô sau · Enter ghi phiếu, sang đề nghị sau · ←→ đề nghị trước/sau · Esc rời",
            x: area.x, y: area.bottom - 1, style: Theme.slideMuted, maxWidth: area.width)
    }

    private static func closing(_ buffer: inout Buffer, _ area: Rect, _ facts: MeetingFacts) {
        put(&buffer, "KẾT QUẢ BIỂU QUYẾT", x: area.x, y: area.y, style: Theme.slideTitle)
        var y = area.y + 2
        for subject in [ScoreSubject.unit, .person] {
            let rows = facts.rows.filter { $0.proposal.subject == subject }
            guard !rows.isEmpty else { continue }
            let passed = rows.filter { $0.proposal.vote?.passed == true }.count
            put(&buffer, (subject == .unit ? "Tập thể" : "Cá nhân") + ": \(passed) thông qua / chỉ tiêu \(facts.round.quota.limit(subject))",
                x: area.x, y: y, style: Theme.slide, maxWidth: area.width)
            y += 1
            for row in rows where y < area.bottom - 2 {
                let result = row.proposal.vote.map { $0.passed ? "✓ thông qua (\($0.yes)/\($0.yes + $0.no + $0.abstain))" : "✗ không thông qua (\($0.yes)/\($0.yes + $0.no + $0.abstain))" }
                    ?? "· chưa biểu quyết"
                put(&buffer, "  \(result)  \(row.proposal.name)", x: area.x, y: y,
                    style: row.proposal.vote?.passed == true ? Theme.slideGood : Theme.slideText, maxWidth: area.width)
                y += 1
            }
            y += 1
        }
        put(&buffer, "Enter: kết thúc, ghi biên bản vào van-ban/ · ← xem lại · Esc rời (họp tiếp sau)",
            x: area.x, y: area.bottom - 1, style: Theme.slideMuted, maxWidth: area.width)
    }
}
