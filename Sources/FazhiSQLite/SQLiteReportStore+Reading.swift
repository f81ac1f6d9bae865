import FazhiCore
import FazhiStore
import Foundation
import GRDB

extension SQLiteReportStore {
    /// The `report` columns a `ReportSummary` is read from.
    static let summaryColumns = """
        report.id, report.path, report.version, report.sha256, report.ingestedAt, report.title, report.body,
        report.bodyKind, report.province, report.prefecture, report.region, report.level, report.year,
        report.publishedDate, report.late, report.characters, report.figures, report.findings, report.errors,
        report.documentKind, report.sector, report.regionCode, report.name, report.ingestedBy
        """

    /// Listing order: by division code (reports without one last), then year, body and id — the `report_listing`
    /// index's order, written exactly as the index is so SQLite reads it in order instead of sorting.
    static let listingOrder = "report.regionCode IS NULL, report.regionCode, report.year, report.body, report.id"

    /// One report version with its summary, analysis, text and positions, by id.
    static let wholeReport = """
        SELECT \(summaryColumns), report_analysis.analysis, report_text.text, report_text.positions FROM report
        JOIN report_text ON report_text.reportId = report.id JOIN report_analysis ON report_analysis.reportId = report.id
        WHERE report.id = ?
        """

    /// A summary from a row selected with `summaryColumns`.
    static func summary(_ row: Row) -> ReportSummary {
        ReportSummary(
            id: row["id"], path: row["path"], version: row["version"], sha256: row["sha256"],
            ingestedAt: row["ingestedAt"], title: row["title"], body: row["body"],
            bodyKind: (row["bodyKind"] as String?).flatMap(BodyKind.init(rawValue:)),
            province: row["province"], prefecture: row["prefecture"], region: row["region"],
            level: (row["level"] as String?).flatMap(RegionLevel.init(rawValue:)), year: row["year"],
            publishedDate: row["publishedDate"], late: row["late"], characters: row["characters"],
            figures: row["figures"], findings: row["findings"], errors: row["errors"],
            documentKind: (row["documentKind"] as String?).flatMap(DocumentKind.init(rawValue:)) ?? .other, sector: row["sector"],
            regionCode: row["regionCode"], name: row["name"], ingestedBy: row["ingestedBy"])
    }

