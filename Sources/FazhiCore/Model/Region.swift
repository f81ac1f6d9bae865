/// The tier of an administrative division.
public enum RegionLevel: String, Codable, Sendable, CaseIterable {
    case province
    case prefecture
    case county
    case township
}

/// Where a reporting body sits in China's administrative divisions.
public struct Region: Codable, Hashable, Sendable {
    /// The division's full name, e.g. 罗定市.
    public var name: String
    /// Its tier.
    public var level: RegionLevel
    /// Its type, e.g. 县级市, 自治县, 区, 镇.
    public var divisionType: String
    /// The prefecture-level division it belongs to (itself for a prefecture).
    public var prefecture: String?
    /// The province-level division it belongs to (itself for a province).
    public var province: String?
    /// The administrative division code, where one exists: 6 digits, 9 for a township.
    public var code: String?

    public init(
        name: String, level: RegionLevel, divisionType: String,
        prefecture: String?, province: String?, code: String?
    ) {
        self.name = name
        self.level = level
        self.divisionType = divisionType
        self.prefecture = prefecture
        self.province = province
        self.code = code
    }
}
