import Foundation

/// The scheduling priority of an ingest's analysis threads: a little below the process's own, so that with a busy
/// analysis thread on every core the store's single writer — the ingest's critical path — still gets a whole core.
///
/// On two cores the writer had only two thirds of one, and the analysis then waited for it a third of the run.
struct AnalysisPriority: Sendable {
    /// The process's nice value when the ingest started.
    private let base: Int32

    init() {
        base = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
    }

    /// Lowers the calling thread's priority (on Linux a nice value is per thread). Raising one's nice value needs no
    /// privilege; it stays at most 19.
    func apply() {
        setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, min(base + 10, 19))
    }
}
