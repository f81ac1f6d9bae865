import Dispatch
import FazhiSQLite
import FazhiStore
import Foundation

/// Search latency in process on an existing database: each query's top 20 with snippets, as the pages ask for them,
/// without a filter and with a province filter; p50, p99 and the slowest by query length.
///
/// `fazhi-bench search DB QUERIES` reads one query a line (scripts/bench/search-vs-tantivy.sh writes the same file for
/// tantivy) and prints a line `fazhi LENGTH FILTER p50 p99 max` for each length and filter.
struct SearchBenchmark {
    let database: String
    let queries: [String]
    /// The province of the filtered runs (a province the generated corpus spreads its reports over).
    static let province = "浙江"

    func run() async throws {
        let store = try SQLiteReportStore(readingExisting: database)
        let lengths = Set(queries.map(\.count)).sorted()
        for (label, filter) in [("all", ReportFilter()), ("province", ReportFilter(province: Self.province))] {
            for length in lengths {
                let batch = queries.filter { $0.count == length }
                for query in batch.prefix(20) { _ = try await store.search(SearchQuery(query), filter: filter, limit: 20, offset: 0) }
                var times: [Double] = []
                var hits = 0
                for query in batch {
                    let start = DispatchTime.now().uptimeNanoseconds
                    hits += try await store.search(SearchQuery(query), filter: filter, limit: 20, offset: 0).count
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                }
                times.sort()
                print(String(format: "fazhi %d %@ %.1f %.1f %.1f  (%d queries, %.1f hits each, top 20 with snippets)",
                             length, label, times[times.count / 2], times[min(times.count - 1, times.count * 99 / 100)],
                             times.last!, batch.count, Double(hits) / Double(batch.count)))
            }
        }
    }
}
