import FazhiCore
import FazhiStore
import Foundation
import GRDB

/// The embedded store: one SQLite file (WAL mode) holding originals, analyses, text and a
/// full-text index with Chinese bigram tokens.
///
/// Opening an existing file checks it first, read-only: a file that is not SQLite, or is the
/// database of another program, is refused and left untouched.
public final class SQLiteReportStore: ReportStore {
    /// The database file.
    public let path: String
    /// The database file, as users are shown it.
    public var location: String { path }
    /// A pool of connections, or one read-only connection (`init(readingExisting:)`).
    let pool: any DatabaseWriter

    /// The file used when none is named: `FAZHI_DB`, else `fazhi.sqlite` in the working directory.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let configured = environment["FAZHI_DB"], !configured.isEmpty { return configured }
        return "fazhi.sqlite"
    }

    /// Opens the database at `path`, creating and migrating it as needed.
    ///
    /// Several processes may open one file at once (an ingest running while `fazhi list` reads):
    /// a lock met while the file is being created is waited out, for up to 30 seconds.
    public convenience init(path: String) throws(StoreError) {
        self.init(path: path, pool: try Self.openPool(path))
    }

    private init(path: String, pool: any DatabaseWriter) {
        self.path = path
        self.pool = pool
    }

    /// Opens (creating and migrating as needed) the pool of `init(path:)`, waiting out locks.
    private static func openPool(_ path: String) throws(StoreError) -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            db.add(tokenizer: BigramTokenizer.self)
            BM25Function.register(db)
            // In WAL mode NORMAL never corrupts the file; a power cut may lose the last commits,
            // which the next ingest redoes.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // The writer keeps 64 MB of pages (SQLite's default is 2 MB): an ingest's index pages stay in memory
            // instead of being read back from the file for every batch.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -65536") }
        }
        let deadline = Date().addingTimeInterval(30)
        var attempt = 0
        var migrationRetries = 0
        while true {
            var migrating = false
            do {
                try Self.validateExisting(path)
                let pool = try DatabasePool(path: path, configuration: configuration)
                migrating = true
                try StoreMigrations.migrator.migrate(pool)
                return pool
            } catch let error where Self.isLock(error) && Date() < deadline {
                attempt += 1
                Thread.sleep(forTimeInterval: min(0.01 * Double(attempt), 0.2))
            } catch where migrating && migrationRetries < 5 {
                // Two processes creating the file at once both try the first migration; the
                // loser's transaction rolls back, and on a second look the work is done.
                migrationRetries += 1
                Thread.sleep(forTimeInterval: 0.05 * Double(migrationRetries))
            } catch let error as StoreError {
                throw error
            } catch {
                throw .failed(path: path, reason: Self.isLock(error) ? "locked by another process for 30 s" : Self.describe(error))
            }
        }
    }

    /// Opens an existing database for reading only: nothing is created, migrated or written, so a database in a
    /// read-only place is readable. A missing file, or one with no Fazhi tables yet, is `.missing`; one written by an older Fazhi is migrated first
    /// when the file can be written, else refused with a message saying so.
    public convenience init(readingExisting path: String) throws(StoreError) {
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        if try Self.needsMigration(path) {
            guard FileManager.default.isWritableFile(atPath: path) else {
                throw .failed(path: path, reason: "written by an older Fazhi and read-only here: open it once where it can be written to upgrade it")
            }
            try self.init(path: path)
        } else {
            self.init(path: path, pool: try Self.openReadOnly(path))
        }
    }

    /// One read-only pool, or connection where a pool cannot be (its shared-memory file cannot be made).
    private static func openReadOnly(_ path: String) throws(StoreError) -> any DatabaseWriter {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            db.add(tokenizer: BigramTokenizer.self)
            BM25Function.register(db)
        }
        do {
            // A pool reads alongside a writer; where its shared-memory file cannot be made (a read-only folder),
            // one read-only connection still can.
            if let pool = try? DatabasePool(path: path, configuration: configuration), (try? pool.read({ _ in })) != nil {
                return pool
            }
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { _ in }
            return queue
        } catch {
            throw .failed(path: path, reason: describe(error))
        }
    }

    /// Whether the database lacks migrations this Fazhi knows (checked read-only, with the file itself).
    private static func needsMigration(_ path: String) throws(StoreError) -> Bool {
        do {
            // An empty SQLite file, or one another process is creating this instant, holds no Fazhi data yet.
            guard let applied = try validateExisting(path) else { throw StoreError.missing(path: path) }
            return StoreMigrations.migrator.migrations.contains { !applied.contains($0) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .failed(path: path, reason: describe(error))
        }
    }

    /// Whether an error is another connection holding a lock (SQLITE_BUSY or SQLITE_LOCKED).
    private static func isLock(_ error: any Error) -> Bool {
        switch error {
        case let error as DatabaseError: error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
        default: error is LockedWhileChecking
        }
    }

    /// Another process held a lock while the file was being checked; retried by `init`.
    private struct LockedWhileChecking: Error {}

    /// Refuses an existing non-empty file that is not a Fazhi database, without writing to it; gives the migrations a
    /// Fazhi database has (nil for a missing or empty file, or one another process is creating this instant).
    @discardableResult
    private static func validateExisting(_ path: String) throws -> Set<String>? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        guard !header.isEmpty else { return nil }
        guard header == Data("SQLite format 3\0".utf8) else {
            throw StoreError.notADatabase(path: path, reason: "no SQLite header")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db -> Set<String>? in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                if applicationID == StoreMigrations.applicationID {
                    let known = Set(StoreMigrations.migrator.migrations)
                    let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                    let unknown = applied.filter { !known.contains($0) }
                    if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknown: unknown) }
                    return Set(applied)
                }
                // GRDB creates its migrations table before the first migration sets the id: a
                // database with nothing else is one that another process is creating right now.
                let objects = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM sqlite_master WHERE name NOT IN ('grdb_migrations', 'sqlite_autoindex_grdb_migrations_1')
                    """) ?? 0
                if objects > 0 { throw StoreError.foreignDatabase(path: path) }
                return nil
            }
        } catch let error as StoreError {
            throw error
        } catch let error where isLock(error) {
            throw LockedWhileChecking()
        } catch {
            throw StoreError.notADatabase(path: path, reason: describe(error))
        }
    }

    static func describe(_ error: any Error) -> String {
        guard let error = error as? DatabaseError else { return "\(error)" }
        let message = error.message ?? error.description
        switch error.resultCode.primaryResultCode {
        case .SQLITE_READONLY:
            return "\(message): the database is read-only here (it can be read; writing needs write access to it and its folder)"
        case .SQLITE_CANTOPEN:
            return "\(message): check that the folder exists and can be written"
        default:
            return message
        }
    }

    /// Runs a read, turning database errors into `StoreError`s naming the file.
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(body)
        } catch {
            throw storeError(error)
        }
    }

    /// Runs a write in one transaction, turning database errors into `StoreError`s naming the file.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(body)
        } catch {
            throw storeError(error)
        }
    }

    /// An error as a `StoreError` naming the file.
    private func storeError(_ error: any Error) -> StoreError {
        error as? StoreError ?? .failed(path: path, reason: Self.describe(error))
    }

    public func ping() async throws {
        let applied = try await read { db in Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) }
        let missing = StoreMigrations.migrator.migrations.filter { !applied.contains($0) }
        if !missing.isEmpty { throw StoreError.failed(path: path, reason: "migrations not applied: \(missing.joined(separator: ", "))") }
    }

    public func currentVersions() async throws -> [String: String] {
        try await read { db in
            var versions: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, sha256 FROM report WHERE isCurrent = 1")
            while let row = try rows.next() { versions[row[0]] = row[1] }
            return versions
        }
    }

    public func reportID(path: String) async throws -> Int64? {
        try await read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM report WHERE path = ? AND +isCurrent = 1", arguments: [path])
        }
    }

    public func original(id: Int64) async throws -> [UInt8]? {
        try await read { db in
            let data = try Data.fetchOne(db, sql: """
                SELECT original.bytes FROM report JOIN original ON original.sha256 = report.sha256 WHERE report.id = ?
                """, arguments: [id])
            return data.map { [UInt8]($0) }
        }
    }
}

extension SQLiteReportStore {
    /// Moves the write-ahead log into the database file, so the file alone holds everything.
    public func checkpoint() throws {
        do {
            _ = try pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        } catch {
            throw StoreError.failed(path: path, reason: Self.describe(error))
        }
    }
}
