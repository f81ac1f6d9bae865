import FazhiCore
import FazhiStore
import GRDB

extension SQLiteReportStore {
    public func searchCount(_ query: SearchQuery, filter: ReportFilter) async throws -> Int {
        let expression = try Self.expression(query)
        let clause = FilterClause(filter)
        return try await read { db in
            try Int.fetchOne(db, sql: filter == ReportFilter()
                ? "SELECT count(*) FROM report_fts WHERE report_fts MATCH ?"
                : """
                    SELECT count(*) FROM report_fts CROSS JOIN report ON report.id = report_fts.rowid
                    WHERE report_fts MATCH ? AND \(clause.sql)
                    """, arguments: [expression] + clause.arguments) ?? 0
        }
    }

    private static func expression(_ query: SearchQuery) throws -> String {
        guard let expression = FTSQuery.expression(for: query) else {
            throw StoreError.invalidQuery("the query has no letters, digits or Chinese characters to search for")
        }
        return expression
    }

    public func search(_ query: SearchQuery, filter: ReportFilter, limit: Int, offset: Int) async throws -> [SearchHit] {
        let expression = try Self.expression(query)
        let clause = FilterClause(filter)
        let finder = SnippetFinder(query)
        return try await read { db in
            // Rank first, reading only the index (and the report rows when filtering); then read one
            // page of summaries and texts. Only current versions are in the index. CROSS JOIN keeps the
            // index as the outer loop: driven by a report index instead, each report would run the match
            // and its rank on its own.
            let page = filter == ReportFilter()
                ? "SELECT rowid AS id, rank FROM report_fts WHERE report_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?"
                : """
                    SELECT report.id AS id, report_fts.rank AS rank FROM report_fts CROSS JOIN report ON report.id = report_fts.rowid
                    WHERE report_fts MATCH ? AND \(clause.sql) ORDER BY rank LIMIT ? OFFSET ?
                    """
            let ranked = try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns), page.rank AS rank FROM (\(page)) AS page
                JOIN report ON report.id = page.id ORDER BY page.rank, report.id
                """, arguments: [expression] + clause.arguments + [limit, offset])
            let text = try db.cachedStatement(sql: "SELECT text, positions FROM report_text WHERE reportId = ?")
            return try ranked.map { row in
                let summary = Self.summary(row)
                let stored = try Row.fetchOne(text, arguments: [summary.id])
                let found = finder.snippets(in: stored?["text"] ?? "", positions: try PositionMap.stored(stored?["positions"]))
                return SearchHit(report: summary, score: -(row["rank"] as Double),
                                 snippets: found.snippets, matchingLines: found.matchingLines)
            }
        }
    }
}
