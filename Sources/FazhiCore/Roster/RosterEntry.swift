/// A body that must report to a supervising office: a government below it or one of the office's own departments.
public struct RosterEntry: Hashable, Codable, Sendable {
    /// Government or department.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case government
        case department

        /// 政府 or 部门.
        public var chineseName: String { self == .government ? "政府" : "部门" }
    }

    /// The body's name as the office writes it (罗定市人民政府, 云浮市司法局).
    public var name: String
    /// Who it is, for matching reports whatever their spelling.
    public var identity: BodyIdentity
    /// The division's name (罗定市; for a department, its government's division).
    public var divisionName: String
    /// The division's level.
    public var level: RegionLevel

    /// An entry.
    public init(name: String, identity: BodyIdentity, divisionName: String, level: RegionLevel) {
        self.name = name
        self.identity = identity
        self.divisionName = divisionName
        self.level = level
    }

    /// The date its report is due for `year`: 1 March of the next year for a department, 1 April for a government.
    public func deadline(reporting year: Int) -> String {
        identity.kind == .department ? "\(year + 1)-03-01" : "\(year + 1)-04-01"
    }
}
