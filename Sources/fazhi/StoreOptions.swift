import ArgumentParser
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

    /// Opens a store that must exist already (for commands that only read it): a missing file is an
    /// error naming the path, and no empty database is left behind.
    func openExisting() throws -> SQLiteReportStore {
        guard FileManager.default.fileExists(atPath: path) else {
            Diagnostics.report("\(path): no Fazhi database here; `fazhi ingest FILES --db \(path)` creates one")
            throw ExitCode(1)
        }
        return try open()
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
