/// One thing wrong with an imported file: where (line, column) and why.
public struct ImportProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: String
    public var reason: String

    public init(line: Int, column: String, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String { "dòng \(line), cột “\(column)”: \(reason)" }
}

/// What an import did: nothing at all when any line was wrong (all or nothing).
public struct ImportReport: Equatable, Sendable {
    /// Lines read (the header not counted).
    public var lines: Int
    /// Scores written or changed; 0 when there are problems.
    public var changed: Int
    public var problems: [ImportProblem]

    public init(lines: Int, changed: Int, problems: [ImportProblem]) {
        self.lines = lines
        self.changed = changed
        self.problems = problems
    }
}
