import ArgumentParser
import FazhiSQLite
import FazhiStore
import Foundation

/// The `--db` option shared by the commands that use the report store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (default: $FAZHI_DB, else fazhi.sqlite).")
    var db: String?

    /// The database file to use.
    var path: String { db ?? SQLiteReportStore.defaultPath() }

    /// Opens the store, creating it when missing; on failure prints why, naming the file, and exits with 1.
    func open() throws -> SQLiteReportStore {
        try Self.reporting { try SQLiteReportStore(path: path) }
    }

    /// Opens a store that must exist already, for reading only (list, search, show, compare, stats, export, serve
    /// without uploads): a missing file is an error naming the path, nothing is created, and a read-only database works.
    func openExisting() throws -> SQLiteReportStore {
        try Self.reporting { try SQLiteReportStore(readingExisting: path) }
    }

    /// Runs a store operation; a store error is printed as `fazhi: error: …` and exits with 1.
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            Diagnostics.report(error.description)
            throw ExitCode(1)
        }
    }
}
