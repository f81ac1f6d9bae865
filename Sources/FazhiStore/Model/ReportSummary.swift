import FazhiCore
import Foundation

/// One stored report as a listing shows it: identity, who, where, which year, and counts.
public struct ReportSummary: Codable, Sendable, Equatable {
    /// The store's id of this version of the report.
    public var id: Int64
    /// The path the file was ingested from (the versioning key; left out of what the server sends).
    public var path: String
    /// What readers are shown for the file: its path under the folder ingested, or the upload's name.
    public var name: String
    /// 1 for the first content seen under this path, then 2, 3 … for changed files.
    public var version: Int
    /// SHA-256 of the original file, hex.
    public var sha256: String
    /// When this version was stored (ISO 8601, UTC).
    public var ingestedAt: String
    /// Who stored it: the signed-in user of an upload; nil for the command line.
    public var ingestedBy: String?
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
                figures: Int, findings: Int, errors: Int, documentKind: DocumentKind, sector: String?, regionCode: String? = nil,
                name: String? = nil, ingestedBy: String? = nil) {
        self.id = id
        self.path = path
        self.name = name.flatMap { $0.isEmpty ? nil : $0 } ?? (path as NSString).lastPathComponent
        self.version = version
        self.sha256 = sha256
        self.ingestedAt = ingestedAt
        self.ingestedBy = ingestedBy
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

extension ReportSummary {
    /// Set to `true` in an encoder's `userInfo` to leave `path` out: a server never tells where files lie on it.
    public static let omitsPath = CodingUserInfoKey(rawValue: "fazhi.omitsPath")!

    private enum CodingKeys: String, CodingKey {
        case id, path, name, version, sha256, ingestedAt, ingestedBy, title, body, bodyKind, province, prefecture, region, level, year
        case publishedDate, late, characters, figures, findings, errors, documentKind, sector, regionCode
    }

    /// Reads a summary; one without `path` (as a server sends it) takes its name as its path, one without `name` (as
    /// Fazhi wrote before names were kept) its path's last part.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let path = try container.decodeIfPresent(String.self, forKey: .path)
        let name = try container.decodeIfPresent(String.self, forKey: .name)
        guard let key = path ?? name else {
            throw DecodingError.keyNotFound(CodingKeys.path, .init(codingPath: decoder.codingPath, debugDescription: "no path or name"))
        }
        self.init(
            id: try container.decode(Int64.self, forKey: .id), path: key, version: try container.decode(Int.self, forKey: .version),
            sha256: try container.decode(String.self, forKey: .sha256), ingestedAt: try container.decode(String.self, forKey: .ingestedAt),
            title: try container.decodeIfPresent(String.self, forKey: .title), body: try container.decodeIfPresent(String.self, forKey: .body),
            bodyKind: try container.decodeIfPresent(BodyKind.self, forKey: .bodyKind),
            province: try container.decodeIfPresent(String.self, forKey: .province),
            prefecture: try container.decodeIfPresent(String.self, forKey: .prefecture),
            region: try container.decodeIfPresent(String.self, forKey: .region),
            level: try container.decodeIfPresent(RegionLevel.self, forKey: .level), year: try container.decodeIfPresent(Int.self, forKey: .year),
            publishedDate: try container.decodeIfPresent(String.self, forKey: .publishedDate),
            late: try container.decode(Bool.self, forKey: .late), characters: try container.decode(Int.self, forKey: .characters),
            figures: try container.decode(Int.self, forKey: .figures), findings: try container.decode(Int.self, forKey: .findings),
            errors: try container.decode(Int.self, forKey: .errors), documentKind: try container.decode(DocumentKind.self, forKey: .documentKind),
            sector: try container.decodeIfPresent(String.self, forKey: .sector),
            regionCode: try container.decodeIfPresent(String.self, forKey: .regionCode), name: name,
            ingestedBy: try container.decodeIfPresent(String.self, forKey: .ingestedBy))
    }

    /// Writes the summary; `path` only when the encoder's `userInfo` does not say `omitsPath`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        if encoder.userInfo[Self.omitsPath] as? Bool != true { try container.encode(path, forKey: .path) }
        try container.encode(name, forKey: .name)
        try container.encode(version, forKey: .version)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(ingestedAt, forKey: .ingestedAt)
        try container.encodeIfPresent(ingestedBy, forKey: .ingestedBy)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(body, forKey: .body)
        try container.encodeIfPresent(bodyKind, forKey: .bodyKind)
        try container.encodeIfPresent(province, forKey: .province)
        try container.encodeIfPresent(prefecture, forKey: .prefecture)
        try container.encodeIfPresent(region, forKey: .region)
        try container.encodeIfPresent(level, forKey: .level)
        try container.encodeIfPresent(year, forKey: .year)
        try container.encodeIfPresent(publishedDate, forKey: .publishedDate)
        try container.encode(late, forKey: .late)
        try container.encode(characters, forKey: .characters)
        try container.encode(figures, forKey: .figures)
        try container.encode(findings, forKey: .findings)
        try container.encode(errors, forKey: .errors)
        try container.encode(documentKind, forKey: .documentKind)
        try container.encodeIfPresent(sector, forKey: .sector)
        try container.encodeIfPresent(regionCode, forKey: .regionCode)
    }
}
