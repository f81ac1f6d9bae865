@testable import FazhiServer
import Foundation
import Testing

@Suite("the view gate: whole reports loaded a few at a time")
struct ViewGateTests {
    /// Counts the views running at once and the most seen.
    actor Counter {
        private(set) var running = 0
        private(set) var most = 0
        func enter() { running += 1; most = max(most, running) }
        func leave() { running -= 1 }
    }

    @Test("no more than the limit run at once; every view runs, a failing one frees its place", arguments: [1, 2, 3])
    func limit(_ limit: Int) async throws {
        let gate = ViewGate(limit: limit)
        let counter = Counter()
        let results = try await withThrowingTaskGroup(of: Int?.self) { group in
            for index in 0..<12 {
                group.addTask {
                    do {
                        return try await gate.run {
                            await counter.enter()
                            try await Task.sleep(for: .milliseconds(5))
                            await counter.leave()
                            if index % 4 == 0 { throw CancellationError() }
                            return index
                        }
                    } catch is CancellationError {
                        return nil
                    }
                }
            }
            return try await group.reduce(into: [Int?]()) { $0.append($1) }
        }
        #expect(results.count == 12 && results.compactMap { $0 }.count == 9)
        #expect(await counter.most == limit)
    }
}
