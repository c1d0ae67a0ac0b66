import Foundation
import GRDB
import Model
import Testing
@testable import HaiAnTUI
@testable import Storage

/// One command of a generated sequence: its kind and two numbers read against the state at its
/// step (the n-th unit of those there are, the k-th name of a small pool), and which program
/// gives it. Every sequence, and every shorter one the shrinker tries, is a valid sequence.
struct Step: Sendable, CustomStringConvertible {
    static let kinds = ["tạo", "đổi tên", "sửa (bản đọc cũ)", "lưu trữ/khôi phục", "chấm điểm", "xoá điểm", "hoàn tác", "mở lại tệp",
                        "ghi nhận báo cáo", "xoá ghi nhận", "đổi hôm nay", "thêm cá nhân", "đăng nhập", "đề nghị", "thẩm định",
                        "biểu quyết", "quyết định", "rút/khôi phục", "chỉ tiêu", "đăng ký thi đua", "sửa tiêu chí",
                        "lưu trữ/khôi phục cá nhân", "chuyển cá nhân"]
    var kind: Int
    var a: Int
    var b: Int
    var second: Bool

    var description: String { "\(second ? "B" : "A"):\(Self.kinds[kind])(\(a),\(b))" }
}

/// What a run did: the commands by kind, accepted and refused (refused by role among them).
struct RunFigures {
    var steps = 0
    var byKind: [String: Int] = [:]
    var accepted = 0
    var refused = 0
    var refusedByRole = 0
    /// Whether each command that asked for a change was accepted, in order.
    var outcomes: [Bool] = []
}

/// A change the program did not save, with what it said.
struct Refused: Error { let message: String }

/// The same commands given to HaiAn (one or two programs on one file, each change through the
/// event loop's effects as a key gives it: the signed-in role checked, then `AppDatabase`) and to
/// the reference model, compared after every step: what is stored and what the lists, the
/// worksheet, the report matrix and the award flow show.
final class CommandRun {
    /// Names that collide in the ways the rule cares about: case, Unicode form (NFD), tones.
    static let names = ["Xóm Đông", "xóm đông", "Xo\u{301}m Đông", "Xóm Đồng", "Xóm Tây", "Ban Văn hoá"]
    static let heads = ["", "Nguyễn Văn Hải", "Trần Thị Lụa"]

    private struct Program {
        var database: AppDatabase
        let editor: Editor
        /// Who is signed in.
        var role = Role.admin
        /// Units as this program last read them, with the model's version at that read.
        var read: [Int64: (unit: Model.Unit, version: Int)] = [:]
    }

