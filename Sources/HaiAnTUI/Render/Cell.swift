/// One terminal column: a user-perceived character and its style. A wide character
/// fills its own cell with width 2 and the next with an empty continuation (width 0).
public struct Cell: Equatable, Sendable {
    public var symbol: String
    public var width: Int
    public var style: Style

    public init(symbol: String = " ", width: Int = 1, style: Style = .plain) {
        self.symbol = symbol
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
}
