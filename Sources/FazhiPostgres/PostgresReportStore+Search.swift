import FazhiCore
import FazhiStore
import PostgresNIO

extension PostgresReportStore {
    /// The reports matching the query and passing the filter, as a SELECT of `id` and `score` (`ts_rank` of the best
    /// chunk): found through the bigram index, then, for phrases, checked in the text.
    private static func matches(_ query: SearchQuery, filter: ReportFilter, _ sql: inout SQLBuilder) throws -> String {
        guard let terms = SearchTerms.query(query) else {
            throw StoreError.invalidQuery("the query has no letters, digits or Chinese characters to search for")
        }
        let tsquery = "\(sql.bind(terms.tsquery))::tsquery"
        let condition = filter.condition(&sql)
        var checks = ""
        if let phrases = terms.phrases {
            checks = " AND " + phrases.map { spellings in
                "(" + spellings.map { "strpos(fazhi_fold(report_text.text), \(sql.bind($0))) > 0" }.joined(separator: " OR ") + ")"
            }.joined(separator: " AND ")
        }
        return """
            SELECT report.id, found.score FROM (
                SELECT report_id, max(ts_rank(terms, \(tsquery), 1)) AS score FROM report_search
                WHERE terms @@ \(tsquery) GROUP BY report_id
            ) AS found
            JOIN report ON report.id = found.report_id
            \(checks.isEmpty ? "" : "JOIN report_text ON report_text.report_id = report.id")
            WHERE \(condition)\(checks)
            """
    }

    public func searchCount(_ query: SearchQuery, filter: ReportFilter) async throws -> Int {
        var sql = SQLBuilder()
        let matches = try Self.matches(query, filter: filter, &sql)
        sql.append("SELECT count(*) FROM (\(matches)) AS matches")
        return try await rows(sql)[0].decode(Int.self)
    }

    public func search(_ query: SearchQuery, filter: ReportFilter, limit: Int, offset: Int) async throws -> [SearchHit] {
        var sql = SQLBuilder()
        let matches = try Self.matches(query, filter: filter, &sql)
        // Rank first, then read one page of summaries and texts.
        sql.append("""
            SELECT \(Self.summaryColumns), page.score, report_text.text, report_text.positions FROM (
                \(matches) ORDER BY found.score DESC, report.id LIMIT \(sql.bind(limit)) OFFSET \(sql.bind(offset))
            ) AS page
            JOIN report ON report.id = page.id JOIN report_text ON report_text.report_id = page.id
            ORDER BY page.score DESC, report.id
            """)
        let finder = SnippetFinder(query)
        return try await rows(sql).map { row in
            let row = row.makeRandomAccess()
            let positions = try PositionMap.stored(try row["positions"].decode(String?.self))
            let found = finder.snippets(in: try row["text"].decode(String.self), positions: positions)
            return SearchHit(report: try Self.summary(row), score: Double(try row["score"].decode(Float.self)),
                             snippets: found.snippets, matchingLines: found.matchingLines)
        }
    }
}
