import FazhiCore

/// Who has reported to a supervising office for a year: each body on its roster with the report received (or none),
/// on time or late, the mandated parts missing and the errors found; and the reports from its area that match no
/// one on the roster.
public struct SubmissionStatus: Codable, Sendable, Equatable {
    /// Whether a body's report is in, and when.
    public enum State: String, Codable, Sendable, CaseIterable {
        case onTime
        case late
        case missing

        /// 按时报送, 逾期报送, 未报送.
        public var chineseName: String {
            switch self {
            case .onTime: "按时报送"
            case .late: "逾期报送"
            case .missing: "未报送"
            }
        }
    }

    /// One body on the roster.
    public struct Row: Codable, Sendable, Equatable {
        /// The body as the roster names it.
        public var entry: RosterEntry
        /// Received on time, late, or missing.
        public var state: State
        /// When its report was due.
        public var deadline: String
        /// The report received (the latest stored, when several match).
        public var report: ReportSummary?
        /// Further stored reports of the same body and year.
        public var otherReports: Int
        /// Mandated parts the report lacks.
        public var missingParts: [MandatedPart]
        /// Where the report stands with its reviewer; nil when none was received.
        public var review: ReviewState?
        /// Findings the reviewer confirmed and dismissed (current findings only); nil when none was received.
        public var confirmed: Int?
        public var dismissed: Int?
    }

    /// The supervising scope's division name and code.
    public var scopeName: String
    public var scopeCode: String
    /// The year reported on.
    public var year: Int
    /// Every body on the roster, governments first, in code order.
    public var rows: [Row]
    /// Reports from the scope's own and next level that match no one on the roster.
    public var unlisted: [ReportSummary]

    /// Bodies expected.
    public var expected: Int { rows.count }
    /// Bodies whose report is in.
    public var received: Int { rows.filter { $0.state != .missing }.count }
    /// Bodies whose report came late.
    public var late: Int { rows.filter { $0.state == .late }.count }
    /// Bodies with no report.
    public var missing: Int { rows.filter { $0.state == .missing }.count }

    /// The parts every report must have.
    static let requiredParts: [MandatedPart] = [.achievements, .firstResponsible, .shortcomings, .plans]

    /// Matches the year's reports to the roster by body identity (not by spelling).
    public init(scope: Division, year: Int, roster: [RosterEntry], reports: [ReportSummary], parts: [Int64: Set<MandatedPart>],
                reviews: [Int64: ReviewRecord] = [:]) {
        var byIdentity: [BodyIdentity: [ReportSummary]] = [:]
        var unidentified: [ReportSummary] = []
        for report in reports where report.year == year {
            if let identity = BodyIdentity(regionCode: report.regionCode, bodyKind: report.bodyKind, sector: report.sector) {
                byIdentity[identity, default: []].append(report)
            } else {
                unidentified.append(report)
            }
        }
        var matched = Set<BodyIdentity>()
        rows = roster.map { entry in
            let found = (byIdentity[entry.identity] ?? []).sorted { $0.id > $1.id }
            matched.insert(entry.identity)
            guard let report = found.first else {
                return Row(entry: entry, state: .missing, deadline: entry.deadline(reporting: year), report: nil, otherReports: 0,
                           missingParts: [])
            }
            let present = parts[report.id] ?? []
            return Row(entry: entry, state: report.late ? .late : .onTime, deadline: entry.deadline(reporting: year), report: report,
                       otherReports: found.count - 1, missingParts: Self.requiredParts.filter { !present.contains($0) },
                       review: reviews[report.id]?.state ?? .pending,
                       confirmed: reviews[report.id]?.confirmed.count ?? 0,
                       dismissed: reviews[report.id].map { record in record.findings.filter { $0.decision?.action == .dismiss }.count } ?? 0)
        }
        let watched = Set(roster.map(\.identity.divisionCode)).union([scope.code])
        unlisted = (byIdentity.filter { !matched.contains($0.key) }.flatMap(\.value) + unidentified)
            .filter { $0.regionCode.map(watched.contains) ?? false }
            .sorted { $0.id < $1.id }
        scopeName = scope.name
        scopeCode = scope.code
        self.year = year
    }

    /// The code prefix shared by a division and everything in it (44 for a province 440000, 4453 for 445300).
    public static func codePrefix(of scope: Division) -> String {
        switch scope.level {
        case .province: String(scope.code.prefix(2))
        case .prefecture: String(scope.code.prefix(4))
        case .county, .township: scope.code
        }
    }

    /// The status for a scope and year from a store: the governments below the scope (from the gazetteer) and the
    /// scope's own departments (from the imported roster), against the year's annual reports from the scope's area.
    public static func load(scope: Division, year: Int, builder: RosterBuilder, store: any ReportStore) async throws -> SubmissionStatus {
        let roster = builder.governments(under: scope) + (try await store.rosterDepartments(divisionCode: scope.code))
        let filter = ReportFilter(years: year...year, kinds: ReportFilter.annualReports, divisionCodePrefix: codePrefix(of: scope))
        var reports: [ReportSummary] = []
        let page = 5_000
        while true {
            let batch = try await store.list(filter, limit: page, offset: reports.count)
            reports += batch
            if batch.count < page { break }
        }
        let ids = reports.map(\.id)
        let reviews = try await store.reviewRecords(reportIDs: ids)
        return SubmissionStatus(scope: scope, year: year, roster: roster, reports: reports, parts: try await store.parts(of: ids),
                                reviews: reviews)
    }
}
