import Foundation
import Testing

/// Entering a unit by keys only, with the built-in input methods, and what survives a restart.
@Suite(.serialized) struct UnitFormTests {
    @Test func createSearchEditArchiveUndoByKeysAndEverythingSurvivesARestart() throws {
        let db = try Tmux().folder.appendingPathComponent("form.sqlite").path
        do {
            let tmux = try Tmux()
            try tmux.start(["--db", db, "--today", "2026-05-21"])
            try tmux.waitFor("Tập thể đang hoạt động 5")
            try tmux.send("n")
            try tmux.waitFor("Thêm đơn vị")
            try tmux.type("Xoms Hair An")
            try tmux.send("Tab", "Right", "Tab")
            try tmux.type("Traafn Vawn An")
            #expect(try tmux.waitFor("Trần Văn An").contains("Xóm Hải An"))
            try tmux.send("C-s")
            let saved = try tmux.waitFor("Đã lưu đơn vị")
            #expect(saved.contains("Đã lưu đơn vị “Xóm Hải An”."))
            #expect(saved.contains("Tập thể đang hoạt động 6"))
            try tmux.send("q")
            #expect(tmux.exitStatus() == 0)
        }
        do {
            let tmux = try Tmux()
            try tmux.start(["--db", db, "--today", "2026-05-21"])
            #expect(try tmux.waitFor("Xóm Hải An").contains("Trần Văn An"))
            // Search folds tones and case: "hai an" finds "Hải An".
            try tmux.send("/")
            try tmux.type("hai an")
            let found = try tmux.waitFor("1 kết quả")
            #expect(found.contains("Xóm Hải An") && !found.contains("Ban Xây dựng Đảng"))
            try tmux.send("Enter", "e")
            try tmux.waitFor("Sửa đơn vị")
            try tmux.send("Tab", "Tab")
            for _ in 0..<12 { try tmux.send("BSpace") }
            try tmux.type("Lee Thij Binhf")
            try tmux.send("C-s")
            #expect(try tmux.waitFor("Đã lưu đơn vị").contains("Lê Thị Bình"))
            // An impossible date is refused in place and nothing is saved.
            try tmux.send("r")
            try tmux.waitFor("Đăng ký thi đua: Xóm Hải An")
            try tmux.send("Tab")
            for _ in 0..<10 { try tmux.send("BSpace") }
            try tmux.type("31/02/2026")
            try tmux.send("C-s")
            #expect(try tmux.waitFor("không hợp lệ").contains("Ngày đăng ký không hợp lệ: “31/02/2026”"))
            try tmux.send("Escape", "Escape")
            try tmux.waitFor("Đã bỏ, không lưu gì.")
            // Archive asks first; undo brings it back.
            try tmux.send("d")
            try tmux.waitFor("Lưu trữ đơn vị “Xóm Hải An”?")
            try tmux.send("y")
            #expect(try tmux.waitFor("Đã lưu trữ").contains("không thấy"))
            try tmux.send("u")
            #expect(try tmux.waitFor("Đã hoàn tác").contains("Xóm Hải An"))
            try tmux.send("q")
            #expect(tmux.exitStatus() == 0)
        }
        let tmux = try Tmux()
        try tmux.start(["--db", db, "--today", "2026-05-21"])
        let again = try tmux.waitFor("Tập thể đang hoạt động 6")
        #expect(again.contains("Xóm Hải An") && again.contains("Lê Thị Bình"))
        #expect(again.contains("✗ chưa"))
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
        try tmux.send("Enter", "Enter", "Enter", "Enter", "Enter")
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
        #expect(back.contains("Tập thể đang hoạt động 5"))
        try tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }
}
