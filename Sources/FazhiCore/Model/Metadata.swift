/// Who wrote a report, about which year, to whom, and when.
public struct Metadata: Codable, Hashable, Sendable {
    /// Whether the document is an annual report on building a rule-of-law government (`documentKind == .annualReport`).
    public var isAnnualReport: Bool { documentKind == .annualReport }
    /// What the document is: an annual report or a look-alike.
    public var documentKind: DocumentKind
    /// The report's title, when it has one.
    public var title: String?
    /// The issuing body, e.g. 长海县人民政府.
    public var body: String?
    /// Where the body sits in the administrative divisions.
    public var region: Region?
    /// Whether a shared place name could not be resolved to one division.
    public var regionAmbiguous: Bool
    /// What kind of body it is.
    public var bodyKind: BodyKind?
    /// For a department, the kind of department (sector id from `sectors.tsv`: justice, publicSecurity …).
    public var sector: String?
    /// The year reported on (not the year written).
    public var reportYear: Int?
    /// Addressees (大连市人民政府).
    public var recipients: [String]
    /// The date under the signature, ISO 8601.
    public var signedDate: String?
    /// The web publication date, ISO 8601.
    public var publishedDate: String?
    /// The document number (文号), normalised to 〔〕.
    public var docNumber: String?
    /// The signer (签发人).
    public var signer: String?

    public init(documentKind: DocumentKind = .other, title: String? = nil, body: String? = nil, region: Region? = nil,
                regionAmbiguous: Bool = false, bodyKind: BodyKind? = nil, sector: String? = nil, reportYear: Int? = nil,
                recipients: [String] = [], signedDate: String? = nil, publishedDate: String? = nil,
                docNumber: String? = nil, signer: String? = nil) {
        self.documentKind = documentKind
        self.title = title
        self.body = body
        self.region = region
        self.regionAmbiguous = regionAmbiguous
        self.bodyKind = bodyKind
        self.sector = sector
        self.reportYear = reportYear
        self.recipients = recipients
        self.signedDate = signedDate
        self.publishedDate = publishedDate
        self.docNumber = docNumber
        self.signer = signer
    }

    private enum CodingKeys: String, CodingKey {
        case isAnnualReport, documentKind, title, body, region, regionAmbiguous, bodyKind, sector, reportYear, recipients
        case signedDate, publishedDate, docNumber, signer
    }

    /// Decodes metadata; analyses stored before `documentKind` and `sector` existed read as annual report or other.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let annual = try container.decodeIfPresent(Bool.self, forKey: .isAnnualReport) ?? false
        documentKind = try container.decodeIfPresent(DocumentKind.self, forKey: .documentKind) ?? (annual ? .annualReport : .other)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        body = try container.decodeIfPresent(String.self, forKey: .body)
        region = try container.decodeIfPresent(Region.self, forKey: .region)
        regionAmbiguous = try container.decodeIfPresent(Bool.self, forKey: .regionAmbiguous) ?? false
        bodyKind = try container.decodeIfPresent(BodyKind.self, forKey: .bodyKind)
        sector = try container.decodeIfPresent(String.self, forKey: .sector)
        reportYear = try container.decodeIfPresent(Int.self, forKey: .reportYear)
        recipients = try container.decodeIfPresent([String].self, forKey: .recipients) ?? []
        signedDate = try container.decodeIfPresent(String.self, forKey: .signedDate)
        publishedDate = try container.decodeIfPresent(String.self, forKey: .publishedDate)
        docNumber = try container.decodeIfPresent(String.self, forKey: .docNumber)
        signer = try container.decodeIfPresent(String.self, forKey: .signer)
    }

    /// Encodes every field, absent values as JSON null, so consumers see the full schema.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(isAnnualReport, forKey: .isAnnualReport)
        try container.encode(documentKind, forKey: .documentKind)
        try container.encode(title, forKey: .title)
        try container.encode(body, forKey: .body)
        try container.encode(region, forKey: .region)
        try container.encode(regionAmbiguous, forKey: .regionAmbiguous)
        try container.encode(bodyKind, forKey: .bodyKind)
        try container.encode(sector, forKey: .sector)
        try container.encode(reportYear, forKey: .reportYear)
        try container.encode(recipients, forKey: .recipients)
        try container.encode(signedDate, forKey: .signedDate)
        try container.encode(publishedDate, forKey: .publishedDate)
        try container.encode(docNumber, forKey: .docNumber)
        try container.encode(signer, forKey: .signer)
    }
}
