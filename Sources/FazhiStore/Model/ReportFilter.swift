import FazhiCore

/// Which stored reports a listing, search, comparison or summary covers. Empty fields do not filter.
public struct ReportFilter: Sendable, Equatable {
    /// Province name or its start (浙江 matches 浙江省).
    public var province: String?
    /// Prefecture name or its start.
    public var prefecture: String?
    /// Administrative level of the reporting division.
    public var level: RegionLevel?
    /// Years the report covers, inclusive.
    public var years: ClosedRange<Int>?
    /// Kind of reporting body.
    public var bodyKind: BodyKind?
    /// Text the reporting body's name contains (司法局, 开化县).
    public var body: String?
    /// Only reports with at least one finding of this rule.
    public var findingRule: String?
    /// Only reports lacking this mandated part.
    public var missingPart: MandatedPart?
    /// Only these reports (ids), as a user picked them.
    public var ids: [Int64]?

    /// A filter that lets every report through.
    public init(province: String? = nil, prefecture: String? = nil, level: RegionLevel? = nil,
                years: ClosedRange<Int>? = nil, bodyKind: BodyKind? = nil, body: String? = nil,
                findingRule: String? = nil, missingPart: MandatedPart? = nil, ids: [Int64]? = nil) {
        self.province = province
        self.prefecture = prefecture
        self.level = level
        self.years = years
        self.bodyKind = bodyKind
        self.body = body
        self.findingRule = findingRule
        self.missingPart = missingPart
        self.ids = ids
    }
}
