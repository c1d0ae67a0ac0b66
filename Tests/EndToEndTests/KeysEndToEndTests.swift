import Foundation
import Testing

/// Keys as people really send them: text typed where text is entered, and the escape
/// sequences of PuTTY, the Linux console and xterm, whatever TERM says.
@Suite(.serialized) struct KeysEndToEndTests {
    @Test func searchingForQuanKeepsTheProgramRunningAndFilters() throws {
        let tmux = try Tmux()
        try tmux.startFresh("search.sqlite")
        try tmux.send("/")
        try tmux.type("quan")
        let screen = try tmux.waitFor("Tìm: quan")
        #expect(screen.contains("Tìm: quan"))
        #expect(!screen.contains("q/Ctrl-C Thoát"))
        #expect(tmux.exitStatus(timeout: 0.5) == nil)
        try tmux.send("Escape", "q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func aNameWithCommandKeysInItIsSavedExactly() throws {
        let tmux = try Tmux()
        try tmux.startFresh("name.sqlite")
        try tmux.send("n")
        try tmux.waitFor("Thêm đơn vị")
        try tmux.send("C-t")
        try tmux.waitFor("Bộ gõ: tắt")
        try tmux.type("Quy ?12/3 [q]")
        // Esc asks; the key that answers is not typed.
        try tmux.send("Escape")
        try tmux.waitFor("Esc lần nữa")
        try tmux.type("/")
        try tmux.send("C-s")
        let saved = try tmux.waitFor("Đã lưu đơn vị")
        #expect(saved.contains("Đã lưu đơn vị “Quy ?12/3 [q]”."))
        #expect(tmux.exitStatus(timeout: 0.2) == nil)
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func puttyAndLinuxConsoleKeysActAsTheirKeysInEachPane() throws {
        let tmux = try Tmux()
        try tmux.startFresh("keys.sqlite")
        // The Linux console's F1–F5 (ESC [ [ A … E) choose panes 1–5; PuTTY's F1 (ESC [ 11 ~) pane 1.
        let titles = ["Tập thể đang hoạt động", "Giai đoạn 1", "Báo cáo theo hạn", "Chấm điểm · Năm", "Khen thưởng · Năm"]
        for (index, letter) in ["41", "42", "43", "44", "45"].enumerated() {
            try tmux.sendBytes("1b 5b 5b \(letter)")
            #expect(try tmux.waitFor(titles[index]).contains(titles[index]), "F\(index + 1)")
        }
        try tmux.sendBytes("1b 5b 31 31 7e")
        try tmux.waitFor("Tập thể đang hoạt động")
        // PuTTY's End (ESC [ 4 ~) and Home (ESC [ 1 ~) move in the list; no pane 4, no pane 1.
        try tmux.sendBytes("1b 5b 34 7e")
        #expect(try tmux.waitFor("5/5").contains("Tập thể đang hoạt động"))
        try tmux.sendBytes("1b 5b 31 7e")
        #expect(try tmux.waitFor("1/5").contains("Tập thể đang hoạt động"))
        // An unknown sequence changes nothing on screen.
        let before = try tmux.capture()
        try tmux.sendBytes("1b 5b 39 39 7e")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(try tmux.capture() == before)
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func aTermWithoutTerminfoFallsBackAndDumbIsRefused() throws {
        let tmux = try Tmux()
        let db = tmux.folder.appendingPathComponent("term.sqlite").path
        try tmux.start(["--db", db, "--today", "2026-05-21"], environment: ["TERM": "xterm-khong-co-that"])
        #expect(try tmux.waitFor("đang dùng xterm-256color").contains("Tập thể đang hoạt động"))
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)

        let dumb = try Tmux()
        try dumb.start(["--db", db, "--today", "2026-05-21"], environment: ["TERM": "dumb"])
        #expect(dumb.exitStatus() == 1)
        #expect(try dumb.capture().contains("Terminal “dumb” không vẽ được màn hình"))
    }
}
