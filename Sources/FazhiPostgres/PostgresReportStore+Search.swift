import FazhiCore
import FazhiStore
import PostgresNIO

extension PostgresReportStore {
    /// The reports matching the query and passing the filter, as a SELECT of `id`, and the bound `tsquery`: found
    /// through the bigram index, then, for phrases, checked in the text.
    private static func matches(_ query: SearchQuery, filter: ReportFilter, _ sql: inout SQLBuilder) throws
        -> (select: String, tsquery: String) {
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
        let select = """
            SELECT report.id FROM (SELECT DISTINCT report_id FROM report_search WHERE terms @@ \(tsquery)) AS found
            JOIN report ON report.id = found.report_id
            \(checks.isEmpty ? "" : "JOIN report_text ON report_text.report_id = report.id")
            WHERE \(condition)\(checks)
            """
        return (select, tsquery)
    }

    public func searchCount(_ query: SearchQuery, filter: ReportFilter) async throws -> Int {
        var sql = SQLBuilder()
        let matches = try Self.matches(query, filter: filter, &sql)
        sql.append("SELECT count(*) FROM (\(matches.select)) AS matches")
        return try await rows(sql)[0].decode(Int.self)
    }

    public func search(_ query: SearchQuery, filter: ReportFilter, limit: Int, offset: Int) async throws -> [SearchHit] {
        var sql = SQLBuilder()
        let (matches, tsquery) = try Self.matches(query, filter: filter, &sql)
        // Rank the newest matches only (`rankedCandidates`, or as many as the page reaches), by `ts_rank` of each
        // report's best chunk; then read one page of summaries and texts.
        let window = max(query.rankedCandidates, offset + limit)
        sql.append("""
            WITH candidates AS (\(matches) ORDER BY report.id DESC LIMIT \(sql.bind(window))),
            page AS (
                SELECT report_id AS id, max(ts_rank(terms, \(tsquery), 1)) AS score FROM report_search
                WHERE report_id IN (SELECT id FROM candidates) AND terms @@ \(tsquery) GROUP BY report_id
                ORDER BY score DESC, report_id LIMIT \(sql.bind(limit)) OFFSET \(sql.bind(offset))
            )
            SELECT \(Self.summaryColumns), page.score, report_text.text, report_text.positions FROM page
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
