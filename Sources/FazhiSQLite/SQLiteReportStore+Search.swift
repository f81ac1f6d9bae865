import FazhiCore
import FazhiStore
import GRDB

extension SQLiteReportStore {
    public func searchCount(_ query: SearchQuery, filter: ReportFilter) async throws -> Int {
        let expression = try Self.expression(FTSQuery.terms(of: query))
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

    private static func expression(_ terms: [(clause: String, phrases: Int)]) throws -> String {
        guard let expression = FTSQuery.expression(of: terms) else {
            throw StoreError.invalidQuery("the query has no letters, digits or Chinese characters to search for")
        }
        return expression
    }

    public func search(_ query: SearchQuery, filter: ReportFilter, limit: Int, offset: Int) async throws -> [SearchHit] {
        let terms = FTSQuery.terms(of: query)
        let expression = try Self.expression(terms)
        let clause = FilterClause(filter)
        let finder = SnippetFinder(query)
        let window = max(query.rankedCandidates, offset + limit)
        return try await read { db in
            // Rank first, reading only the index (and the report rows when filtering); then read one
            // page of summaries and texts. Only current versions are in the index. CROSS JOIN keeps the
            // index as the outer loop: driven by a report index instead, each report would run the match
            // and its rank on its own. One walk back from the newest report takes the newest `window`
            // matches with their BM25; the page is the best of those.
            let matches = filter == ReportFilter()
                ? "FROM report_fts WHERE report_fts MATCH ?"
                : "FROM report_fts CROSS JOIN report ON report.id = report_fts.rowid WHERE report_fts MATCH ? AND \(clause.sql)"
            let shares = terms.count > 1 ? try Self.estimatedShares(terms, window: window, db) : []
            let rank = "\(BM25Function.name)(report_fts\(String(repeating: ", ?", count: shares.count)))"
            let ranked = try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns), page.rank AS rank
                FROM (SELECT id, rank FROM (SELECT report_fts.rowid AS id, \(rank) AS rank \(matches)
                                            ORDER BY report_fts.rowid DESC LIMIT ?)
                      ORDER BY rank LIMIT ? OFFSET ?) AS page
                JOIN report ON report.id = page.id ORDER BY page.rank, report.id
                """, arguments: StatementArguments(shares) + [expression] + clause.arguments + [window, limit, offset])
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

    /// The share of reports holding each term, for each of its phrases: counted when a term matches fewer reports
    /// than the window, otherwise estimated from how densely its newest `window` matches lie among the newest reports
    /// (a term in every report has its window in the last `window` ids). Counting every match, as FTS5's `bm25` does,
    /// costs as much as the whole search.
    private static func estimatedShares(_ terms: [(clause: String, phrases: Int)], window: Int, _ db: Database) throws -> [Double] {
        let newest = max(try Int64.fetchOne(db, sql: "SELECT max(id) FROM report") ?? 1, 1)
        var shares: [Double] = []
        for term in terms {
            let share: Double
            if let floor = try Int64.fetchOne(db, sql: "SELECT rowid FROM report_fts WHERE report_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                                              arguments: [term.clause, window - 1]) {
                share = Double(window) / Double(max(newest - floor + 1, Int64(window)))
            } else {
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM report_fts WHERE report_fts MATCH ?", arguments: [term.clause]) ?? 0
                share = Double(count) / Double(newest)
            }
            shares += Array(repeating: share, count: term.phrases)
        }
        return shares
    }
}
