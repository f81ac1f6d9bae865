import FazhiFiles
import FazhiStore

/// Runs work over many items on every core, delivering results in input order, chunk by chunk.
///
/// Memory stays bounded by the chunk size, so a batch of 100,000 files never holds all reports.
enum ParallelBatch {
    /// Calls `work` for every item concurrently and `deliver` for each result in input order.
    static func run<Item: Sendable, Output: Sendable>(
        _ items: [Item], chunkSize: Int = 256,
        work: @Sendable (Item) -> Output, deliver: (Item, Output) -> Void
    ) {
        var start = 0
        while start < items.count {
            let end = min(start + chunkSize, items.count)
            let chunk = Array(items[start..<end])
            for (item, result) in zip(chunk, ParallelMap.map(chunk, work)) { deliver(item, result) }
            start = end
        }
    }
}
