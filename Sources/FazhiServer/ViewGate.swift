/// Lets at most `limit` whole-report views (a report page, its JSON, its original) load at once; the rest wait their
/// turn, so memory stays bounded however many readers open a huge report together.
actor ViewGate {
    private let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// A gate letting `limit` (at least one) views through at once.
    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Runs `work` once a place is free.
    func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        if running >= limit {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            running += 1
        }
        defer {
            if waiting.isEmpty { running -= 1 } else { waiting.removeFirst().resume() }
        }
        return try await work()
    }
}
