import FazhiPostgres
import FazhiSQLite
import FazhiStore
import Foundation

/// Which engine a `--db` value names: a PostgreSQL URL (postgres:// or postgresql://), else a SQLite file.
enum StoreLocation {
    case sqlite(path: String)
    case postgres(url: String)

    /// The database named by `FAZHI_DB`, else `fazhi.sqlite` in the working directory.
    static func configured(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        SQLiteReportStore.defaultPath(environment: environment)
    }

    /// Reads a `--db` value.
    init(_ value: String) {
        let lowered = value.lowercased()
        self = lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") ? .postgres(url: value) : .sqlite(path: value)
    }

    /// Opens the store: `creating` makes and migrates a missing database; otherwise it must exist, and a SQLite file is
    /// opened read-only.
    func open(creating: Bool) async throws -> any ReportStore {
        switch self {
        case .sqlite(let path):
            creating ? try SQLiteReportStore(path: path) : try SQLiteReportStore(readingExisting: path)
        case .postgres(let url):
            try await PostgresReportStore.connect(url: url, migrating: creating)
        }
    }

    /// Opens the store's ingest queue (creating and migrating a missing database); a SQLite file keeps none and is
    /// refused before anything is created.
    func openQueue() async throws -> any ReportStore & IngestQueue {
        switch self {
        case .sqlite(let path): throw StoreError.noQueue(path: path)
        case .postgres(let url): try await PostgresReportStore.connect(url: url, migrating: true)
        }
    }
}
