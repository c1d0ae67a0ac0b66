import CNcurses
import Foundation
import Synchronization

/// The signal that asked the program to stop; set by the handler, polled by the loop.
private let stopSignal = Atomic<Int32>(0)

/// The real terminal, through ncursesw. The only file that imports CNcurses.
public final class CursesBackend: Backend {
    public struct StartError: Error, CustomStringConvertible {
        public let description: String
    }

    private var previous: Buffer?
    private var pairs: [Int: Int16] = [:]
    private let useColor: Bool
    private var active = true
    private var decoder = KeyDecoder()
    private var queued: [Key] = []
    /// Said once on the first screen when TERM was replaced by the fallback.
    public private(set) var startNote: String?
    private static let fallbackTerm = "xterm-256color"
    private static let pollMilliseconds: Int32 = 250
    /// How long after Esc the rest of a sequence may take (over SSH too) before it is a lone Esc.
    private static let escapeMilliseconds: Int32 = 60

    /// Takes over the terminal. `noColor` keeps bold, reverse and underline only.
    public init(noColor: Bool) throws {
        guard haian_setup_locale() == 1 else {
            throw StartError(description: "Không đặt được bảng mã UTF-8 (cần locale C.UTF-8) để hiển thị tiếng Việt.")
        }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if term == "dumb" {
            throw StartError(description: "Terminal “dumb” không vẽ được màn hình (không di chuyển con trỏ, không màu). "
                + "Hãy mở HaiAn trong một terminal đầy đủ: xterm, GNOME Terminal, PuTTY, tmux.")
        }
        if haian_newterm() == nil {
            // A TERM this host has no terminfo for (xterm-kitty reached over SSH, say): every
            // terminal people use understands xterm's sequences.
            setenv("TERM", Self.fallbackTerm, 1)
            guard haian_newterm() != nil else {
                throw StartError(description: "Không mở được màn hình: không có terminal, hoặc máy thiếu mô tả terminal "
                    + "“\(term)” và “\(Self.fallbackTerm)” (cài gói ncurses-term).")
            }
            startNote = "Máy không có mô tả terminal “\(term)”; đang dùng \(Self.fallbackTerm)."
        }
        haian_install_fatal_signal_handlers()
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { stopSignal.store($0, ordering: .relaxed) }
        }
        raw()
        noecho()
        nonl()
        // Sequences are decoded by KeyDecoder, not by terminfo, which knows only what the
        // entry of TERM lists (PuTTY's Home or the Linux console's F1 would read as Esc and letters).
        keypad(haian_stdscr(), false)
        // Lets ncurses scroll a region of the terminal when a list moves by a row, instead of
        // sending every row again (a few bytes rather than a screenful).
        idlok(haian_stdscr(), true)
        curs_set(0)
        // Wake up regularly so signals and other programs' commits are noticed.
        wtimeout(haian_stdscr(), Self.pollMilliseconds)
        useColor = !noColor && has_colors()
        if useColor {
            start_color()
            use_default_colors()
        }
        // ncurses flushes its output after every cursor move until the screen has once been
        // left and resumed (its "initial" state): a frame went out in ~150 writes, not one.
        endwin()
        wrefresh(haian_stdscr())
    }

    /// Gives the terminal back as it was. Safe to call twice.
    public func shutdown() {
        guard active else { return }
        active = false
        endwin()
    }

    deinit { shutdown() }

    public func size() -> (width: Int, height: Int) {
        (Int(haian_cols()), Int(haian_lines()))
    }

    /// The signal (SIGINT, SIGTERM, SIGHUP) that asked the program to stop, or 0.
    public var pendingSignal: Int32 { stopSignal.load(ordering: .relaxed) }

    public func draw(_ buffer: Buffer) {
        let old = previous.flatMap { $0.width == buffer.width && $0.height == buffer.height ? $0 : nil }
        if old == nil { werase(haian_stdscr()) }
        for y in 0..<buffer.height {
            var x = 0
            while x < buffer.width {
                guard glyphChanged(buffer, old, x, y) else { x += 1; continue }
                // A run of changed glyphs with one style goes out in one call.
                let style = buffer[x, y].style
                var text = ""
                let start = x
                while x < buffer.width, buffer[x, y].style == style, glyphChanged(buffer, old, x, y) {
                    let cell = buffer[x, y]
                    text += cell.symbol
                    x += max(1, cell.width)
                }
                _ = haian_put(Int32(y), Int32(start), text, attributes(style))
            }
        }
        wrefresh(haian_stdscr())
        previous = buffer
    }

    /// Reads one key, or nil when none came within the poll interval.
    public func readKey() -> Key? {
        while queued.isEmpty {
            var code: UInt32 = 0
            let rc = haian_get_wch(&code)
            if rc == KEY_CODE_YES {
                if Int32(code) == KEY_RESIZE { return .resize }
                continue
            }
            guard rc == OK else {
                guard decoder.isPending else { return nil }
                queued += decoder.timeout()
                wtimeout(haian_stdscr(), Self.pollMilliseconds)
                continue
            }
            guard let scalar = Unicode.Scalar(code) else { continue }
            queued += decoder.feed(scalar)
            // The rest of an escape sequence arrives at once; a lone Esc is known by the pause.
            wtimeout(haian_stdscr(), decoder.isPending ? Self.escapeMilliseconds : Self.pollMilliseconds)
        }
        return queued.removeFirst()
    }

    private func glyphChanged(_ buffer: Buffer, _ old: Buffer?, _ x: Int, _ y: Int) -> Bool {
        guard let old else { return true }
        let cell = buffer[x, y]
        if cell != old[x, y] { return true }
        return cell.width == 2 && x + 1 < buffer.width && buffer[x + 1, y] != old[x + 1, y]
    }

    private func attributes(_ style: Style) -> attr_t {
        var attrs: attr_t = 0
        if style.bold { attrs |= haian_attr_bold() }
        if style.reverse { attrs |= haian_attr_reverse() }
        if style.underline { attrs |= haian_attr_underline() }
        if style.dim { attrs |= haian_attr_dim() }
        if useColor && (style.fg != .default || style.bg != .default) {
            attrs |= haian_color_pair(pair(style.fg, style.bg))
        }
        return attrs
    }

    /// Colour pairs are made on first use: at most 81 of them.
    private func pair(_ fg: Color, _ bg: Color) -> Int16 {
        let key = (fg.rawValue + 1) * 9 + (bg.rawValue + 1)
        if let existing = pairs[key] { return existing }
        let number = Int16(pairs.count + 1)
        init_pair(number, Int16(fg.rawValue), Int16(bg.rawValue))
        pairs[key] = number
        return number
    }
}
