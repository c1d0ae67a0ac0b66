/// What the officer writes into the yearly report: each part a list of paragraphs.
public struct ReportWriting: Sendable, Equatable {
    public var strengths: [String] = []
    public var weaknesses: [String] = []
    public var plans: [String] = []
    public var proposals: [String] = []

    public static let maxWidth = 4000

    public init(strengths: [String] = [], weaknesses: [String] = [], plans: [String] = [], proposals: [String] = []) {
        self.strengths = strengths
        self.weaknesses = weaknesses
        self.plans = plans
        self.proposals = proposals
    }
}

extension ReportWriting {
    /// Each part as one text, paragraphs on their own lines (how it is stored and edited).
    public var texts: [String] { [strengths, weaknesses, plans, proposals].map { $0.joined(separator: "\n") } }

    public init(texts: [String]) {
        let parts = (texts + ["", "", "", ""]).prefix(4).map { text in
            text.split(separator: "\n").map { VietText.normalize(String($0)) }.filter { !$0.isEmpty }
        }
        self.init(strengths: parts[0], weaknesses: parts[1], plans: parts[2], proposals: parts[3])
    }

    /// Each part within its length.
    public func validationErrors() -> [FieldError] {
        zip(["strengths", "weaknesses", "plans", "proposals"], texts).compactMap { key, text in
            VietText.displayWidth(text) > Self.maxWidth ? FieldError(field: key, message: "Tối đa \(Self.maxWidth) ký tự mỗi phần.") : nil
        }
    }
}
