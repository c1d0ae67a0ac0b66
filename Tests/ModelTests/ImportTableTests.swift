import Testing
@testable import Model

/// A file's rows made into records one at a time, as the import streams them.
@Suite struct ImportTableTests {
    private func read(_ kind: ImportKind, _ rows: [[String]]) -> (ImportTable, [ImportRecord]) {
        var table = ImportTable(kind)
        var records: [ImportRecord] = []
        for (index, cells) in rows.enumerated() {
            if let record = table.read(line: index + 1, cells: cells) { records.append(record) }
        }
        table.finish()
        return (table, records)
    }

    @Test func theHeaderIsFoundBelowTitleRowsAndEmptyRowsAreNotRecords() {
        let (table, records) = read(.units, [
            ["DANH SÁCH CÁC XÓM THAM GIA PHONG TRÀO", "", ""], ["", "", ""],
            ["STT", "Tên đơn vị", "Nhóm", "Trưởng xóm", "Ghi chú"],
            ["1", " Xóm  Cồn Thoi ", "b", "Nguyễn Văn Hải", ""], ["", "", "", "", ""], ["2", "Xóm Bình Minh", "Xóm", "", "mới"], ["", "", ""],
        ])
        #expect(table.problems.isEmpty && table.headerLine == 3)
        #expect(table.unknownColumns == ["STT", "Ghi chú"])
        #expect(records.map(\.line) == [4, 6])
        #expect(records.map { $0[.name] } == ["Xóm Cồn Thoi", "Xóm Bình Minh"])
        #expect(records[0][.head] == "Nguyễn Văn Hải")
    }

    @Test func aNameSplitOverColumnsIsJoinedAndTheSubheaderIsNoPerson() {
        // One header row: "Họ đệm | Tên"; and "Họ | Đệm | Tên".
        let (split, splitRecords) = read(.people, [
            ["STT", "Họ đệm", "Tên", "Đơn vị"], ["1", "Nguyễn Văn", "Bình", "Xóm Bốn"], ["2", "Trần Thị", "Hoà", "Xóm Bốn"],
        ])
        #expect(split.problems.isEmpty && split.unknownColumns == ["STT"])
        #expect(splitRecords.map { $0[.name] } == ["Nguyễn Văn Bình", "Trần Thị Hoà"] && splitRecords[0][.unit] == "Xóm Bốn")
        let (_, three) = read(.people, [["Họ", "Đệm", "Tên", "Đơn vị"], ["Lê", "", "Lan", "Xóm Bốn"], ["Đỗ", "Minh", "Quang", "Xóm Bốn"]])
        #expect(three.map { $0[.name] } == ["Lê Lan", "Đỗ Minh Quang"])
        // Two header rows: a merged "Họ và tên" over "Họ đệm | Tên"; the second row is no person.
        let (merged, mergedRecords) = read(.people, [
            ["STT", "Họ và tên", "", "Đơn vị"], ["", "Họ đệm", "Tên", ""], ["1", "Ngô Thị", "Hoà", "Xóm Bốn"],
        ])
        #expect(merged.problems.isEmpty && mergedRecords.map(\.line) == [3])
        #expect(mergedRecords.map { $0[.name] } == ["Ngô Thị Hoà"])
    }

    @Test func theBestHeaderNamesTheColumn() {
        // "Tên" before "Họ và tên": the full name is read, "Tên" listed as not read.
        let (table, records) = read(.people, [["Tên", "Họ và tên", "Đơn vị"], ["Bình", "Nguyễn Văn Bình", "Xóm Bốn"]])
        #expect(records.map { $0[.name] } == ["Nguyễn Văn Bình"] && table.unknownColumns == ["Tên"])
    }

    @Test func aFileWithoutAHeaderOrWithoutARequiredColumnIsOneProblem() {
        let titles = Array(repeating: ["Báo cáo", "năm 2026"], count: 40)
        let (none, noRecords) = read(.units, titles)
        #expect(noRecords.isEmpty)
        #expect(none.problems.map(\.description) == ["dòng 1, cột “—”: không tìm thấy dòng tiêu đề: cần các cột “Tên đơn vị”, “Nhóm”."])
        let (missing, records) = read(.units, [["Tên đơn vị", "Trưởng xóm"], ["Xóm A", "Ông B"]])
        #expect(missing.problems.map(\.description) == ["dòng 1, cột “Nhóm”: thiếu cột bắt buộc này."] && records.isEmpty)
    }

    @Test func aPlanCountsEveryRecordButKeepsTheFirstThousandToShow() {
        var plan = ImportPlan(kind: .people, file: "ca-nhan.xlsx")
        for line in 2...1_502 {
            plan.add(ImportPlan.Item(line: line, name: "Người \(line)", fields: line.isMultiple(of: 2) ? [] : [
                ImportPlan.FieldChange(column: "Chức vụ", before: "", after: "Trưởng")], isNew: line.isMultiple(of: 2)))
        }
        #expect(plan.created == 751 && plan.changed == 750 && plan.items.count == ImportPlan.shownItems)
        #expect(plan.lines.first == "751 cá nhân mới, 750 thay đổi, 0 không đổi.")
        #expect(plan.lines.last == "… và 501 bản ghi mới hoặc thay đổi nữa.")
        // One field seen differently (an edit made since) changes the fingerprint the write checks.
        var other = ImportPlan(kind: .people, file: "ca-nhan.xlsx")
        var same = ImportPlan(kind: .people, file: "ca-nhan.xlsx")
        other.add(ImportPlan.Item(line: 3, name: "A", fields: [ImportPlan.FieldChange(column: "Chức vụ", before: "Phó", after: "Trưởng")], isNew: false))
        same.add(ImportPlan.Item(line: 3, name: "A", fields: [ImportPlan.FieldChange(column: "Chức vụ", before: "", after: "Trưởng")], isNew: false))
        #expect(other.fingerprint != same.fingerprint && other.changed == same.changed)
    }
}
