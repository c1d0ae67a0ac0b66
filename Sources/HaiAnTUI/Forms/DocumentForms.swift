import Model
import Storage

/// The forms behind the documents: which one to write, and the commune's settings for them.
extension FormState {
    /// A chooser of the documents a pane can give: the yearly report (pane 3), the award
    /// dossier of the round shown (pane 5).
    static func documentsForm(_ kinds: [DocumentKind], year: Int, round: Round?) -> FormState {
        let what = round.map { " · \($0.title)" } ?? " · năm \(year)"
        return FormState(title: "Lập văn bản\(what) (ghi vào thư mục van-ban cạnh tệp dữ liệu)",
                         purpose: .documents(kinds, year: year, roundID: round?.id), fields: [
            FormField(key: "kind", label: "Văn bản", kind: .choice(kinds.map(\.title))),
        ])
    }

    /// The parts of the yearly report the officer writes, each a text area; paragraphs on their own lines.
    static func reportWritingForm(year: Int, _ writing: ReportWriting) -> FormState {
        let labels = ["Ưu điểm", "Hạn chế, nguyên nhân", "Phương hướng, nhiệm vụ", "Kiến nghị, đề xuất"]
        let keys = ["strengths", "weaknesses", "plans", "proposals"]
        return FormState(title: "Báo cáo năm \(year): phần cán bộ viết (Enter xuống dòng, Tab sang phần sau)",
                         purpose: .reportWriting(year: year), fields: zip(zip(keys, labels), writing.texts).map { pair, text in
                             FormField(key: pair.0, label: pair.1, kind: .textArea(maxWidth: ReportWriting.maxWidth, rows: 3), text: text)
                         })
    }

    /// Every setting as a line of text, as `haian settings` shows them.
    static func settingsForm(_ settings: CommuneSettings) -> FormState {
        FormState(title: "Cài đặt văn bản của xã", purpose: .settings(settings),
                  fields: CommuneSettings.fields.map { field in
                      FormField(key: field.key, label: field.label, kind: .text(maxWidth: 400), text: field.get(settings))
                  })
    }

    /// The settings the fields give, or every field refused.
    func settingsChange(_ settings: CommuneSettings) -> Result<Change, FormErrors> {
        var settings = settings
        let errors = CommuneSettings.fields.compactMap { field in field.set(&settings, text(field.key)) }
        return errors.isEmpty ? .success(.saveSettings(settings)) : .failure(FormErrors(all: errors))
    }
}

/// A document to write, asked of the event loop (it reads the database and writes the file).
public struct DocumentRequest: Equatable, Sendable {
    public var kind: DocumentKind
    public var year: Int
    public var roundID: Int64?
    /// What to do with a file of the same name: asked first, since a clerk may have edited it in Word.
    public var existing: ExistingFile = .ask
}

public enum ExistingFile: Equatable, Sendable {
    case ask
    case replace
    /// The older file stays as it is and the new one takes the next free name, "… (1).docx": a
    /// word processor holding the older file open would save back over a file renamed under it.
    case keep
}
