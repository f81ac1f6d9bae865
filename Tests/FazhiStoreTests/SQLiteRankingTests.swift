@testable import FazhiSQLite
import FazhiStore
import GRDB
import Testing

@Suite("SQLite search ranking")
struct SQLiteRankingTests {
    @Test("a one-term search ranks as FTS5's own bm25 does, which counts every match", arguments: ["复议", "行政复议", "法治政府建设", "法"])
    func oneTermAsBM25(_ text: String) async throws {
        let store = try SQLiteReportStore(path: try TestFiles.temporaryFile("rank.sqlite").path)
        _ = try await store.ingest(try Items.mixed())
        let hits = try await store.search(SearchQuery(text), filter: ReportFilter(), limit: 100, offset: 0)
        let expression = try #require(FTSQuery.expression(for: SearchQuery(text)))
        let expected = try await store.read { db in
            try Int64.fetchAll(db, sql: "SELECT rowid FROM report_fts WHERE report_fts MATCH ? ORDER BY bm25(report_fts), rowid",
                               arguments: [expression])
        }
        #expect(hits.count > 1)
        #expect(hits.map(\.report.id) == expected)
    }

    @Test("of two terms, the rarer weighs more; counted under the window, the order is bm25's")
    func rarerTermWeighsMore() async throws {
        let store = try SQLiteReportStore(path: try TestFiles.temporaryFile("rank.sqlite").path)
        let filler = String(repeating: "本年度工作有序推进。", count: 20)
        // 复议 is in every report, 听证 in three; each of the first two reports repeats one of them.
        var items = [
            try Items.item("rare.txt", text: "\(filler)听证听证听证听证。复议。\(filler)"),
            try Items.item("common.txt", text: "\(filler)复议复议复议复议。听证。\(filler)"),
            try Items.item("third.txt", text: "\(filler)听证。复议。\(filler)"),
        ]
        for index in 0..<12 { items.append(try Items.item("other-\(index).txt", text: "\(filler)复议。第\(index)号。\(filler)")) }
        _ = try await store.ingest(items)
        let query = SearchQuery("复议 听证")
        let hits = try await store.search(query, filter: ReportFilter(), limit: 10, offset: 0)
        // 复议, in every report, weighs next to nothing: repeating it lifts common.txt no higher than the shorter third.txt.
        #expect(hits.map(\.report.path) == ["rare.txt", "third.txt", "common.txt"])
        let expression = try #require(FTSQuery.expression(for: query))
        let expected = try await store.read { db in
            try Int64.fetchAll(db, sql: "SELECT rowid FROM report_fts WHERE report_fts MATCH ? ORDER BY bm25(report_fts), rowid",
                               arguments: [expression])
        }
        #expect(hits.map(\.report.id) == expected)
        // With a window of five, 复议's share is estimated from where its fifth newest match lies: all of them.
        var windowed = query
        windowed.rankedCandidates = 5
        #expect(try await store.search(windowed, filter: ReportFilter(), limit: 10, offset: 0).map(\.report.id) == expected)
    }
}
