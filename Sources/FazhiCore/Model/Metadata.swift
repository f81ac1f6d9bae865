/// Who wrote a report, about which year, to whom, and when.
public struct Metadata: Codable, Hashable, Sendable {
    /// Whether the document is an annual report on building a rule-of-law government.
    public var isAnnualReport: Bool
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

    public init(isAnnualReport: Bool = false, title: String? = nil, body: String? = nil, region: Region? = nil,
                regionAmbiguous: Bool = false, bodyKind: BodyKind? = nil, reportYear: Int? = nil,
                recipients: [String] = [], signedDate: String? = nil, publishedDate: String? = nil,
                docNumber: String? = nil, signer: String? = nil) {
        self.isAnnualReport = isAnnualReport
        self.title = title
        self.body = body
        self.region = region
        self.regionAmbiguous = regionAmbiguous
        self.bodyKind = bodyKind
        self.reportYear = reportYear
        self.recipients = recipients
        self.signedDate = signedDate
        self.publishedDate = publishedDate
        self.docNumber = docNumber
        self.signer = signer
    }

    private enum CodingKeys: String, CodingKey {
        case isAnnualReport, title, body, region, regionAmbiguous, bodyKind, reportYear, recipients
        case signedDate, publishedDate, docNumber, signer
    }

    /// Encodes every field, absent values as JSON null, so consumers see the full schema.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(isAnnualReport, forKey: .isAnnualReport)
        try container.encode(title, forKey: .title)
        try container.encode(body, forKey: .body)
        try container.encode(region, forKey: .region)
        try container.encode(regionAmbiguous, forKey: .regionAmbiguous)
        try container.encode(bodyKind, forKey: .bodyKind)
        try container.encode(reportYear, forKey: .reportYear)
        try container.encode(recipients, forKey: .recipients)
        try container.encode(signedDate, forKey: .signedDate)
        try container.encode(publishedDate, forKey: .publishedDate)
        try container.encode(docNumber, forKey: .docNumber)
        try container.encode(signer, forKey: .signer)
    }
}
