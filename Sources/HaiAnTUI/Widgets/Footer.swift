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
        for binding in Keymap.active(in: state) {
            let needed = VietText.displayWidth(" \(binding.keyLabel) ") + VietText.displayWidth("\(binding.label) ")
            if x + needed > width { break }
            x += needed
            result.append(binding)
        }
        return result
    }
}
