import ArgumentParser
import FazhiSQLite
import FazhiStore
import Foundation

/// The `--db` option shared by the commands that use the report store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database: a SQLite file, or a PostgreSQL server as postgres://user[:password]@host[:port]/database (default: $FAZHI_DB, else fazhi.sqlite).",
        valueName: "file-or-url"))
    var db: String?

    /// The database to use, as named.
    var location: String { db ?? StoreLocation.configured() }

    /// Opens the store, creating it when missing; on failure prints why, naming the database, and exits with 1.
    func open() async throws -> any ReportStore {
        try await Self.reporting { try await StoreLocation(location).open(creating: true) }
    }

    /// Opens a store that must exist already, for reading only (list, search, show, compare, stats, export, serve
    /// without uploads): a missing database is an error naming it, nothing is created, and a read-only database works.
    func openExisting() async throws -> any ReportStore {
        try await Self.reporting { try await StoreLocation(location).open(creating: false) }
    }

    /// Opens the store's ingest queue (PostgreSQL only): a SQLite file is refused, naming it, and nothing is created.
    func openQueue() async throws -> any ReportStore & IngestQueue {
        try await Self.reporting { try await StoreLocation(location).openQueue() }
    }

    /// Runs a store operation; a store error is printed as `fazhi: error: …` and exits with 1.
    static func reporting<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as StoreError {
            Diagnostics.report(error.description)
            throw ExitCode(1)
        }
    }
}
