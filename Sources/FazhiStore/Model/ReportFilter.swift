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
    /// Only documents of these kinds; nil for every kind. Counting commands default to annual reports.
    public var kinds: [DocumentKind]?
    /// Only departments of this sector (justice, publicSecurity …).
    public var sector: String?
    /// Only divisions whose code starts so (4453: 云浮市 and every county and township in it).
    public var divisionCodePrefix: String?

    /// Annual reports only: what stats, compare, search and the overview count unless asked otherwise.
    public static let annualReports: [DocumentKind] = [.annualReport]

    /// A filter that lets every report through.
    public init(province: String? = nil, prefecture: String? = nil, level: RegionLevel? = nil,
                years: ClosedRange<Int>? = nil, bodyKind: BodyKind? = nil, body: String? = nil,
                findingRule: String? = nil, missingPart: MandatedPart? = nil, ids: [Int64]? = nil,
                kinds: [DocumentKind]? = nil, sector: String? = nil, divisionCodePrefix: String? = nil) {
        self.province = province
        self.prefecture = prefecture
        self.level = level
        self.years = years
        self.bodyKind = bodyKind
        self.body = body
        self.findingRule = findingRule
        self.missingPart = missingPart
        self.ids = ids
        self.kinds = kinds
        self.sector = sector
        self.divisionCodePrefix = divisionCodePrefix
    }
}
