import HaiAnTUI
import Model

/// Tasks an officer finishes, as keys: the monkey runs one now and then, so that among its
/// random keys a run also fills forms with good and bad values and saves them, types whole
/// scores and records receipts — and writes as much as it wanders.
enum Episodes {
    /// Text for a form field: a plausible name or head, or a bad one (empty, over-long, controls).
    private static func text(_ random: inout SeededRandom) -> [Key] {
        let words = ["Xóm Thử", "Ban Mới", "Nguyễn Văn An", "Trần Thị Lụa", "Tổ Công nghệ số", "Doanh nghiệp Số"]
        let chosen: String = switch random.int(0..<8) {
        case 0: ""
        case 1: String(repeating: "Dài ", count: 40)
        case 2: "Xóm\u{7}Lạ"
        default: words[random.int(0..<words.count)] + " \(random.int(0..<1000))"
        }
        return chosen.map(Key.char)
    }

    private static func moves(_ key: Key, _ random: inout SeededRandom, upTo count: Int) -> [Key] {
        Array(repeating: key, count: random.int(0..<count))
    }

    /// One task's keys, chosen at random.
    static func next(_ random: inout SeededRandom) -> [Key] {
        switch random.int(0..<6) {
        case 0:
            // Add a unit: its name, its group, save.
            return [.function(1), .escape, .escape, .char("n")] + text(&random) + [.tab]
                + moves(.right, &random, upTo: 3) + [.ctrl("s"), .escape]
        case 1:
            // Edit a unit's name or head, save.
            return [.function(1), .escape, .escape] + moves(.down, &random, upTo: 30) + [.char("e")]
                + moves(.tab, &random, upTo: 3) + [.backspace, .backspace] + text(&random) + [.ctrl("s"), .escape]
        case 2:
            // Type whole scores along a row: good ones, a decimal, some out of range.
            var keys: [Key] = [.function(4)] + moves(.down, &random, upTo: 20) + moves(.right, &random, upTo: 6)
            for _ in 0..<(1 + random.int(0..<4)) {
                let score = ["7", "1,5", "10", "0", "99", "2.5", "15"][random.int(0..<7)]
                keys += score.map(Key.char) + [.enter]
            }
            return keys + [.escape]
        case 3:
            // Record a report as received at a unit and deadline, with the form's day.
            return [.function(3), .escape] + moves(.down, &random, upTo: 40) + moves(.right, &random, upTo: 4)
                + [.enter, .ctrl("s"), .escape]
        case 4:
            // Archive or restore, and confirm.
            return [.function(1), .escape, .escape] + moves(.down, &random, upTo: 30) + [.char("d"), .char("y"), .escape]
        default:
            // Take the last change back.
            return [.char("u")]
        }
    }
}