    public func count(_ filter: ReportFilter) async throws -> Int {
        let clause = FilterClause(filter)
        return try await read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM report WHERE \(clause.sql)", arguments: clause.arguments) ?? 0
        }
    }

    public func list(_ filter: ReportFilter, order: ReportOrder, limit: Int, offset: Int) async throws -> [ReportSummary] {
        let clause = FilterClause(filter)
        let first = switch order {
        case .division: ""
        case .year: "report.year IS NULL, report.year DESC, "
        case .errors: "report.errors DESC, "
        case .figures: "report.figures DESC, "
        }
        return try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM report WHERE \(clause.sql)
                ORDER BY \(first)\(Self.listingOrder) LIMIT ? OFFSET ?
                """, arguments: clause.arguments + [limit, offset]).map(Self.summary)
        }
    }

    public func report(id: Int64) async throws -> StoredReport? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: Self.wholeReport, arguments: [id]) else { return nil }
            return try Self.storedReport(row, db)
        }
    }

    public func reports(_ filter: ReportFilter, withOriginals: Bool, afterID: Int64,
                        limit: Int) async throws -> [StoredReport.WithOriginal] {
        let clause = FilterClause(filter)
        let original = withOriginals ? "original.bytes" : "NULL"
        return try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns), report_analysis.analysis, report_text.text, report_text.positions, \(original) AS original
                FROM report
                JOIN report_text ON report_text.reportId = report.id JOIN report_analysis ON report_analysis.reportId = report.id
                JOIN original ON original.sha256 = report.sha256
                WHERE \(clause.sql) AND report.id > ? ORDER BY report.id LIMIT ?
                """, arguments: clause.arguments + [afterID, limit]).map { row in
                    StoredReport.WithOriginal(report: try Self.storedReport(row, db), original: (row["original"] as Data?).map { [UInt8]($0) })
                }
        }
    }

    public func reportPage(id: Int64, page: Int, charactersPerPage: Int) async throws -> (report: StoredReport, pages: TextPages)? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: Self.wholeReport, arguments: [id]) else { return nil }
            let pages = TextPages(row["text"], budget: charactersPerPage)
            // The last page also holds what is placed at the very end of the text.
            let shown = page < pages.count ? pages.range(of: page) : 0..<0
            let placed = page + 1 == pages.count ? shown.lowerBound..<Int.max : shown
            return (try Self.storedReport(row, db, placedIn: placed), pages)
        }
    }

    /// A report from a row with its summary, analysis, text and positions; with `range`, only the figures and findings
    /// placed in that stretch of the cleaned text (and those placed nowhere).
    private static func storedReport(_ row: Row, _ db: Database, placedIn range: Range<Int>? = nil) throws -> StoredReport {
        let analysis: String = row["analysis"]
        var report = try JSONDecoder().decode(Report.self, from: Data(analysis.utf8))
        let text: String = row["text"]
        report.text = nil
        report.quantities = try quantities(reportID: row["id"], placedIn: range, db)
        report.findings = try findings(reportID: row["id"], inAnalysis: report.findings, placedIn: range, db)
        report.positions = try PositionMap.stored(row["positions"])
        return StoredReport(summary: summary(row), report: report, text: text)
    }

    /// A report's findings (those placed in `range`, and those placed nowhere): their own rows since v6, or, for a
    /// report stored before, the ones its analysis JSON holds (`inAnalysis`, empty for every later report).
    static func findings(reportID: Int64, inAnalysis: [Finding], placedIn range: Range<Int>?, _ db: Database) throws -> [Finding] {
        guard !inAnalysis.isEmpty else { return try findings(reportID: reportID, placedIn: range, db) }
        guard let range else { return inAnalysis }
        return inAnalysis.filter { $0.offset.map(range.contains) ?? true }
    }

    /// The condition selecting rows placed in `range` (or placed nowhere), with its arguments.
    private static func placement(_ range: Range<Int>?) -> (sql: String, arguments: StatementArguments) {
        guard let range else { return ("", []) }
        return (" AND (cleanedOffset IS NULL OR (cleanedOffset >= ? AND cleanedOffset < ?))", [range.lowerBound, range.upperBound])
    }

    /// The columns a `Finding` is read from.
    static let findingColumns = "rule, severity, message, line, columnNumber, excerpt, expected, found, cleanedOffset"

    /// A report's findings, rebuilt from their rows in the order the review gave them.
    static func findings(reportID: Int64, placedIn range: Range<Int>? = nil, _ db: Database) throws -> [Finding] {
        let placement = placement(range)
        return try Row.fetchAll(db, sql: """
            SELECT \(findingColumns) FROM finding WHERE reportId = ?\(placement.sql) ORDER BY ordinal
            """, arguments: [reportID] + placement.arguments).map(finding)
    }

    /// A finding from a row selected with `findingColumns`.
    static func finding(_ row: Row) -> Finding {
        Finding(rule: row["rule"], severity: Severity(rawValue: row["severity"]) ?? .info, message: row["message"],
                line: row["line"], column: row["columnNumber"], excerpt: row["excerpt"] ?? "",
                expected: row["expected"], found: row["found"], offset: row["cleanedOffset"])
    }

    /// A report's figures, rebuilt from their rows in document order.
    static func quantities(reportID: Int64, placedIn range: Range<Int>? = nil, _ db: Database) throws -> [Quantity] {
        func decimal(_ text: String?) -> Decimal? { text.flatMap { Decimal(string: $0, locale: posix) } }
        let placement = placement(range)
        return try Row.fetchAll(db, sql: """
            SELECT text, value, unit, qualifier, lower, upper, kind, change, status, scope, subject, indicator, area, line, columnNumber,
                cleanedOffset
            FROM figure WHERE reportId = ?\(placement.sql) ORDER BY ordinal
            """, arguments: [reportID] + placement.arguments).map { row in
                Quantity(
                    text: row["text"], value: decimal(row["value"]) ?? 0, unit: row["unit"],
                    qualifier: Qualifier(rawValue: row["qualifier"]) ?? .exact, lower: decimal(row["lower"]),
                    upper: decimal(row["upper"]), kind: QuantityKind(rawValue: row["kind"]) ?? .count,
                    change: (row["change"] as String?).flatMap(Change.init(rawValue:)),
                    status: FigureStatus(rawValue: row["status"]) ?? .achieved, scope: FigureScope(rawValue: row["scope"]) ?? .own,
                    subject: row["subject"],
                    indicator: row["indicator"], area: row["area"], line: row["line"], column: row["columnNumber"],
                    offset: row["cleanedOffset"])
            }
    }

    /// The locale decimals are written and read in: a dot, no grouping.
    static let posix = Locale(identifier: "en_US_POSIX")
}
