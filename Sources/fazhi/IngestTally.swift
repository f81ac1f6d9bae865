import FazhiStore
import Foundation

/// Counts what an ingest did; written by one write at a time, read after the last
/// (`writeFailed` also while it runs, under a lock).
final class IngestTally: @unchecked Sendable {
    private(set) var added = 0
    private(set) var versions = 0
    private(set) var unchanged = 0
    private(set) var duplicates = 0
    private(set) var failed: Int
    private var failedWriting = false
    private let lock = NSLock()

    /// Whether a write failed, so the ingest must stop.
    var writeFailed: Bool {
        lock.withLock { failedWriting }
    }
    private(set) var handled = 0

    init(failed: Int) {
        self.failed = failed
    }

    /// Stores a chunk's analysed files in one transaction and counts the outcomes.
    func store(_ prepared: [PreparedFile], in database: any ReportStore) async {
        guard !writeFailed else { return }
        var items: [IngestItem] = []
        var skipped = 0, broken = 0
        for file in prepared {
            switch file {
            case .analysed(let item): items.append(item)
            case .unchanged: skipped += 1
            case .failed(let failure):
                Diagnostics.report(failure)
                broken += 1
            }
        }
        do {
            let outcomes = items.isEmpty ? [] : try await database.ingest(items)
            for outcome in outcomes {
                switch outcome {
                case .added: added += 1
                case .newVersion: versions += 1
                case .unchanged: unchanged += 1
                case .duplicate: duplicates += 1
                }
            }
            unchanged += skipped
            failed += broken
            handled += prepared.count
        } catch {
            Diagnostics.report((error as? StoreError)?.description ?? "\(error)")
            lock.withLock { failedWriting = true }
        }
    }

    /// The closing line: what was done, and where.
    func summary(database: String, notStarted: Int) -> String {
        var parts = ["\(added) added", "\(versions) new versions", "\(unchanged) unchanged"]
        if duplicates > 0 { parts.append("\(duplicates) duplicates of stored reports") }
        parts.append("\(failed) failed")
        if notStarted > 0 { parts.append("\(notStarted) not yet read") }
        return "ingest: " + parts.joined(separator: ", ") + " → \(database)\n"
    }
}
