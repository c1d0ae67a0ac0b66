/// Turns what a terminal sends into keys, whatever `TERM` says: xterm's normal and
/// application cursor keys, PuTTY's and the Linux console's Home/End/F-keys, and any other
/// escape sequence swallowed whole (as libtermkey and tmux's tty-keys do), so that an unknown
/// sequence never reads as Esc followed by letters that fire commands.
public struct KeyDecoder: Sendable {
    /// Bytes of an escape sequence still being read.
    private var pending: [Unicode.Scalar] = []
    /// Longer than any key sequence: a run this long without an end is swallowed.
    private static let longest = 16

    public init() {}

    /// Whether an escape sequence has started and more input may complete it; the caller
    /// waits briefly and calls `timeout()` when nothing more comes.
    public var isPending: Bool { !pending.isEmpty }

    /// One character read from the terminal; the keys it completes (none while a sequence
    /// is still open, two when an Esc is followed by another Esc).
    public mutating func feed(_ scalar: Unicode.Scalar) -> [Key] {
        guard !pending.isEmpty else {
            if scalar == "\u{1B}" {
                pending = [scalar]
                return []
            }
            return Self.plain(scalar).map { [$0] } ?? []
        }
        if pending.count == 1 {
            switch scalar {
            case "[", "O":
                pending.append(scalar)
                return []
            case "\u{1B}":
                // Esc Esc: the first is a lone Esc, the second may start a sequence.
                return [.escape]
            default:
                // Esc then a key typed quickly (or Alt with it): Esc, then that key, as
                // ncurses reads them; only CSI and SS3 sequences are swallowed when unknown.
                pending = []
                return [.escape] + feed(scalar)
            }
        }
        pending.append(scalar)
        if let key = Self.complete(pending) { return finish(key) }
        if pending.count >= Self.longest { return finish(.unknownSequence) }
        return []
    }

    /// Nothing more came: a lone Esc is Esc; a cut-off sequence is swallowed.
    public mutating func timeout() -> [Key] {
        guard !pending.isEmpty else { return [] }
        return finish(pending.count == 1 ? .escape : .unknownSequence)
    }

    private mutating func finish(_ key: Key) -> [Key] {
        pending = []
        return [key]
    }

    /// A key that is one character.
    static func plain(_ scalar: Unicode.Scalar) -> Key? {
        switch scalar.value {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(scalar.value + 96)!))
        case 0, 28...31: return nil
        default: return .char(Character(scalar))
        }
    }

    /// The key a whole sequence means, an unknown-sequence key once it has ended without
    /// meaning one, or nil while it may still go on.
    static func complete(_ sequence: [Unicode.Scalar]) -> Key? {
        let body = sequence.dropFirst(2)
        guard let last = body.last else { return nil }
        if sequence[1] == "O" {
            // SS3: one final character (application cursor keys, F1–F4, keypad Enter).
            return ss3[last] ?? .unknownSequence
        }
        // The Linux console's F1–F5: ESC [ [ A … E.
        if body.first == "[" {
            guard body.count == 2 else { return nil }
            return linuxConsole[last] ?? .unknownSequence
        }
        // CSI: parameters and intermediates (0x20–0x3F) up to one final byte (0x40–0x7E).
        guard (0x40...0x7E).contains(last.value) else {
            return (0x20...0x3F).contains(last.value) ? nil : .unknownSequence
        }
        let parameters = String(String.UnicodeScalarView(body.dropLast()))
        if last == "~" {
            let first = parameters.split(separator: ";").first.flatMap { Int($0) }
            return first.flatMap { tilde[$0] } ?? .unknownSequence
        }
        // Modified keys (ESC [ 1 ; 5 A, Ctrl-Up) are read as the key itself.
        guard parameters.allSatisfy({ $0.isNumber || $0 == ";" }) else { return .unknownSequence }
        return csi[last] ?? .unknownSequence
    }

    private static let ss3: [Unicode.Scalar: Key] = [
        "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end, "M": .enter,
        "P": .function(1), "Q": .function(2), "R": .function(3), "S": .function(4),
    ]
    private static let csi: [Unicode.Scalar: Key] = [
        "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end, "Z": .backTab,
        "P": .function(1), "Q": .function(2), "R": .function(3), "S": .function(4),
    ]
    private static let linuxConsole: [Unicode.Scalar: Key] = [
        "A": .function(1), "B": .function(2), "C": .function(3), "D": .function(4), "E": .function(5),
    ]
    /// VT220-style keys: ESC [ n ~ (PuTTY, rxvt, the Linux console, xterm's Delete and PgUp/PgDn).
    private static let tilde: [Int: Key] = [
        1: .home, 3: .delete, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end,
        11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4), 15: .function(5),
        17: .function(6), 18: .function(7), 19: .function(8), 20: .function(9), 21: .function(10),
        23: .function(11), 24: .function(12),
    ]
}
