import Dispatch
import FazhiCore
import FazhiSQLite
import FazhiStore
import FazhiTesting
import Foundation

/// Ingest throughput, search latency and database size on generated reports.
///
/// Ingest is timed through the real `fazhi ingest` beside this binary (files on disk, every core,
/// one transaction per batch); search is timed in-process on the resulting database, with
/// queries cut at random from the reports' own text.
struct StoreBenchmark {
    let ingestCount: Int
    let searchCount: Int

    func run() async throws {
        let total = max(ingestCount, searchCount)
        let (root, folders) = try Self.writeCorpus(total)
        let keep = ProcessInfo.processInfo.environment["FAZHI_BENCH_KEEP"] == "1"
        defer { if keep { print("kept \(root.path)") } else { try? FileManager.default.removeItem(at: root) } }
        let generator = SyntheticReports(seed: Self.seed)
        let db = root.appendingPathComponent("bench.sqlite").path
        let firstFolders = Array(folders.prefix((ingestCount + 999) / 1000))
        let seconds = try Self.ingest(firstFolders, into: db)
        print(String(format: "ingest: %d reports in %.1f s — %.0f reports/s (analysis and storage, all cores)",
                     ingestCount, seconds, Double(ingestCount) / seconds))
        try printSize(db, reports: ingestCount)
        if searchCount > ingestCount {
            let more = Array(folders.dropFirst(firstFolders.count))
            let moreSeconds = try Self.ingest(more, into: db)
            print(String(format: "ingest: %d more reports (to %d) in %.1f s — %.0f reports/s",
                         total - ingestCount, total, moreSeconds, Double(total - ingestCount) / moreSeconds))
            try printSize(db, reports: total)
        }
        try await searchLatency(db, generator: generator, reports: total)
    }

    static let seed: UInt64 = 2025

    /// Writes `count` generated reports to a new temporary folder, 1,000 per subfolder.
    static func writeCorpus(_ count: Int) throws -> (root: URL, folders: [URL]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-bench-\(UUID().uuidString)")
        let generator = SyntheticReports(seed: seed)
        print("fazhi-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores; writing \(count) generated reports…")
        var folders: [URL] = []
        for index in 0..<count {
            if index % 1000 == 0 {
                folders.append(root.appendingPathComponent(String(format: "batch-%04d", index / 1000)))
                try FileManager.default.createDirectory(at: folders.last!, withIntermediateDirectories: true)
            }
            let (name, text) = generator.report(index)
            try Data(text.utf8).write(to: folders.last!.appendingPathComponent(String(format: "%06d-", index) + name))
        }
        return (root, folders)
    }

    /// Runs `fazhi ingest` on the folders; returns the wall-clock seconds.
    static func ingest(_ folders: [URL], into db: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("fazhi")
        process.arguments = ["ingest", "--db", db] + folders.map(\.path)
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchmarkFailure("fazhi ingest exited with \(process.terminationStatus)") }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private func printSize(_ db: String, reports: Int) throws {
        let store = try SQLiteReportStore(path: db)
        try store.checkpoint()
        var bytes = 0
        for suffix in ["", "-wal", "-shm"] {
            bytes += (try? FileManager.default.attributesOfItem(atPath: db + suffix)[.size] as? Int) ?? 0
        }
        print(String(format: "database: %.1f MB for %d reports — %.1f KB per report", Double(bytes) / 1_048_576,
                     reports, Double(bytes) / 1024 / Double(reports)))
    }

    private func searchLatency(_ db: String, generator: SyntheticReports, reports: Int) async throws {
        let store = try SQLiteReportStore(path: db)
        var random = SplitMix64(seed: 99)
        for length in [2, 4, 8] {
            let queries = (0..<300).map { _ in Self.cut(length, from: generator.report(Int(random.next() % UInt64(reports))).text, &random) }
            for query in queries.prefix(20) { _ = try await store.search(SearchQuery(query), filter: ReportFilter(), limit: 20, offset: 0) }
            var times: [Double] = []
            var found = 0
            for query in queries {
                let start = DispatchTime.now().uptimeNanoseconds
                let hits = try await store.search(SearchQuery(query), filter: ReportFilter(), limit: 20, offset: 0)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                found += hits.count
            }
            times.sort()
            print(String(format: "search, %d characters, %d reports: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d queries, %.1f hits each, top 20 with snippets)",
                         length, reports, times[times.count / 2], times[times.count * 99 / 100], times.last!, queries.count,
                         Double(found) / Double(queries.count)))
        }
        for query in ["复议", "调解成功率", "行政执法", "法治政府建设"] {
            let start = DispatchTime.now().uptimeNanoseconds
            let hits = try await store.search(SearchQuery(query), filter: ReportFilter(province: "浙江"), limit: 20, offset: 0)
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            print(String(format: "search %@ in 浙江: %.1f ms, %d hits shown", query, ms, hits.count))
        }
    }

    /// `length` consecutive Chinese characters from a random place in the text.
    private static func cut(_ length: Int, from text: String, _ random: inout SplitMix64) -> String {
        let scalars = Array(text.unicodeScalars)
        for _ in 0..<1000 {
            let start = Int(random.next() % UInt64(max(scalars.count - length, 1)))
            let slice = scalars[start..<min(start + length, scalars.count)]
            if slice.count == length, slice.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }) {
                return String(String.UnicodeScalarView(slice))
            }
        }
        return "法治政府建设年度报告".unicodeScalars.prefix(length).map(String.init).joined()
    }
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
