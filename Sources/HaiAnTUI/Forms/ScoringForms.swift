import Model

/// The forms of panes 4 and 5: criteria, bands, quotas and each step of a proposal.
extension FormState {
    static func criterionForm(_ criterion: Criterion, template: CriteriaTemplate, index: Int?) -> FormState {
        let title = (index == nil ? "Thêm tiêu chí" : "Sửa tiêu chí \(criterion.code)") + " — \(template.group.shortTitle)"
        return FormState(title: title, purpose: .criterion(round: template.roundID, group: template.group, index: index), fields: [
            FormField(key: "code", label: "Mã", kind: .text(maxWidth: Criterion.maxCodeWidth), text: criterion.code),
            FormField(key: "title", label: "Tiêu chí", kind: .text(maxWidth: Criterion.maxTitleWidth), text: criterion.title),
            FormField(key: "maxPoints", label: "Điểm tối đa", kind: .decimal(0...CriteriaTemplate.requiredTotal),
                      text: index == nil ? "" : formatPoints(criterion.maxPoints)),
        ])
    }

    static func bandsForm(_ bands: Bands) -> FormState {
        FormState(title: "Ngưỡng xếp loại (tổng điểm từ)", purpose: .bands(bands.bands.map(\.label)),
                  fields: bands.bands.enumerated().map { index, band in
            FormField(key: "band\(index)", label: band.label, kind: .decimal(0...CriteriaTemplate.requiredTotal),
                      text: formatPoints(band.minimum))
        })
    }

    static func quotaForm(_ round: Round) -> FormState {
        FormState(title: "Chỉ tiêu Giấy khen — \(round.title)", purpose: .quota(round), fields: [
            FormField(key: "collective", label: "Tập thể", kind: .integer(0...Quota.maximum), text: String(round.quota.collective)),
            FormField(key: "individual", label: "Cá nhân", kind: .integer(0...Quota.maximum), text: String(round.quota.individual)),
        ])
    }

    static func proposalForm(_ proposal: Proposal, step: ProposalStep, today: Day) -> FormState {
        let purpose = FormPurpose.proposal(proposal, step: step, today: today)
        let who = proposal.name.isEmpty ? "" : ": \(proposal.name)"
        switch step {
        case .propose:
            var fields: [FormField] = []
            if proposal.subjectID == 0 {
                fields += [
                    FormField(key: "kind", label: "Đề nghị cho", kind: .choice(["Tập thể", "Cá nhân"]),
                              choice: proposal.subject == .unit ? 0 : 1),
                    FormField(key: "name", label: "Tên", kind: .text(maxWidth: Unit.maxNameWidth), text: proposal.name),
                ]
            }
            fields += [
                FormField(key: "reason", label: "Thành tích, lý do", kind: .text(maxWidth: Proposal.maxTextWidth), text: proposal.reason),
                FormField(key: "dossier", label: "Hồ sơ kèm theo", kind: .text(maxWidth: Proposal.maxTextWidth), text: proposal.dossier),
                FormField(key: "date", label: "Ngày đề nghị", kind: .date, text: proposal.proposedOn.display),
            ]
            return FormState(title: (proposal.id == 0 ? "Đề nghị khen thưởng" : "Sửa đề nghị") + who, purpose: purpose, fields: fields)
        case .appraise:
            return FormState(title: "Thẩm định" + who, purpose: purpose, fields: [
                FormField(key: "appraisal", label: "Ý kiến thẩm định", kind: .text(maxWidth: Proposal.maxTextWidth), text: proposal.appraisal),
                FormField(key: "date", label: "Ngày thẩm định", kind: .date, text: (proposal.appraisedOn ?? today).display),
            ])
        case .vote:
            let vote = proposal.vote
            return FormState(title: "Biểu quyết của Hội đồng" + who, purpose: purpose, fields: [
                FormField(key: "yes", label: "Tán thành", kind: .integer(0...999), text: vote.map { String($0.yes) } ?? ""),
                FormField(key: "no", label: "Không tán thành", kind: .integer(0...999), text: vote.map { String($0.no) } ?? ""),
                FormField(key: "abstain", label: "Phiếu trắng", kind: .integer(0...999), text: vote.map { String($0.abstain) } ?? ""),
                FormField(key: "date", label: "Ngày biểu quyết", kind: .date, text: (vote?.on ?? today).display),
            ])
        case .decide:
            let decision = proposal.decision
            return FormState(title: "Quyết định của Chủ tịch" + who, purpose: purpose, fields: [
                // A decision made can be cancelled (its appraisal and vote are closed until it is).
                FormField(key: "awarded", label: "Quyết định",
                          kind: .choice(["Tặng Giấy khen", "Không khen"] + (decision == nil ? [] : ["Hủy quyết định"])),
                          choice: decision?.awarded == false ? 1 : 0),
                FormField(key: "number", label: "Số quyết định", kind: .text(maxWidth: 40), text: decision?.number ?? ""),
                FormField(key: "date", label: "Ngày quyết định", kind: .date, text: (decision?.on ?? today).display),
            ])
        }
    }

