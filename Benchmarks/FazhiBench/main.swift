import Foundation
import FazhiTesting

/// `fazhi-bench [count]`: analysis throughput on `count` generated reports (default 10,000).
/// `fazhi-bench figures [count]`: figure extraction alone (a focused run to profile).
/// `fazhi-bench store [ingest-count] [search-count]`: ingest throughput through the `fazhi` CLI,
/// search latency and database size (defaults 10,000 and 100,000).
/// `fazhi-bench search DB QUERIES`: search latency on an existing database, one query a line (see SearchBenchmark).
/// `fazhi-bench server [count]`: server time of each page on a database of `count` reports (10,000).
/// `fazhi-bench corpus [count] [mix|legacy]`: writes the generated reports (with `mix`, the realistic mix; with
/// `legacy`, the mix's GB18030 and Big5 files) to a folder and prints it, to time commands on them.
/// `fazhi-bench accuracy [folder]`: per-field accuracy on labelled openings (../shared/corpus/openings).
let arguments = Array(CommandLine.arguments.dropFirst())
let numbers = arguments.compactMap(Int.init)
switch arguments.first {
case "store":
    try await StoreBenchmark(ingestCount: numbers.first ?? 10_000, searchCount: numbers.dropFirst().first ?? 100_000).run()
case "figures":
    try figureBenchmark(count: numbers.first ?? 10_000)
case "accuracy":
    try accuracyReport(folder: arguments.dropFirst().first.map { URL(fileURLWithPath: $0) } ?? OpeningsCorpus.directory)
case "corpus":
    let kind: StoreBenchmark.CorpusKind = arguments.contains("mix") ? .mix : arguments.contains("legacy") ? .legacy : .plain
    print(try StoreBenchmark.writeCorpus(numbers.first ?? 10_000, kind: kind).root.path)
case "search":
    guard arguments.count == 3 else { throw BenchmarkFailure("usage: fazhi-bench search DATABASE QUERIES-FILE") }
    let queries = try String(contentsOfFile: arguments[2], encoding: .utf8).split(separator: "\n").map(String.init)
    try await SearchBenchmark(database: arguments[1], queries: queries).run()
case "server":
    try await ServerBenchmark(count: numbers.first ?? 10_000).run()
default:
    try analyzeBenchmark(count: numbers.first ?? 10_000)
}
