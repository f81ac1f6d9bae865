import FazhiCore
import Foundation

/// One stored report as a listing shows it: identity, who, where, which year, and counts.
public struct ReportSummary: Codable, Sendable, Equatable {
    /// The store's id of this version of the report.
    public var id: Int64
    /// The path the file was ingested from.
    public var path: String
    /// 1 for the first content seen under this path, then 2, 3 … for changed files.
    public var version: Int
    /// SHA-256 of the original file, hex.
    public var sha256: String
    /// When this version was stored (ISO 8601, UTC).
    public var ingestedAt: String
    /// The report's title.
    public var title: String?
    /// The reporting body (开化县人民政府).
    public var body: String?
    /// Kind of the reporting body.
    public var bodyKind: BodyKind?
    /// Province of the reporting division (the division itself for a province).
    public var province: String?
    /// Prefecture of the reporting division (the division itself for a prefecture).
    public var prefecture: String?
    /// The reporting division's own name.
    public var region: String?
    /// The reporting division's level.
    public var level: RegionLevel?
    /// The year reported on.
    public var year: Int?
    /// Publication date, ISO 8601, when the text gives one.
    public var publishedDate: String?
    /// Whether the report was signed or published after its deadline.
    public var late: Bool
    /// Characters of cleaned text.
    public var characters: Int
    /// Figures extracted.
    public var figures: Int
    /// Findings of every severity.
    public var findings: Int
    /// Error-level findings.
    public var errors: Int
    /// What the document is: an annual report or a look-alike.
    public var documentKind: DocumentKind
    /// For a department, its sector id (justice, publicSecurity …).
    public var sector: String?
    /// The division code of the region (330824), lists' first sort key; nil when unknown.
    public var regionCode: String?

    /// 浙江省 衢州市 开化县: the division's place from the top, names not repeated; nil when unknown.
    public var place: String? {
        var names: [String] = []
        for name in [province, prefecture, region] {
            if let name, names.last != name { names.append(name) }
        }
        return names.isEmpty ? nil : names.joined(separator: " ")
    }

    /// Creates a summary.
    public init(id: Int64, path: String, version: Int, sha256: String, ingestedAt: String, title: String?,
                body: String?, bodyKind: BodyKind?, province: String?, prefecture: String?, region: String?,
                level: RegionLevel?, year: Int?, publishedDate: String?, late: Bool, characters: Int,
                figures: Int, findings: Int, errors: Int, documentKind: DocumentKind, sector: String?, regionCode: String? = nil) {
        self.id = id
        self.path = path
        self.version = version
        self.sha256 = sha256
        self.ingestedAt = ingestedAt
        self.title = title
        self.body = body
        self.bodyKind = bodyKind
        self.province = province
        self.prefecture = prefecture
        self.region = region
        self.level = level
        self.year = year
        self.publishedDate = publishedDate
        self.late = late
        self.characters = characters
        self.figures = figures
        self.findings = findings
        self.errors = errors
        self.documentKind = documentKind
        self.sector = sector
        self.regionCode = regionCode
    }
}
