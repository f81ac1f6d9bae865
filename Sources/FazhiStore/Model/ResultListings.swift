/// One page of stored reports, with how many pass the filters in all (`list --format json`, `GET /api/v1/reports`).
public struct ReportListing: Codable, Sendable {
    public var total: Int
    public var limit: Int
    public var offset: Int
    public var reports: [ReportSummary]

    public init(total: Int, limit: Int, offset: Int, reports: [ReportSummary]) {
        self.total = total
        self.limit = limit
        self.offset = offset
        self.reports = reports
    }
}

/// One page of search hits, with how many reports match in all (`search --format json`, `GET /api/v1/search`).
public struct SearchResults: Codable, Sendable {
    public var query: String
    public var total: Int
    public var limit: Int
    public var offset: Int
    public var hits: [SearchHit]

    public init(query: String, total: Int, limit: Int, offset: Int, hits: [SearchHit]) {
        self.query = query
        self.total = total
        self.limit = limit
        self.offset = offset
        self.hits = hits
    }
}
