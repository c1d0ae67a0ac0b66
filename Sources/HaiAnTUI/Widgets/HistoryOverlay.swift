import Model

/// A record's trail in a box over the pane: when, who, what was done, before → after.
enum HistoryOverlay {
    static func render(into buffer: inout Buffer, history: HistoryState) {
        let width = min(buffer.width - 4, 90)
        let shown = min(history.entries.count, max(1, buffer.height - 10))
        let box = Rect(x: (buffer.width - width) / 2, y: max(1, (buffer.height - shown - 4) / 2), width: width, height: shown + 4)
        buffer.fill(box, style: Theme.overlay)
        buffer.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: Theme.overlayTitle)
        buffer.put(" " + history.title, x: box.x, y: box.y, style: Theme.overlayTitle, maxWidth: box.width)
        if history.entries.isEmpty {
            buffer.put("Chưa có thay đổi nào được ghi.", x: box.x + 2, y: box.y + 2, style: Theme.overlay, maxWidth: box.width - 4)
        }
        // The newest entries matter most when the trail is longer than the box.
        for (line, entry) in history.entries.suffix(shown).enumerated() {
            let who = entry.who.isEmpty ? "(không tên)" : entry.who
            let text = "\(entry.when)  \(VietText.truncate(who, toWidth: 18))  \(HistoryEntry.verb(entry.action))  \(entry.summary)"
            buffer.put(text, x: box.x + 2, y: box.y + 2 + line, style: Theme.overlay, maxWidth: box.width - 4)
        }
        buffer.put("Esc: đóng · giờ Việt Nam (UTC+7)", x: box.x + 2, y: box.bottom - 1, style: Theme.overlay, maxWidth: box.width - 4)
    }
}
