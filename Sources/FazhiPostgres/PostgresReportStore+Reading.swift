import FazhiCore
import FazhiStore
import Foundation
import PostgresNIO

extension PostgresReportStore {
    /// The `report` columns a `ReportSummary` is read from.
    static let summaryColumns = """
        report.id, report.path, report.version, report.sha256, report.ingested_at, report.title, report.body,
        report.body_kind, report.province, report.prefecture, report.region, report.level, report.year,
        report.published_date, report.late, report.characters, report.figures, report.findings, report.errors,
        report.document_kind, report.sector, report.region_code, report.name, report.ingested_by
        """

    /// Listing order: by division code (reports without one last), then year, body and id, compared as the SQLite
    /// store compares them (code points, missing values first), as the `report_listing` index holds them.
    static let listingOrder = """
        (report.region_code IS NULL), report.region_code COLLATE "C", report.year NULLS FIRST, report.body COLLATE "C" NULLS FIRST, report.id
        """

    /// A summary from a row selected with `summaryColumns`.
    static func summary(_ row: PostgresRandomAccessRow) throws -> ReportSummary {
        func text(_ name: String) throws -> String? { try row[name].decode(String?.self) }
        return ReportSummary(
            id: try row["id"].decode(Int64.self), path: try row["path"].decode(String.self), version: try row["version"].decode(Int.self),
            sha256: try row["sha256"].decode(String.self), ingestedAt: try row["ingested_at"].decode(String.self),
            title: try text("title"), body: try text("body"), bodyKind: try text("body_kind").flatMap(BodyKind.init(rawValue:)),
            province: try text("province"), prefecture: try text("prefecture"), region: try text("region"),
            level: try text("level").flatMap(RegionLevel.init(rawValue:)), year: try row["year"].decode(Int?.self),
            publishedDate: try text("published_date"), late: try row["late"].decode(Bool.self),
            characters: try row["characters"].decode(Int.self), figures: try row["figures"].decode(Int.self),
            findings: try row["findings"].decode(Int.self), errors: try row["errors"].decode(Int.self),
            documentKind: try text("document_kind").flatMap(DocumentKind.init(rawValue:)) ?? .other, sector: try text("sector"),
            regionCode: try text("region_code"), name: try text("name"), ingestedBy: try text("ingested_by"))
    }

    public func count(_ filter: ReportFilter) async throws -> Int {
        var sql = SQLBuilder()
        let condition = filter.condition(&sql)
        sql.append("SELECT count(*) FROM report WHERE \(condition)")
        return try await rows(sql)[0].decode(Int.self)
    }

    public func list(_ filter: ReportFilter, order: ReportOrder, limit: Int, offset: Int) async throws -> [ReportSummary] {
        var sql = SQLBuilder()
        let condition = filter.condition(&sql)
        let first = switch order {
        case .division: ""
        case .year: "report.year DESC NULLS LAST, "
        case .errors: "report.errors DESC, "
        case .figures: "report.figures DESC, "
        }
        sql.append("""
            SELECT \(Self.summaryColumns) FROM report WHERE \(condition)
            ORDER BY \(first)\(Self.listingOrder) LIMIT \(sql.bind(limit)) OFFSET \(sql.bind(offset))
            """)
        return try await rows(sql).map { try Self.summary($0.makeRandomAccess()) }
    }

    /// One report version's summary, analysis, text and positions, as `wholeReport` rows.
    private static func wholeReport(where condition: String) -> String {
        """
        SELECT \(summaryColumns), report_analysis.analysis, report_text.text, report_text.positions FROM report
        JOIN report_text ON report_text.report_id = report.id JOIN report_analysis ON report_analysis.report_id = report.id
        WHERE \(condition)
        """
    }

    public func report(id: Int64) async throws -> StoredReport? {
        var sql = SQLBuilder()
        sql.append(Self.wholeReport(where: "report.id = \(sql.bind(id))"))
        guard let row = try await rows(sql).first else { return nil }
        return try await storedReport(row.makeRandomAccess(), placedIn: nil)
    }

    public func reportPage(id: Int64, page: Int, charactersPerPage: Int) async throws -> (report: StoredReport, pages: TextPages)? {
        var sql = SQLBuilder()
        sql.append(Self.wholeReport(where: "report.id = \(sql.bind(id))"))
        guard let row = try await rows(sql).first?.makeRandomAccess() else { return nil }
        let pages = TextPages(try row["text"].decode(String.self), budget: charactersPerPage)
        // The last page also holds what is placed at the very end of the text.
        let shown = page < pages.count ? pages.range(of: page) : 0..<0
        let placed = page + 1 == pages.count ? shown.lowerBound..<Int.max : shown
        return (try await storedReport(row, placedIn: placed), pages)
    }

    public func reports(_ filter: ReportFilter, withOriginals: Bool, afterID: Int64,
                        limit: Int) async throws -> [StoredReport.WithOriginal] {
        var sql = SQLBuilder()
        let condition = filter.condition(&sql)
        sql.append("""
            SELECT \(Self.summaryColumns), report_analysis.analysis, report_text.text, report_text.positions,
                \(withOriginals ? "original.bytes" : "NULL::bytea") AS original
            FROM report
            JOIN report_text ON report_text.report_id = report.id JOIN report_analysis ON report_analysis.report_id = report.id
            JOIN original ON original.sha256 = report.sha256
            WHERE \(condition) AND report.id > \(sql.bind(afterID)) ORDER BY report.id LIMIT \(sql.bind(limit))
            """)
        var page: [StoredReport.WithOriginal] = []
        for row in try await rows(sql) {
            let access = row.makeRandomAccess()
            let original = try access["original"].decode(ByteBuffer?.self).map { [UInt8]($0.readableBytesView) }
            page.append(.init(report: try await storedReport(access, placedIn: nil), original: original))
        }
        return page
    }

