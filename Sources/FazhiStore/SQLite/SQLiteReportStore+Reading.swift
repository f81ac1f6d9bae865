import FazhiCore
import Foundation
import GRDB

extension SQLiteReportStore {
    /// The `report` columns a `ReportSummary` is read from.
    static let summaryColumns = """
        report.id, report.path, report.version, report.sha256, report.ingestedAt, report.title, report.body,
        report.bodyKind, report.province, report.prefecture, report.region, report.level, report.year,
        report.publishedDate, report.late, report.characters, report.figures, report.findings, report.errors,
        report.documentKind, report.sector, report.regionCode
        """

    /// Listing order: by division code (reports without one last), then year, body and id.
    static let listingOrder = "report.regionCode IS NULL, report.regionCode, report.year, report.body, report.id"

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
            regionCode: row["regionCode"])
    }

    public func count(_ filter: ReportFilter) throws -> Int {
        let clause = FilterClause(filter)
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM report WHERE \(clause.sql)", arguments: clause.arguments) ?? 0
        }
    }

    public func list(_ filter: ReportFilter, order: ReportOrder, limit: Int, offset: Int) throws -> [ReportSummary] {
        let clause = FilterClause(filter)
        let first = switch order {
        case .division: ""
        case .year: "report.year IS NULL, report.year DESC, "
        case .errors: "report.errors DESC, "
        case .figures: "report.figures DESC, "
        }
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM report WHERE \(clause.sql)
                ORDER BY \(first)\(Self.listingOrder) LIMIT ? OFFSET ?
                """, arguments: clause.arguments + [limit, offset]).map(Self.summary)
        }
    }

    public func report(id: Int64) throws -> StoredReport? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT \(Self.summaryColumns), report.analysis, report_text.text, report_text.positions FROM report
                JOIN report_text ON report_text.reportId = report.id WHERE report.id = ?
                """, arguments: [id]) else { return nil }
            return try Self.storedReport(row, db)
        }
    }

    public func forEachReport(_ filter: ReportFilter, withOriginals: Bool,
                              _ body: (StoredReport, [UInt8]?) throws -> Void) throws {
        let clause = FilterClause(filter)
        let original = withOriginals ? "original.bytes" : "NULL"
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(Self.summaryColumns), report.analysis, report_text.text, report_text.positions, \(original) AS original
                FROM report
                JOIN report_text ON report_text.reportId = report.id
                JOIN original ON original.sha256 = report.sha256
                WHERE \(clause.sql) ORDER BY report.id
                """, arguments: clause.arguments)
            while let row = try rows.next() {
                try body(try Self.storedReport(row, db), (row["original"] as Data?).map { [UInt8]($0) })
            }
        }
    }

    private static func storedReport(_ row: Row, _ db: Database) throws -> StoredReport {
        let analysis: String = row["analysis"]
        var report = try JSONDecoder().decode(Report.self, from: Data(analysis.utf8))
        let text: String = row["text"]
        report.text = nil
        report.quantities = try quantities(reportID: row["id"], db)
        report.positions = try positions(row["positions"])
        return StoredReport(summary: summary(row), report: report, text: text)
    }

    /// A report's figures, rebuilt from their rows in document order.
    static func quantities(reportID: Int64, _ db: Database) throws -> [Quantity] {
        func decimal(_ text: String?) -> Decimal? { text.flatMap { Decimal(string: $0, locale: posix) } }
        return try Row.fetchAll(db, sql: """
            SELECT text, value, unit, qualifier, lower, upper, kind, change, status, scope, subject, indicator, area, line, columnNumber,
                cleanedOffset
            FROM figure WHERE reportId = ? ORDER BY ordinal
            """, arguments: [reportID]).map { row in
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

    /// A text's stored map back to its original; nil for reports stored before maps were kept.
    static func positions(_ json: String?) throws -> PositionMap? {
        try json.map { try JSONDecoder().decode(PositionMap.self, from: Data($0.utf8)) }
    }

    /// The locale decimals are written and read in: a dot, no grouping.
    static let posix = Locale(identifier: "en_US_POSIX")
}
