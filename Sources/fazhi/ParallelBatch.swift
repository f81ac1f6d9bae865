import Foundation

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
            let results = ResultSlots<Output>(count: chunk.count)
            DispatchQueue.concurrentPerform(iterations: chunk.count) { index in
                results.set(index, work(chunk[index]))
            }
            for (index, item) in chunk.enumerated() { deliver(item, results.get(index)) }
            start = end
        }
    }
}

/// Fixed slots written once each from concurrent workers.
private final class ResultSlots<Output>: @unchecked Sendable {
    private var slots: [Output?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Output) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func get(_ index: Int) -> Output {
        lock.lock()
        defer { lock.unlock() }
        return slots[index]!
    }
}