    private let folder: URL
    private var programs: [Program]
    private(set) var model: ReferenceModel
    private(set) var figures = RunFigures()
    /// Every unit id the run ever created: one undone must be gone.
    private var created: [Int64] = []
    /// The round the awards and most scores are given in (2026), and another scored with it.
    private let round: Round
    private let rounds: [Int64]
    private let seededActive: Int
    private let slots: [ReportSlot]
    /// What the seeded units owe per deadline and group ("slot/group"): they are never touched.
    private let seededExpected: [String: Int]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("haian-model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("haian.sqlite").path
        programs = try ["Cán bộ A", "Cán bộ B"].map { Program(database: try AppDatabase.open(path: path), editor: Editor(who: $0)) }
        let first = programs[0].database
        let dashboard = try first.dashboard()
        let round = try #require(dashboard.rounds.first { $0.code == "2026" })
        self.round = round
        rounds = [round.id, try #require(dashboard.rounds.first { $0.code != "2026" }).id]
        // The seed scores nothing: every sheet and rank compared is the model's.
        try #require(try first.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sheet_total") } == 0)
        let rows = try Self.criteria(first, rounds: rounds).map { ($0.key, $0.version, $0.position, $0.criterion) }
        model = ReferenceModel(quota: round.quota.collective, templates: ReferenceTemplates(rows))
        seededActive = try first.units(UnitQuery(year: 2026), offset: 0, limit: 1).total
        slots = dashboard.slots
        seededExpected = Dictionary(uniqueKeysWithValues: try first.reportTally(today: Day(2026, 5, 21)!).expected.map {
            ("\($0.key.slotID)/\($0.key.group.rawValue)", $0.value)
        })
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Every criterion of the rounds' collective templates as stored: its round and group,
    /// version, position, id, template's id and content.
    private static func criteria(_ database: AppDatabase, rounds: [Int64])
        throws -> [(key: ReferenceTemplates.Key, version: Int, position: Int, id: Int64, template: Int64, criterion: ReferenceCriterion)] {
        let keys = rounds.flatMap { round in UnitGroup.allCases.map { ReferenceTemplates.Key(round: round, group: $0) } }
        return try keys.flatMap { key in
            try database.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT t.version, c.position, c.id, t.id AS template, c.code, c.title, c.max_points
                    FROM criteria_template t JOIN criterion c ON c.template_id = t.id
                    WHERE t.round_id = ? AND t.group_code = ? ORDER BY t.version, c.position
                    """, arguments: [key.round, ScoringGroup.collective(key.group).code]).map { row in
                    (key, row["version"], row["position"], row["id"], row["template"],
                     ReferenceCriterion(code: row["code"], title: row["title"], max: row["max_points"]))
                }
            }
        }
    }

    /// The stored id of the criterion at a template's version and position.
    private func criterionID(_ database: AppDatabase, _ key: ReferenceTemplates.Key, version: Int, position: Int) throws -> Int64 {
        try #require(try Self.criteria(database, rounds: [key.round]).first { $0.key == key && $0.version == version && $0.position == position }?.id)
    }

    /// A sequence on a new file, each step given and then checked; its figures.
    static func run(_ steps: [Step]) throws -> RunFigures {
        let run = try CommandRun()
        for (index, step) in steps.enumerated() {
            try run.perform(step, at: index)
            try run.check(after: index, step)
        }
        return run.figures
    }

    private func session(_ step: Step) -> String { programs[step.second ? 1 : 0].editor.session }

    /// Gives one command to the program and to the model; a disagreement on whether it is
    /// accepted is an issue naming the step.
    func perform(_ step: Step, at index: Int) throws {
        let p = step.second ? 1 : 0
        let database = programs[p].database
        let ids = model.units.keys.sorted()
        let active = ids.filter { model.units[$0]?.archived == false }
        var expected: Bool
        let outcome: Result<Int64, Refused>
        let role = programs[p].role
        func attempt(_ change: Change?) throws -> Result<Int64, Refused> { try give(change, p) }
        func fresh(_ id: Int64) throws -> Model.Unit {
            let unit = try #require(try database.read { db in try UnitRecord.fetchOne(db, key: id)?.model })
            programs[p].read[id] = (unit, model.units[id]?.version ?? 0)
            return unit
        }
        switch step.kind {
        case 0:
            let group = UnitGroup.allCases[step.a % 3], name = Self.names[step.b % Self.names.count]
            // Some join at the start, some later: a unit owes only the reports due after it joined.
            let joined = [Day(2025, 7, 1)!, Day(2026, 1, 5)!][(step.b / Self.names.count) % 2]
            expected = !model.nameTaken(name, group: group, except: nil)
            expected = expected && ReferenceRoles.may(role, .records)
            outcome = try attempt(.saveUnit(Unit(id: 0, name: name, group: group, joinedOn: joined)))
            if case .success(let id) = outcome, expected {
                model.create(id, name: name, group: group, joinedOn: joined, session: session(step))
                created.append(id)
            }
        case 1, 2:
            guard !ids.isEmpty else { return }
            let id = ids[step.a % ids.count]
            // A rename reads the unit first, as a form does; the other edits the copy this
            // program read some steps ago (a second program may have saved it since).
            let (read, version) = step.kind == 1 || programs[p].read[id] == nil ? (try fresh(id), model.units[id]!.version)
                : programs[p].read[id]!
            var unit = read
            if step.kind == 1 { unit.name = Self.names[step.b % Self.names.count] } else { unit.head = Self.heads[step.b % Self.heads.count] }
            expected = model.canSave(id, name: unit.name, readVersion: version) && ReferenceRoles.may(role, .records)
            outcome = try attempt(.saveUnit(unit))
            if expected, case .success = outcome { model.save(id, name: unit.name, head: unit.head, session: session(step)) }
        case 3:
            guard !ids.isEmpty else { return }
            let id = ids[step.a % ids.count]
            let archived = !(try fresh(id).archived)
            expected = model.canSetArchived(id, archived) && ReferenceRoles.may(role, .records)
            outcome = try attempt(.setUnitArchived(id: id, archived: archived))
            if expected, case .success = outcome { model.setArchived(id, archived, session: session(step)) }
        case 4, 5:
            // A score for a criterion of the current version, as the worksheet shows it; clearing
            // one the unit's sheet has, whichever version it was given under. The council's
            // sheet mostly, the unit's self-assessment for the top third of `b`; the 2026 round
            // mostly, the other for the top quarter of `a`.
            guard !active.isEmpty else { return }
            let id = active[step.a % active.count], roundID = rounds[step.a >= 30 ? 1 : 0]
            let key = ReferenceModel.Sheet.Key(round: roundID, unit: id, assessor: step.b >= 42 ? .selfAssessment : .council)
            let shelf = try #require(model.template(key))
            let serials = step.kind == 4 ? model.templates.ordered(shelf).map(\.criterion.serial) : (model.sheets[key]?.points.keys.sorted() ?? [])
            guard !serials.isEmpty else { return }
            let serial = serials[step.b % serials.count]
            let place = try #require(model.templates.place(of: serial, in: shelf))
            let criterion = try #require(model.templates.versions[shelf]?[place.version]?[place.position])
            let criterionID = try self.criterionID(database, shelf, version: place.version, position: place.position)
            let cell = ScoreCell(roundID: roundID, subject: .unit, subjectID: id, assessor: key.assessor, criterionID: criterionID)
            let max = criterion.max
            let value: Double? = step.kind == 5 ? nil : [0, 1, max / 2, max, max + 1, -1][(step.b / 7) % 6]
            let shown = try database.sheets(round: roundID, subject: .unit, id: id).sheet(key.assessor).points[criterionID]
            expected = model.canScore(key, criterion: serial, value)
                && ReferenceRoles.may(role, key.assessor == .council ? .councilScores : .selfScores)
            outcome = try attempt(.setScore(cell, points: value, expected: shown))
            if expected, case .success = outcome { model.score(key, criterion: serial, value, session: session(step)) }
        case 20:
            // The worksheet's criteria editor: reword, re-weigh (by 5, or beyond 100), add, remove.
            let group = UnitGroup.allCases[step.a % 3], variant = step.b % 6
            let shelf = ReferenceTemplates.Key(round: rounds[step.a >= 30 ? 1 : 0], group: group)
            let criteria = model.templates.ordered(shelf)
            guard variant == 4 || !criteria.isEmpty else { return }
            let index = criteria.isEmpty ? 0 : (step.b / 6) % criteria.count
            let scoring = ScoringGroup.collective(group)
            let change: Change
            let edited: ReferenceCriterion?
            if variant == 5 {
                edited = nil
                expected = true
                change = .removeCriterion(round: shelf.round, group: scoring, index: index)
            } else {
                var criterion = variant == 4 ? ReferenceCriterion(code: "TC9", title: "Tiêu chí bổ sung", max: 5) : criteria[index].criterion
                switch variant {
                case 0: criterion.title = ["Tiêu chí viết lại", "Nội dung mới"][(step.b / 36) % 2]
                case 1: criterion.max += 5
                case 2: criterion.max -= 5
                case 3: criterion.max = 101
                default: break
                }
                edited = criterion
                expected = model.templates.canSave(shelf, index: variant == 4 ? nil : index, criterion)
                change = .saveCriterion(round: shelf.round, group: scoring, index: variant == 4 ? nil : index,
                                        Criterion(code: criterion.code, title: criterion.title, maxPoints: criterion.max))
            }
            expected = expected && ReferenceRoles.may(role, .templates)
            outcome = try attempt(change)
            if expected, case .success = outcome {
                model.editCriterion(shelf, index: variant == 4 ? nil : index, edited, session: session(step))
            }
        case 6:
            var trial = model
            expected = ReferenceRoles.may(role, .undo) && trial.undo(session: session(step))
            outcome = try attempt(nil)
            if expected, case .success = outcome { model = trial }
        case 8, 9:
            guard !ids.isEmpty else { return }
            // A removal picks one of the receipts there are; a receipt, any unit and deadline.
            let received = model.receipts.flatMap { unit, days in days.keys.map { (unit, $0) } }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            if step.kind == 9 && received.isEmpty { return }
            let (id, slotID) = step.kind == 9 ? received[step.a % received.count] : (ids[step.a % ids.count], slots[step.b % slots.count].id)
            let slot = try #require(slots.first { $0.id == slotID })
            let existing = try database.receipt(slotID: slot.id, unitID: id)
            if step.kind == 9 {
                let existing = try #require(existing, "bước \(index) \(step): mất ghi nhận \(slot.title) của \(id)")
                expected = ReferenceRoles.may(role, .records)
                outcome = try attempt(.removeReceipt(id: existing.id))
                if expected, case .success = outcome { model.receive(unit: id, slot: slot.id, on: nil, session: session(step)) }
            } else {
                // Well before, the last on-time day, the deadline itself, ten days late.
                let day = slot.dueBefore.adding(days: [-30, -1, 0, 10][(step.b / 13) % 4])
                var receipt = existing ?? Receipt(slotID: slot.id, unitID: id, receivedOn: day)
                receipt.receivedOn = day
                expected = model.canReceive(unit: id, slot, on: day) && ReferenceRoles.may(role, .records)
                outcome = try attempt(.saveReceipt(receipt, today: model.today))
                if expected, case .success = outcome { model.receive(unit: id, slot: slot.id, on: day, session: session(step)) }
            }
        case 11:
            // From the unit's detail (`p`): the unit chosen, archived or not, and its name.
            guard !ids.isEmpty else { return }
            let unit = ids[step.a % ids.count]
            let stored = try fresh(unit)
            expected = model.canAddPerson(to: unit) && ReferenceRoles.may(role, .records)
            outcome = try attempt(.savePerson(Person(name: ["Nguyễn Văn An", "Trần Thị Lụa"][step.b % 2], unitID: unit), unitName: stored.name))
            if expected, case .success(let id) = outcome { model.addPerson(id, to: unit, session: session(step)) }
        case 12:
            // Most sign-ins are the administrator's, so that sequences still change things.
            programs[p].role = [Role.admin, .admin, .officer, .council, .chairman, .viewer][step.a % 6]
            figures.byKind[Step.kinds[step.kind], default: 0] += 1
            return
        case 13...17:
            let kind: AwardStep = switch step.kind {
            case 13: .propose
            case 14: .appraise
            case 15: [AwardStep.vote(yes: 5, no: 2), .vote(yes: 2, no: 5), .vote(yes: 3, no: 3), .vote(yes: 0, no: 0)][step.b % 4]
            case 16: .decide(awarded: step.b % 3 != 0)
            default: .withdrawOrRestore
            }
            // A proposal is made for an active unit (from the worksheet); the other steps are
            // taken on the proposals there are.
            let candidates = kind == .propose ? active : model.awards.proposals.keys.sorted()
            guard !candidates.isEmpty else { return }
            let unit = candidates[step.a % candidates.count]
            let stored = try database.proposal(round: round.id, subject: .unit, subjectID: unit)
            var proposal = Proposal(roundID: round.id, subject: .unit, subjectID: unit, reason: "Hoàn thành xuất sắc nhiệm vụ",
                                    proposedOn: model.today)
            if kind != .propose {
                proposal = try #require(stored, "bước \(index) \(step): mất đề nghị của \(unit)")
            }
            switch kind {
            case .appraise:
                proposal.appraisal = "Đủ điều kiện"
                proposal.appraisedOn = model.today
            case .vote(let yes, let no): proposal.vote = Vote(yes: yes, no: no, abstain: 0, on: model.today)
            case .decide(let awarded): proposal.decision = Decision(number: "15/QĐ-UBND", on: model.today, awarded: awarded, signedBy: "")
            case .withdrawOrRestore: proposal.withdrawn.toggle()
            case .propose: break
            }
            let after = model.awards.step(kind, unit: unit, today: model.today)
            expected = ReferenceRoles.may(role, ReferenceRoles.work(kind))
                && after.map { model.awards.allows($0, for: unit, by: kind, today: model.today) } ?? false
            let realStep: ProposalStep = switch kind {
            case .appraise: .appraise
            case .vote: .vote
            case .decide: .decide
            default: .propose
            }
            outcome = try attempt(.saveProposal(proposal, step: realStep, today: model.today))
            if expected, case .success = outcome, let after { model.setProposal(unit, after, session: session(step)) }
        case 21, 22:
            // From the people list: archive or restore one; or edit one, typing a unit's name
            // from the pool in the unit field (the form reads the person first).
            let people = model.people.keys.sorted()
            guard !people.isEmpty else { return }
            let id = people[step.a % people.count]
            let stored = try #require(try database.read { db in try PersonRecord.fetchOne(db, key: id)?.model })
            if step.kind == 21 {
                expected = ReferenceRoles.may(role, .records)
                outcome = try attempt(.setPersonArchived(id: id, archived: !stored.archived))
                if expected, case .success = outcome { model.setPersonArchived(id, !stored.archived, session: session(step)) }
            } else {
                let name = Self.names[step.b % Self.names.count], target = model.unit(typed: name, for: id)
                expected = target != nil && ReferenceRoles.may(role, .records)
                outcome = try attempt(.savePerson(stored, unitName: name))
                if expected, case .success = outcome, let target { model.movePerson(id, to: target, session: session(step)) }
            }
        case 19:
            // From the unit's detail (`r`): any unit, archived or not, any term; a good day or one
            // outside the movement's years.
            guard !ids.isEmpty else { return }
            let unit = ids[step.a % ids.count], term = RegistrationTerm.all[step.b % RegistrationTerm.all.count]
            let day = [model.today, Plan.movementEnd.adding(days: 1), Plan.movementStart.adding(days: -1)][(step.b / 11) % 3]
            expected = model.canRegister(unit, on: day) && ReferenceRoles.may(role, .records)
            outcome = try attempt(.register(Registration(unitID: unit, term: term, registeredOn: day)))
            if expected, case .success = outcome { model.register(unit, term: term.code, on: day, session: session(step)) }
        case 18:
            let value = [1, 2, 3][step.a % 3]
            let individual = try #require(try database.dashboard().rounds.first { $0.id == round.id }).quota.individual
            expected = ReferenceRoles.may(role, .settings) && model.awards.allowsQuota(value)
            outcome = try attempt(.setQuota(round: round.id, Quota(collective: value, individual: individual)))
            if expected, case .success = outcome { model.setQuota(value, session: session(step)) }
        case 10:
            model.today = [Day(2025, 7, 10)!, Day(2025, 12, 20)!, Day(2026, 5, 21)!, Day(2026, 12, 15)!][step.a % 4]
            figures.byKind[Step.kinds[step.kind], default: 0] += 1
            return
        default:
            // Both programs close the file and open it again: nothing saved may be lost.
            let path = folder.appendingPathComponent("haian.sqlite").path
            for index in programs.indices { programs[index].database = try AppDatabase.open(path: path) }
            figures.byKind[Step.kinds[step.kind], default: 0] += 1
            return
        }
        figures.steps += 1
        figures.byKind[Step.kinds[step.kind], default: 0] += 1
        let accepted = if case .success = outcome { true } else { false }
        if accepted { figures.accepted += 1 } else { figures.refused += 1 }
        figures.outcomes.append(accepted)
        #expect(accepted == expected, "bước \(index) \(step) (\(role.title)): HaiAn \(accepted ? "nhận" : "từ chối"), mô hình \(expected ? "nhận" : "từ chối") \(outcome)")
        if case .failure(let refusal) = outcome {
            #expect(!refusal.message.isEmpty, "bước \(index) \(step): từ chối mà không nói gì")
            if refusal.message.contains("Tài khoản “\(role.title)”") { figures.refusedByRole += 1 }
        }
    }

    /// Gives a change (nil: an undo) to program `p` as a key would: through the event loop's
    /// effects, which check the signed-in role before anything reaches Storage. It landed when
    /// the audit trail grew; its id is the first new entry's.
    private func give(_ change: Change?, _ p: Int) throws -> Result<Int64, Refused> {
        let database = programs[p].database
        let last = try database.read { db in try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM audit") ?? 0 }
        var state = AppState(data: try database.dashboard(), today: model.today, width: 120, height: 40)
        state.signIn(Account(id: 1, name: programs[p].editor.who, role: programs[p].role))
        state.message = nil
        if let change { state.pendingChange = change } else { state.pendingUndo = true }
        let after = Effects(database: database, session: programs[p].editor.session).settle(state)
        let first = try database.read { db in
            try Int64.fetchOne(db, sql: "SELECT entity_id FROM audit WHERE id > ? ORDER BY id LIMIT 1", arguments: [last])
        }
        return first.map { .success($0) } ?? .failure(Refused(message: after.message ?? ""))
    }

    /// What the program stores and shows agrees with the model: each unit, the list's count,
    /// each sheet's points and total; and the audit chain holds.
    func check(after index: Int, _ step: Step) throws {
        let database = programs[0].database
        let criteria = try Self.criteria(database, rounds: rounds)
        let dashboard = try database.dashboard()
        let places = Dictionary(uniqueKeysWithValues: criteria.map { ($0.id, (version: $0.version, position: $0.position)) })
        for id in created {
            let stored = try database.read { db in try UnitRecord.fetchOne(db, key: id)?.model }
            guard let unit = model.units[id] else {
                #expect(stored == nil, "sau bước \(index) \(step): đơn vị \(id) lẽ ra đã bị hoàn tác")
                continue
            }
            let shown = try #require(stored, "sau bước \(index) \(step): thiếu đơn vị \(id)")
            #expect(shown.name == VietText.normalize(unit.name) && shown.group == unit.group && shown.head == unit.head
                    && shown.archived == unit.archived && shown.version == unit.version,
                    "sau bước \(index) \(step): đơn vị \(id) là \(shown), mô hình \(unit)")
            // Each sheet (per round and assessor): its points by version and position, its version and total.
            for (roundID, assessor) in rounds.flatMap({ round in Assessor.allCases.map { (round, $0) } }) {
                let sheet = try database.sheets(round: roundID, subject: .unit, id: id).sheet(assessor)
                let modelled = model.sheet(roundID, id, assessor)
                let cells: [Int: Double] = Dictionary(uniqueKeysWithValues: sheet.points.map { id, points in
                    ((places[id]?.version ?? 0) * 1000 + (places[id]?.position ?? -1), points)
                })
                var want: [Int: Double] = [:]
                for (serial, points) in modelled?.points ?? [:] {
                    let place = model.templates.place(of: serial, in: ReferenceTemplates.Key(round: roundID, group: unit.group))
                    want[(place?.version ?? 0) * 1000 + (place?.position ?? -1)] = points
                }
                let version = sheet.templateID.flatMap { template in criteria.first { $0.template == template }?.version }
                #expect(cells == want && sheet.total == (want.isEmpty ? nil : want.values.reduce(0, +)) && version == modelled?.version,
                        "sau bước \(index) \(step): điểm \(assessor.title) của \(id) vòng \(roundID) là \(cells) (bản \(String(describing: version))), mô hình \(want) (bản \(String(describing: modelled?.version)))")
                // Whether the worksheet gives it a band and a rank: complete under its own version.
                if assessor == .council, modelled != nil, let current = dashboard.template(round: roundID, group: .collective(unit.group)) {
                    #expect(sheet.isComplete(under: current) == model.complete(roundID, id),
                            "sau bước \(index) \(step): bảng điểm của \(id) vòng \(roundID) \(sheet.isComplete(under: current) ? "đủ" : "chưa đủ"), mô hình ngược lại")
                }
            }
        }
        for roundID in rounds {
            for group in UnitGroup.allCases {
                // Ranks: the seed scores nothing, so the ranked are the model's units.
                let table = try database.rankTable(round: roundID, group: .collective(group))
                let ranked = model.ranked(roundID, group)
                #expect(table.ranked == ranked, "sau bước \(index) \(step): vòng \(roundID) nhóm \(group.rawValue) xếp hạng \(table.ranked), mô hình \(ranked)")
                for id in created where model.units[id]?.group == group {
                    guard let rank = model.rank(roundID, id), let total = model.sheet(roundID, id)?.points.values.reduce(0, +) else { continue }
                    #expect(table.rank(of: total) == rank, "sau bước \(index) \(step): hạng của \(id) là \(table.rank(of: total)), mô hình \(rank)")
                }
                // The criteria templates: every version of each, criterion by criterion.
                let key = ReferenceTemplates.Key(round: roundID, group: group)
                let shown = criteria.filter { $0.key == key }.map { "\($0.version)/\($0.position) \($0.criterion.code) \($0.criterion.title) \($0.criterion.max)" }
                let want = (model.templates.versions[key] ?? [:]).sorted { $0.key < $1.key }.flatMap { number, version in
                    version.keys.sorted().map { "\(number)/\($0) \(version[$0]!.code) \(version[$0]!.title) \(version[$0]!.max)" }
                }
                #expect(shown == want, "sau bước \(index) \(step): bộ tiêu chí vòng \(roundID) nhóm \(group.rawValue) là \(shown), mô hình \(want)")
            }
        }
        for (id, person) in model.people {
            let stored = try database.read { db in try PersonRecord.fetchOne(db, key: id)?.model }
            #expect(stored?.unitID == person.unit && stored?.archived == person.archived,
                    "sau bước \(index) \(step): cá nhân \(id) là \(String(describing: stored)), mô hình \(person)")
        }
        // The reminders (`haian reminders`) of the model's units.
        let reminders = try database.reminders(today: model.today, days: ReportStatus.defaultReminderWindow).compactMap { reminder in
            reminder.unitID.flatMap { created.contains($0) ? "\($0)/\(reminder.slot.id)/\(reminder.status.isOverdue)" : nil }
        }
        let wantReminders = model.reminders(slots, days: ReportStatus.defaultReminderWindow)
        #expect(Set(reminders) == wantReminders && reminders.count == wantReminders.count,
                "sau bước \(index) \(step): nhắc việc \(reminders.sorted()), mô hình \(wantReminders.sorted())")
        let activeShown = try database.units(UnitQuery(year: 2026), offset: 0, limit: 1).total
        #expect(activeShown == seededActive + model.units.values.filter { !$0.archived }.count, "sau bước \(index) \(step): danh sách")
        // The report matrix's figures per deadline and group, as of the day the program is told.
        let tally = try database.reportTally(today: model.today)
        let expectedTally = model.tally(slots)
        for slot in slots {
            for group in UnitGroup.allCases {
                let key = ReportTally.Key(slotID: slot.id, group: group), name = "\(slot.id)/\(group.rawValue)"
                let want = expectedTally[name] ?? (0, 0, 0)
                let shown = (tally.onTime[key] ?? 0, tally.late[key] ?? 0, (tally.expected[key] ?? 0) - (seededExpected[name] ?? 0))
                #expect(shown == want, "sau bước \(index) \(step): báo cáo \(slot.title) nhóm \(group.rawValue) là \(shown), mô hình \(want)")
            }
        }
        // Registrations: each created unit's terms and days.
        for id in created {
            let stored = try database.read { db in
                try Row.fetchAll(db, sql: "SELECT term, registered_on FROM registration WHERE unit_id = ?", arguments: [id])
                    .reduce(into: [String: Day]()) { $0[$1[0]] = Day(iso: $1[1]) }
            }
            #expect(stored == (model.registrations[id] ?? [:]), "sau bước \(index) \(step): đăng ký của \(id) là \(stored), mô hình \(model.registrations[id] ?? [:])")
        }
        // The award flow: each proposal's steps, the quota and its use.
        for id in created {
            let stored = try database.proposal(round: round.id, subject: .unit, subjectID: id)
            let want = model.awards.proposals[id]
            let shown = stored.map { p in
                ReferenceAwards.Proposal(proposedOn: p.proposedOn, appraisedOn: p.appraisedOn, vote: p.vote.map { ($0.yes, $0.no, $0.on) },
                                         decision: p.decision.map { ($0.awarded, $0.on) }, withdrawn: p.withdrawn)
            }
            #expect(shown == want, "sau bước \(index) \(step): đề nghị của \(id) là \(String(describing: shown)), mô hình \(String(describing: want))")
        }
        let awards = try database.awards(round: round.id)
        let use = model.awards.use(excluding: nil)
        let quota = try database.dashboard().rounds.first { $0.id == round.id }?.quota.collective
        #expect(quota == model.awards.quota && (awards.use.proposed[.unit] ?? 0) == use.standing && (awards.use.awarded[.unit] ?? 0) == use.awarded,
                "sau bước \(index) \(step): chỉ tiêu \(String(describing: quota)), dùng \(awards.use), mô hình \(model.awards.quota) \(use)")
        #expect(try database.verify().isSound, "sau bước \(index) \(step): chuỗi nhật ký")
    }
}
