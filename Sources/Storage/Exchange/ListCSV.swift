import Foundation
import GRDB
import Model

/// The lists and matrices of the panes as CSV (UTF-8 with a BOM), for filing and spreadsheets.
extension AppDatabase {
    /// Units, active then archived, with the registration for `year` and the latest council
    /// total, row by row from a cursor in the units' sort index: memory stays bounded.
    public func unitsCSV(year: Int, into csv: some RowWriter) throws {
        try csv.row(["Mã", "Tên đơn vị", "Nhóm", "Người đứng đầu", "Điện thoại", "Số cá nhân", "Sáng kiến",
                     "Đăng ký \(year)", "Điểm gần nhất", "Vòng", "Ngày tham gia", "Lưu trữ"])
        try read { db in
            let rounds = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, title FROM round")
                .map { ($0[0] as Int64, $0[1] as String) })
            let rows = try Row.fetchCursor(db, sql: """
                SELECT u.id, u.name, u.group_code, u.head, u.phone, \(Self.unitFigures),
                  u.joined_on, u.archived
                FROM unit u ORDER BY u.archived, u.group_code, u.name_sort, u.name_fold, u.id
                """, arguments: [String(year)])
            while let row = try rows.next() {
                let round = (row[8] as Int64?).flatMap { rounds[$0] }
                try csv.row([String(row[0] as Int64), row[1], row[2], row[3], row[4], String(row[5] as Int), String(row[6] as Int),
                             (row[7] as String?).flatMap(Day.init(iso:))?.display ?? "",
                             round == nil ? "" : (row[9] as Double?).map(formatPoints) ?? "", round ?? "",
                             Day(iso: row[10])?.display ?? "", (row[11] as Bool) ? "có" : ""])
            }
        }
    }

    /// Rows the units or the people export writes, archived too and the header: for its progress bar.
    public func exportRowCount(people: Bool) throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) + 1 FROM \(people ? "person" : "unit")") ?? 1 }
    }

    /// Rows a worksheet (a line per sheet of an active subject) or a ranking (the council's
    /// complete sheets) export writes, with the header: for its progress bar.
    public func exportRowCount(round: Int64, group: ScoringGroup, ranking: Bool) throws -> Int {
        try read { db in
            let subject = ScoreSubject(group)
            if ranking {
                let source = Self.worksheetSource(WorksheetQuery(roundID: round, group: group, sort: .rank))
                return try Int.fetchOne(db, sql: "SELECT count(*) + 1 \(source.filter.sql)", arguments: source.filter.arguments) ?? 1
            }
            return try Int.fetchOne(db, sql: """
                SELECT count(*) + 1 FROM sheet_total st JOIN \(subject == .unit ? "unit" : "person") s ON s.id = st.subject_id
                WHERE st.round_id = ? AND st.group_code = ? AND st.subject = ? AND s.archived = 0
                """, arguments: [round, group.code, subject.rawValue]) ?? 1
        }
    }

    /// People in the Vietnamese order (by given name), active then archived, row by row from a
    /// cursor in the people's name index.
    public func peopleCSV(year: Int, into csv: some RowWriter) throws {
        try csv.row(["Mã", "Họ và tên", "Đơn vị", "Chức vụ", "Đối tượng", "Điện thoại", "Sáng kiến", "Đăng ký \(year)",
                     "Ngày tham gia", "Lưu trữ"])
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT p.id, p.name, (SELECT name FROM unit WHERE unit.id = p.unit_id), p.position, p.kind, p.phone,
                  (SELECT COUNT(*) FROM initiative i WHERE i.person_id = p.id AND i.archived = 0),
                  (SELECT r.registered_on FROM registration r WHERE r.person_id = p.id AND r.term = ?),
                  p.joined_on, p.archived
                FROM person p ORDER BY p.archived, p.name_sort, p.id
                """, arguments: [String(year)])
            while let row = try rows.next() {
                try csv.row([String(row[0] as Int64), row[1], (row[2] as String?) ?? "", row[3],
                             (PersonKind(rawValue: row[4]) ?? .khac).title, row[5], String(row[6] as Int),
                             (row[7] as String?).flatMap(Day.init(iso:))?.display ?? "", Day(iso: row[8])?.display ?? "",
                             (row[9] as Bool) ? "có" : ""])
            }
        }
    }

    /// Initiatives and good models, every area and status, with owner and recognition: the
    /// list's order read from its index (v17) through a cursor, a row at a time.
    public func initiativesCSV(into csv: some RowWriter) throws {
        try csv.row(["Mã", "Sáng kiến, mô hình", "Chủ trì", "Nội dung", "Lĩnh vực", "Bắt đầu", "Trạng thái", "Công nhận bởi",
                     "Ngày công nhận"])
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT i.id, i.title, COALESCE((SELECT name FROM unit WHERE unit.id = i.unit_id),
                  (SELECT name FROM person WHERE person.id = i.person_id), ''), i.area, i.sector, i.started_on, i.status,
                  i.recognised_by, i.recognised_on
                FROM initiative i WHERE i.archived = 0 ORDER BY i.area, i.title_sort, i.id
                """)
            while let row = try rows.next() {
                try csv.row([String(row[0] as Int64), row[1], row[2], row[3],
                             (row[4] as String?).flatMap(PrioritySector.init(rawValue:))?.title ?? "",
                             (row[5] as String?).flatMap(Day.init(iso:))?.display ?? "",
                             (InitiativeStatus(rawValue: row[6]) ?? .proposed).title, row[7],
                             (row[8] as String?).flatMap(Day.init(iso:))?.display ?? ""])
            }
        }
    }

    /// Every activity of both phases, by start, from a cursor.
    public func activitiesCSV(into csv: some RowWriter) throws {
        try csv.row(["Mã", "Hoạt động", "Đơn vị", "Nội dung", "Bắt đầu", "Kết thúc", "Tiến độ (%)", "Trạng thái"])
        guard let first = Plan.phases.first?.start, let last = Plan.phases.last?.end else { return }
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT a.id, a.title, COALESCE((SELECT name FROM unit WHERE unit.id = a.unit_id), ''), a.area, a.start_on, a.end_on,
                  a.progress, a.status
                FROM activity a WHERE a.archived = 0 AND a.start_on <= ? AND a.end_on >= ? ORDER BY a.start_on, a.end_on, a.id
                """, arguments: [last.iso, first.iso])
            while let row = try rows.next() {
                try csv.row([String(row[0] as Int64), row[1], row[2], row[3], Day(iso: row[4])?.display ?? "",
                             Day(iso: row[5])?.display ?? "", String(row[6] as Int),
                             (ActivityStatus(rawValue: row[7]) ?? .planned).title])
            }
        }
    }

    /// The report matrix of a year as of `today`: per deadline, the status and the day received.
    /// Units in the matrix's order joined to their receipts, a unit's rows one after another.
    public func reportsCSV(year: Int, today: Day, into csv: some RowWriter) throws {
        let columns = ReportQuery(year: year).columns(try dashboard().slots)
        try csv.row(["Mã", "Đơn vị", "Nhóm"] + columns.flatMap { column in
            let title = "\(column.slot.title) (trước \(column.slot.dueBefore.display))"
            return [title, "\(title): ngày nhận"]
        })
        func write(_ row: MatrixRow) throws {
            try csv.row([String(row.id), row.name, row.group.rawValue] + columns.flatMap { column -> [String] in
                guard let status = row.status(column.slot, today: today) else { return ["không phải gửi", ""] }
                return [status.label, row.received[column.slot.id].map { $0 <= today ? $0.display : "" } ?? ""]
            })
        }
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT u.id, u.name, u.group_code, u.joined_on, r.slot_id, r.received_on
                FROM unit u LEFT JOIN report_receipt r ON r.unit_id = u.id
                WHERE u.archived = 0 ORDER BY u.group_code, u.name_sort, u.id
                """)
            var current: MatrixRow?
            while let row = try rows.next() {
                let id: Int64 = row[0]
                if current?.id != id {
                    if let done = current { try write(done) }
                    current = MatrixRow(id: id, name: row[1], group: UnitGroup(rawValue: row[2]) ?? .a, received: [:],
                                        joinedOn: Day(iso: row[3]) ?? Plan.movementStart)
                }
                if let slot = row[4] as Int?, let day = (row[5] as String?).flatMap(Day.init(iso:)) { current?.received[slot] = day }
            }
            if let done = current { try write(done) }
        }
    }

    /// Every proposal of the rounds given (all when nil): the award flow step by step. A round's
    /// proposals are few (its quota bounds them): read a round at a time.
    public func awardsCSV(rounds wanted: [Round]? = nil, into csv: some RowWriter) throws {
        try csv.row(["Vòng", "Nhóm", "Tên", "Điểm Hội đồng", "Lý do", "Hồ sơ", "Ngày đề nghị", "Thẩm định", "Ngày thẩm định",
                     "Tán thành", "Không tán thành", "Không ý kiến", "Ngày biểu quyết", "Số quyết định", "Ngày quyết định",
                     "Kết quả", "Số sổ vàng"])
        for round in try wanted ?? dashboard().rounds {
            for row in try awards(round: round.id).rows {
                let proposal = row.proposal
                let vote = proposal.vote
                try csv.row([round.code, row.group.code, proposal.name, row.councilTotal.map(formatPoints) ?? "",
                             proposal.reason, proposal.dossier, proposal.proposedOn.display, proposal.appraisal,
                             proposal.appraisedOn?.display ?? "", vote.map { String($0.yes) } ?? "",
                             vote.map { String($0.no) } ?? "", vote.map { String($0.abstain) } ?? "", vote?.on.display ?? "",
                             proposal.decision?.number ?? "", proposal.decision?.on.display ?? "", proposal.stage.title,
                             proposal.goldenNumber.map(String.init) ?? ""])
            }
        }
    }
}
