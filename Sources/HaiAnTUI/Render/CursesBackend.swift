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

    /// Takes over the terminal. `noColor` keeps bold, reverse and underline only.
    public init(noColor: Bool) throws {
        guard haian_setup_locale() == 1 else {
            throw StartError(description: "Không đặt được bảng mã UTF-8 (cần locale C.UTF-8) để hiển thị tiếng Việt.")
        }
        guard haian_newterm() != nil else {
            throw StartError(description: "Không mở được màn hình: biến TERM không hợp lệ hoặc không có terminal.")
        }
        haian_install_fatal_signal_handlers()
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { stopSignal.store($0, ordering: .relaxed) }
        }
        raw()
        noecho()
        nonl()
        keypad(haian_stdscr(), true)
        // Lets ncurses scroll a region of the terminal when a list moves by a row, instead of
        // sending every row again (a few bytes rather than a screenful).
        idlok(haian_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        // Wake up regularly so signals (and later, other instances' commits) are noticed.
        wtimeout(haian_stdscr(), 250)
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
        var code: UInt32 = 0
        let rc = haian_get_wch(&code)
        if rc == KEY_CODE_YES { return functionKey(Int32(code)) }
        guard rc == OK else { return nil }
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(code + 96)!))
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_RESIZE: return .resize
        default:
            for n in 1...12 where code == haian_key_f(Int32(n)) { return .function(n) }
            return nil
        }
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
