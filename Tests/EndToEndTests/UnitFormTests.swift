import Foundation
import Testing

/// Entering a unit by keys only, with the built-in input methods, and what survives a restart.
@Suite(.serialized) struct UnitFormTests {
    @Test func telexTypingSavesXomDongHaiAndItSurvivesARestart() throws {
        let db = try Tmux().folder.appendingPathComponent("form.sqlite").path
        do {
            let tmux = try Tmux()
            try tmux.start(["--db", db, "--today", "2026-05-21"])
            try tmux.waitFor("Tập thể: 5")
            try tmux.send("n")
            try tmux.waitFor("Thêm đơn vị")
            try tmux.type("Xoms Ddoong Hair")
            try tmux.send("Tab", "Right", "Tab")
            try tmux.type("Traafn Vawn An")
            #expect(try tmux.waitFor("Trần Văn An").contains("Xóm Đông Hải"))
            try tmux.send("C-s")
            let saved = try tmux.waitFor("Đã lưu đơn vị")
            #expect(saved.contains("Đã lưu đơn vị “Xóm Đông Hải”."))
            #expect(saved.contains("Tập thể: 6"))
            try tmux.send("q")
            #expect(tmux.exitStatus() == 0)
        }
        let tmux = try Tmux()
        try tmux.start(["--db", db, "--today", "2026-05-21"])
        let again = try tmux.waitFor("Tập thể: 6")
        #expect(again.contains("Xóm Đông Hải"))
        #expect(again.contains("Trần Văn An"))
        #expect(again.contains("Nhóm b (Xóm): 1"))
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func vniTypingSavesTheSameName() throws {
        let tmux = try Tmux()
        try tmux.startFresh("vni.sqlite")
        try tmux.send("n")
        try tmux.waitFor("Bộ gõ: Telex")
        try tmux.send("C-t")
        try tmux.waitFor("Bộ gõ: VNI")
        try tmux.type("Xo1m D9o6ng Ha3i")
        try tmux.send("Enter", "Enter", "Enter", "Enter")
        #expect(try tmux.waitFor("Đã lưu đơn vị").contains("Đã lưu đơn vị “Xóm Đông Hải”."))
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func anEmptyNameShowsTheMessageAndSavesNothing() throws {
        let tmux = try Tmux()
        try tmux.startFresh("empty.sqlite")
        try tmux.send("n")
        try tmux.waitFor("Thêm đơn vị")
        try tmux.send("C-s")
        #expect(try tmux.waitFor("không được để trống").contains("Tên đơn vị không được để trống."))
        try tmux.send("Escape")
        let back = try tmux.waitFor("q/Ctrl-C Thoát")
        #expect(back.contains("Tập thể: 5"))
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }
}