    /// The change a pane 4 or 5 form describes, or every problem found.
    func scoringChange() -> Result<Change, FormErrors> {
        var errors: [FieldError] = []
        switch purpose {
        case .criterion(let round, let group, let index):
            let points = collect(decimal("maxPoints", label: "Điểm tối đa"), into: &errors) ?? nil
            if points == nil && errors.isEmpty { errors.append(FieldError(field: "maxPoints", message: "Ghi điểm tối đa.")) }
            let criterion = Criterion(code: text("code"), title: text("title"), maxPoints: points ?? 0)
            let known = Set(errors.map(\.field))
            errors += criterion.validationErrors().filter { !known.contains($0.field) }
            return errors.isEmpty ? .success(.saveCriterion(round: round, group: group, index: index, criterion)) : .failure(FormErrors(all: errors))
        case .bands(let labels):
            let minimums = labels.indices.map { index -> Double in
                let value = collect(decimal("band\(index)", label: labels[index]), into: &errors) ?? nil
                if value == nil && !errors.contains(where: { $0.field == "band\(index)" }) {
                    errors.append(FieldError(field: "band\(index)", message: "Ghi ngưỡng điểm."))
                }
                return value ?? 0
            }
            for index in minimums.indices.dropFirst() where minimums[index] >= minimums[index - 1] && errors.isEmpty {
                errors.append(FieldError(field: "band\(index)", message: "Phải thấp hơn ngưỡng “\(labels[index - 1])”."))
            }
            return errors.isEmpty ? .success(.saveBands(minimums)) : .failure(FormErrors(all: errors))
        case .quota(let round):
            let collective = collect(integer("collective", label: "Chỉ tiêu tập thể"), into: &errors) ?? nil
            let individual = collect(integer("individual", label: "Chỉ tiêu cá nhân"), into: &errors) ?? nil
            let quota = Quota(collective: collective ?? 0, individual: individual ?? 0)
            return errors.isEmpty ? .success(.setQuota(round: round.id, quota)) : .failure(FormErrors(all: errors))
        case .proposal(var proposal, let step, let today):
            apply(step, to: &proposal, errors: &errors)
            // The rule names each step's own date; this form has one date field.
            let found = proposal.validationErrors(today: today).map { $0.field.hasSuffix("On") ? FieldError(field: "date", message: $0.message) : $0 }
            let known = Set(errors.map(\.field))
            errors += found.filter { !known.contains($0.field) && fields.map(\.key).contains($0.field) }
            if errors.isEmpty, let hidden = found.first {
                // A rule about a step this form does not show (a vote before its appraisal, say).
                errors.append(FieldError(field: "", message: hidden.message))
            }
            return errors.isEmpty ? .success(.saveProposal(proposal, step: step, today: today)) : .failure(FormErrors(all: errors))
        default:
            return .failure(FormErrors(all: []))
        }
    }

    private func apply(_ step: ProposalStep, to proposal: inout Proposal, errors: inout [FieldError]) {
        let day = collect(date("date", label: "Ngày"), into: &errors) ?? nil
        if day == nil && !errors.contains(where: { $0.field == "date" }) {
            errors.append(FieldError(field: "date", message: "Ghi ngày (dd/mm/yyyy)."))
        }
        switch step {
        case .propose:
            if proposal.subjectID == 0 {
                proposal.subject = choice("kind") == 0 ? .unit : .person
                proposal.name = text("name")
                if proposal.name.isEmpty { errors.append(FieldError(field: "name", message: "Ghi tên đơn vị hay cá nhân.")) }
            }
            proposal.reason = text("reason")
            proposal.dossier = text("dossier")
            proposal.proposedOn = day ?? proposal.proposedOn
        case .appraise:
            proposal.appraisal = text("appraisal")
            proposal.appraisedOn = day ?? proposal.appraisedOn
        case .vote:
            let counts = ["yes", "no", "abstain"].map { key in collect(integer(key, label: "Số phiếu"), into: &errors).flatMap { $0 } ?? 0 }
            proposal.vote = Vote(yes: counts[0], no: counts[1], abstain: counts[2], on: day ?? proposal.vote?.on ?? proposal.proposedOn)
        case .decide:
            proposal.decision = choice("awarded") == 2 ? nil
                : Decision(number: text("number"), on: day ?? proposal.decision?.on ?? proposal.proposedOn, awarded: choice("awarded") == 0)
        }
    }
}
