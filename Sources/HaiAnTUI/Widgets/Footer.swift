import Model

/// The bottom row: the keys in force here, from the key table, as many as fit.
enum Footer {
    static func render(into buffer: inout Buffer, state: AppState) {
        let y = buffer.height - 1
        var x = 0
        for binding in shown(in: state, width: buffer.width) {
            x += buffer.put(" \(binding.keyLabel) ", x: x, y: y, style: Theme.footerKey)
            x += buffer.put("\(binding.label) ", x: x, y: y, style: Theme.footerLabel)
        }
    }

    /// The bindings the footer has room for at this width.
    static func shown(in state: AppState, width: Int) -> [KeyBinding] {
        var x = 0
        var result: [KeyBinding] = []
        // Help and quit come first, so they are there at any width; in a form, Esc with them.
        let active = Keymap.active(in: state)
        let first = active.filter {
            $0.keys.contains(.char("?")) || $0.keys.contains(.ctrl("c")) || (state.form != nil && $0.keys.contains(.escape))
        }
        for binding in first + active.filter({ binding in !first.contains { $0.keyLabel == binding.keyLabel } }) {
            let needed = VietText.displayWidth(" \(binding.keyLabel) ") + VietText.displayWidth("\(binding.label) ")
            if x + needed > width { break }
            x += needed
            result.append(binding)
        }
        return result
    }
}
