import FazhiCore
import GRDB

extension SQLiteReportStore {
    public func search(_ query: SearchQuery, filter: ReportFilter, limit: Int, offset: Int) throws -> [SearchHit] {
        guard let expression = FTSQuery.expression(for: query) else {
            throw StoreError.invalidQuery("the query has no letters, digits or Chinese characters to search for")
        }
        let clause = FilterClause(filter)
        let finder = SnippetFinder(query)
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns), bm25(report_fts) AS rank, report_text.text FROM report_fts
                JOIN report ON report.id = report_fts.rowid
                JOIN report_text ON report_text.reportId = report.id
                WHERE report_fts MATCH ? AND \(clause.sql)
                ORDER BY rank, report.id LIMIT ? OFFSET ?
                """, arguments: [expression] + clause.arguments + [limit, offset])
            return rows.map { row in
                let found = finder.snippets(in: row["text"])
                return SearchHit(report: Self.summary(row), score: -(row["rank"] as Double),
                                 snippets: found.snippets, matchingLines: found.matchingLines)
            }
        }
    }
}
