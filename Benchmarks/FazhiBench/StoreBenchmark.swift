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
        // Ingest goes by whole folders of 1,000, so the first part is the folders `ingestCount` reaches.
        let firstFolders = Array(folders.prefix((ingestCount + 999) / 1000))
        let first = min(firstFolders.count * 1000, total)
        let seconds = try Self.ingest(firstFolders, into: db)
        print(String(format: "ingest: %d reports in %.1f s — %.0f reports/s (analysis and storage, all cores)",
                     first, seconds, Double(first) / seconds))
        try printSize(db, reports: first)
        if total > first {
            let moreSeconds = try Self.ingest(Array(folders.dropFirst(firstFolders.count)), into: db)
            print(String(format: "ingest: %d more reports (to %d) in %.1f s — %.0f reports/s",
                         total - first, total, moreSeconds, Double(total - first) / moreSeconds))
            try printSize(db, reports: total)
        }
        try await searchLatency(db, generator: generator, reports: total)
    }

    static let seed: UInt64 = 2025

    /// Writes `count` generated reports (`realistic`: as the realistic mix) to a new temporary folder, 1,000 per subfolder.
    /// What a written corpus holds: plain generated reports, the realistic mix, or the mix's GB18030 and Big5 files.
    enum CorpusKind {
        case plain, mix, legacy
    }

    static func writeCorpus(_ count: Int, kind: CorpusKind = .plain) throws -> (root: URL, folders: [URL]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-bench-\(UUID().uuidString)")
        let generator = SyntheticReports(seed: seed)
        let mix = RealisticMix(seed: seed)
        print("fazhi-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores; writing \(count) generated reports…")
        var folders: [URL] = []
        for index in 0..<count {
            if index % 1000 == 0 {
                folders.append(root.appendingPathComponent(String(format: "batch-%04d", index / 1000)))
                try FileManager.default.createDirectory(at: folders.last!, withIntermediateDirectories: true)
            }
            let name: String, bytes: [UInt8]
            switch kind {
            case .plain:
                let report = generator.report(index)
                (name, bytes) = (report.name, Array(report.text.utf8))
            case .mix: (name, bytes) = try mix.file(index)
            case .legacy: (name, bytes) = mix.legacyFile(index)
            }
            try Data(bytes).write(to: folders.last!.appendingPathComponent(String(format: "%06d-", index) + name))
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

    /// Times searches for 300 queries each of 2, 4 and 8 characters cut from the reports (``SearchBenchmark``).
    private func searchLatency(_ db: String, generator: SyntheticReports, reports: Int) async throws {
        var random = SplitMix64(seed: 99)
        let queries = [2, 4, 8].flatMap { length in
            (0..<300).map { _ in Self.cut(length, from: generator.report(Int(random.next() % UInt64(reports))).text, &random) }
        }
        try await SearchBenchmark(database: db, queries: queries).run()
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
