import Foundation

/// `fazhi-bench [count]`: analysis throughput on `count` generated reports (default 10,000).
/// `fazhi-bench store [ingest-count] [search-count]`: ingest throughput through the `fazhi` CLI,
/// search latency and database size (defaults 10,000 and 100,000).
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "store" {
    let numbers = arguments.dropFirst().compactMap(Int.init)
    try StoreBenchmark(ingestCount: numbers.first ?? 10_000, searchCount: numbers.dropFirst().first ?? 100_000).run()
} else {
    try analyzeBenchmark(count: arguments.first.flatMap(Int.init) ?? 10_000)
}
