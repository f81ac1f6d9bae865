import Dispatch

/// Runs blocking work (SQLite queries, analysis, rendering) off Swift's cooperative thread pool, with the request's
/// signed-in user still bound.
enum Blocking {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        let user = SignedIn.user
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try SignedIn.$user.withValue(user) { try work() } })
            }
        }
    }
}
