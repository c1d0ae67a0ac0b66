/// The emulation movement as the commune plan names it.
public struct Movement: Sendable, Equatable {
    public var name: String
    public var shortName: String
    public var commune: String
    public var province: String
    public var issuedBy: String
    public var grounds: [String]

    public init(name: String, shortName: String, commune: String, province: String,
                issuedBy: String, grounds: [String]) {
        self.name = name
        self.shortName = shortName
        self.commune = commune
        self.province = province
        self.issuedBy = issuedBy
        self.grounds = grounds
    }
}
