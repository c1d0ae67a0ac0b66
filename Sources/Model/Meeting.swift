/// The council's meeting on a round (`M` in pane 5): who was there. Its votes are the
/// proposals' vote steps; the minutes are written from both.
public struct Meeting: Sendable, Equatable, Codable {
    public var roundID: Int64
    public var heldOn: Day
    public var present: [String]
    public var absent: [String]
    public var version: Int

    public init(roundID: Int64, heldOn: Day, present: [String], absent: [String] = [], version: Int = 1) {
        self.roundID = roundID
        self.heldOn = heldOn
        self.present = present
        self.absent = absent
        self.version = version
    }

    public var members: Int { present.count + absent.count }

    /// More than half of the members there: the council may vote.
    public var quorum: Bool { present.count * 2 > members }

    public func validationErrors() -> [FieldError] {
        present.isEmpty ? [FieldError(field: "present", message: "Chưa có thành viên nào có mặt.")] : []
    }
}