    public func parts(of ids: [Int64]) async throws -> [Int64: Set<MandatedPart>] {
        guard !ids.isEmpty else { return [:] }
        var parts: [Int64: Set<MandatedPart>] = Dictionary(uniqueKeysWithValues: ids.map { ($0, []) })
        var sql = SQLBuilder()
        sql.append("SELECT report_id, part FROM part WHERE report_id = ANY(\(sql.bind(ids)))")
        for row in try await rows(sql) {
            let (id, part) = try row.decode((Int64, String).self)
            if let part = MandatedPart(rawValue: part) { parts[id, default: []].insert(part) }
        }
        return parts
    }

    /// A report from a `wholeReport` row; with `range`, only the figures and findings placed in that stretch of the
    /// cleaned text (and those placed nowhere).
    private func storedReport(_ row: PostgresRandomAccessRow, placedIn range: Range<Int>?) async throws -> StoredReport {
        var report = try JSONDecoder().decode(Report.self, from: Data(try row["analysis"].decode(String.self).utf8))
        let id = try row["id"].decode(Int64.self)
        report.text = nil
        report.quantities = try await quantities(reportID: id, placedIn: range)
        report.findings = try await findings(reportID: id, placedIn: range)
        report.positions = try PositionMap.stored(try row["positions"].decode(String?.self))
        return StoredReport(summary: try Self.summary(row), report: report, text: try row["text"].decode(String.self))
    }

    /// The condition selecting rows placed in `range` (or placed nowhere).
    private static func placement(_ range: Range<Int>?, _ sql: inout SQLBuilder) -> String {
        guard let range else { return "" }
        return " AND (cleaned_offset IS NULL OR (cleaned_offset >= \(sql.bind(range.lowerBound)) AND cleaned_offset < \(sql.bind(range.upperBound))))"
    }

    /// The columns a `Finding` is read from, first in a row.
    static let findingColumns = "rule, severity, message, line, column_number, excerpt, expected, found, cleaned_offset"

    /// A report's findings, rebuilt from their rows in the order the review gave them.
    func findings(reportID: Int64, placedIn range: Range<Int>?) async throws -> [Finding] {
        var sql = SQLBuilder()
        sql.append("SELECT \(Self.findingColumns) FROM finding WHERE report_id = \(sql.bind(reportID))")
        sql.append(Self.placement(range, &sql) + " ORDER BY ordinal")
        return try await rows(sql).map(Self.finding)
    }

    /// A finding from a row whose first columns are `findingColumns`.
    static func finding(_ row: PostgresRow) throws -> Finding {
        let (rule, severity, message, line, column, excerpt, expected, found, offset) =
            try row.decode((String, String, String, Int, Int, String?, String?, String?, Int?).self)
        return Finding(rule: rule, severity: Severity(rawValue: severity) ?? .info, message: message, line: line, column: column,
                       excerpt: excerpt ?? "", expected: expected, found: found, offset: offset)
    }

    /// A report's figures, rebuilt from their rows in document order.
    private func quantities(reportID: Int64, placedIn range: Range<Int>?) async throws -> [Quantity] {
        func decimal(_ text: String?) -> Decimal? { text.flatMap { Decimal(string: $0, locale: Self.posix) } }
        var sql = SQLBuilder()
        sql.append("""
            SELECT text, value, unit, qualifier, lower, upper, kind, change, status, scope, subject, indicator, area, line, column_number,
                cleaned_offset
            FROM figure WHERE report_id = \(sql.bind(reportID))
            """)
        sql.append(Self.placement(range, &sql) + " ORDER BY ordinal")
        return try await rows(sql).map { row in
            let row = row.makeRandomAccess()
            func text(_ name: String) throws -> String? { try row[name].decode(String?.self) }
            return Quantity(
                text: try row["text"].decode(String.self), value: decimal(try text("value")) ?? 0, unit: try text("unit"),
                qualifier: Qualifier(rawValue: try row["qualifier"].decode(String.self)) ?? .exact, lower: decimal(try text("lower")),
                upper: decimal(try text("upper")), kind: QuantityKind(rawValue: try row["kind"].decode(String.self)) ?? .count,
                change: try text("change").flatMap(Change.init(rawValue:)),
                status: FigureStatus(rawValue: try row["status"].decode(String.self)) ?? .achieved,
                scope: FigureScope(rawValue: try row["scope"].decode(String.self)) ?? .own,
                subject: try text("subject"), indicator: try text("indicator"), area: try text("area"),
                line: try row["line"].decode(Int.self), column: try row["column_number"].decode(Int.self),
                offset: try row["cleaned_offset"].decode(Int?.self))
        }
    }

    /// The locale decimals are written and read in: a dot, no grouping.
    static let posix = Locale(identifier: "en_US_POSIX")
}
