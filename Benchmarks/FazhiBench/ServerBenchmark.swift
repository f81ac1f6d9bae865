import Dispatch
import FazhiCore
import FazhiServer
import FazhiSQLite
import FazhiStore
import FazhiTesting
import Foundation
import Hummingbird
import HummingbirdTesting

/// Server time of each page and API call on a database of generated reports: requests go through
/// the router in process (routing, queries, rendering; no network), p50 and p99 per page.
struct ServerBenchmark {
    let count: Int

    /// Builds the database, or reuses the one `FAZHI_BENCH_DB` names (built there and kept on the first run), so
    /// runs that compare builds time the same data without ingesting it again.
    func run() async throws {
        let kept = ProcessInfo.processInfo.environment["FAZHI_BENCH_DB"]
        let db: String
        var corpus: URL?
        defer { if let corpus { try? FileManager.default.removeItem(at: corpus) } }
        if let kept, FileManager.default.fileExists(atPath: kept) {
            db = kept
            print("reusing \(kept)")
        } else {
            let (root, folders) = try StoreBenchmark.writeCorpus(count)
            corpus = root
            db = kept ?? root.appendingPathComponent("bench.sqlite").path
            let seconds = try StoreBenchmark.ingest(folders, into: db)
            print(String(format: "ingested %d reports in %.1f s", count, seconds))
        }
        let store = try SQLiteReportStore(path: db)
        let resources = try AnalysisResources.bundled()
        let app = try FazhiApp(store: store, analyzer: Analyzer(resources: resources),
                               indicators: resources.indicators.indicators, configuration: ServerConfiguration(),
                               roster: RosterBuilder(resources: resources))
        let ids = try await store.list(ReportFilter(), limit: count, offset: 0).map(\.id)
        var random = SplitMix64(seed: 5)
        let templates: [(String, () -> String)] = [
            ("overview /", { "/" }),
            ("reports /reports", { "/reports" }),
            ("reports, page 100", { "/reports?page=100" }),
            ("reports, filtered", { "/reports?province=%E6%B5%99%E6%B1%9F&level=county" }),
            ("search 行政复议", { "/reports?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE" }),
            ("one report", { "/reports/\(ids[Int(random.next() % UInt64(ids.count))])" }),
            ("compare, one province", { "/compare?indicators=reconsiderationReceived,legalAdviserCoverage&province=%E6%B5%99%E6%B1%9F" }),
            ("upload form", { "/upload" }),
            ("API stats", { "/api/v1/stats" }),
            ("API one report", { "/api/v1/reports/\(ids[Int(random.next() % UInt64(ids.count))])" }),
            ("API search 复议", { "/api/v1/search?q=%E5%A4%8D%E8%AE%AE" }),
        ]
        let pages = templates.map { name, uri in (name, (0..<105).map { _ in uri() }) }
        try await app.application().test(.router) { client in
            for (name, paths) in pages {
                var times: [Double] = []
                for (round, path) in paths.enumerated() {
                    let start = DispatchTime.now().uptimeNanoseconds
                    try await client.execute(uri: path, method: .get) { response in
                        guard response.status == .ok else { throw BenchmarkFailure("\(path): \(response.status)") }
                    }
                    if round >= 5 { times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6) }
                }
                times.sort()
                print(String(format: "%-24@ p50 %6.1f ms   p99 %6.1f ms", name as NSString, times[times.count / 2], times[times.count * 99 / 100]))
            }
        }
    }
}
