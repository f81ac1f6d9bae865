import Dispatch
import Foundation

/// Maps items on every core, keeping input order.
public enum ParallelMap {
    /// `work` applied to every item concurrently; the results in input order.
    public static func map<Item: Sendable, Output: Sendable>(_ items: [Item], _ work: @Sendable (Item) -> Output) -> [Output] {
        let slots = Slots<Output>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.set(index, work(items[index]))
        }
        return slots.all
    }
}

/// Fixed slots written once each from concurrent workers.
private final class Slots<Output>: @unchecked Sendable {
    private var slots: [Output?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Output) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var all: [Output] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
