import Model
import Storage

/// `I` in pane 1: a file's rows planned and shown before anything is written — new, changed
/// field by field, unchanged, the columns ignored, every problem — then Enter writes, Esc leaves.
public struct ImportPreview: Equatable, Sendable {
    public var path: String
    public var plan: ImportPlan
    public var scroll = 0

    /// Whether Enter may write: a plan with a problem writes nothing.
    public var writable: Bool { plan.problems.isEmpty && plan.writesSomething }

    /// The box's width on a screen this wide.
    static func boxWidth(_ screen: Int) -> Int { screen < 100 ? screen : min(screen - 4, 110) }

    /// The plan's lines wrapped to the box on a screen this wide (nothing is cut), each piece
    /// marked when it belongs to a problem.
    func lines(screenWidth: Int) -> [(text: String, problem: Bool)] {
        plan.lines.flatMap { line in
            VietText.wrap(line, width: max(10, Self.boxWidth(screenWidth) - 4)).map { ($0, line.hasPrefix("✗")) }
        }
    }
}

/// What the event loop is asked to do for an import: read and plan a file, or write a plan.
public enum ImportRequest: Equatable, Sendable {
    case plan(ImportKind, path: String)
    case write(ImportPlan)
}

extension FormState {
    /// The kind (from the list shown) and the file; Tab in the path completes it.
    static func importForm(_ kind: ImportKind) -> FormState {
        FormState(title: "Nhập danh sách từ Excel (.xlsx) hoặc CSV (Tab: gợi ý tên tệp)", purpose: .importFile, fields: [
            FormField(key: "kind", label: "Danh sách", kind: .choice(ImportKind.allCases.map { "Danh sách \($0.title)" }),
                      choice: ImportKind.allCases.firstIndex(of: kind) ?? 0),
            FormField(key: "path", label: "Tệp", kind: .verbatim(maxWidth: 400)),
        ])
    }
}

/// The preview over the pane: the plan's lines, scrolled; the keys at the bottom.
enum ImportPreviewView {
    static func render(into buffer: inout Buffer, preview: ImportPreview) {
        let width = ImportPreview.boxWidth(buffer.width)
        let box = Rect(x: (buffer.width - width) / 2, y: 1, width: width, height: buffer.height - 2)
        buffer.fill(box, style: Theme.overlay)
        buffer.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: Theme.overlayTitle)
        buffer.put(" Xem trước khi nhập: \(preview.path)", x: box.x, y: box.y, style: Theme.overlayTitle, maxWidth: box.width)
        let lines = preview.lines(screenWidth: buffer.width)
        let rows = box.height - 4
        for (index, line) in lines.dropFirst(min(preview.scroll, max(0, lines.count - 1))).prefix(rows).enumerated() {
            let style = line.problem ? Theme.fieldError : Theme.overlay
            buffer.put(line.text, x: box.x + 2, y: box.y + 2 + index, style: style, maxWidth: box.width - 4)
        }
        let keys = preview.writable ? "Enter: nhập vào (một bước, u để hoàn tác) · Esc: bỏ, không ghi gì · ↑↓ PgUp/PgDn: cuộn"
            : "Esc: đóng, không ghi gì (sửa tệp rồi nhập lại) · ↑↓ PgUp/PgDn: cuộn"
        // Where the box is too narrow for them, the footer below says the same keys.
        if VietText.displayWidth(keys) <= box.width - 4 {
            buffer.put(keys, x: box.x + 2, y: box.bottom - 1, style: Theme.overlay)
        }
    }
}

/// The import part of `update`.
func updateImport(_ state: inout AppState, _ action: Action) {
    switch action {
    case .openImport:
        let kind: ImportKind = switch state.browser.view {
        case .units: .units
        case .people: .people
        case .initiatives: .initiatives
        }
        state.form = .importForm(kind)
    case .confirmImport:
        guard let preview = state.importPreview else { return }
        guard preview.writable else {
            state.message = preview.plan.problems.isEmpty ? "Tệp không có gì mới để nhập." : "Tệp còn lỗi: không ghi gì."
            return
        }
        state.importRequest = .write(preview.plan)
        state.importPreview = nil
    case .closeImport:
        state.importPreview = nil
        state.message = "Đã bỏ, không nhập gì."
    case .scrollImport(let lines):
        guard var preview = state.importPreview else { return }
        preview.scroll = min(max(0, preview.scroll + lines), max(0, preview.lines(screenWidth: state.width).count - 1))
        state.importPreview = preview
    default: break
    }
}
