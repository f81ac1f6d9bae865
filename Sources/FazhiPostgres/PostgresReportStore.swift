import FazhiCore
import FazhiStore
import Foundation
import Logging
import NIOSSL
import PostgresNIO

/// The team's store: a PostgreSQL server that many web servers and ingest workers share.
///
/// It keeps the same contract as the embedded SQLite file; search runs on a GIN index of character bigrams.
public final class PostgresReportStore: ReportStore {
    /// The server's URL without its password.
    public let location: String
    let client: PostgresClient
    private let running: Task<Void, Never>
    let logger = Logger(label: "fazhi.postgres")

    private init(location: String, client: PostgresClient) {
        self.location = location
        self.client = client
        running = Task { await client.run() }
    }

    deinit {
        running.cancel()
    }

    /// Connects to the server named by `url` (postgres://user[:password]@host[:port]/database, `?schema=NAME` for
    /// tables in a schema of their own, made when missing, and `sslmode=` as libpq reads it). With `migrating`, a
    /// database without Fazhi's tables gets them; otherwise it must hold them already (`.missing`). Either way
    /// migrations this Fazhi has and the database lacks are applied, and a database of another program or of a newer
    /// Fazhi is refused untouched.
    public static func connect(url: String, migrating: Bool) async throws(StoreError) -> PostgresReportStore {
        let target = try ServerAddress(url)
        var tls = TLSConfiguration.makeClientConfiguration()
        if target.sslmode != "verify-full" { tls.certificateVerification = .none }
        let clientTLS: PostgresClient.Configuration.TLS, probeTLS: PostgresConnection.Configuration.TLS
        do {
            switch target.sslmode {
            case "disable": (clientTLS, probeTLS) = (.disable, .disable)
            case "prefer": (clientTLS, probeTLS) = (.prefer(tls), .prefer(try NIOSSLContext(configuration: tls)))
            default: (clientTLS, probeTLS) = (.require(tls), .require(try NIOSSLContext(configuration: tls)))
            }
        } catch {
            throw .failed(path: target.shown, reason: "TLS: \(error)")
        }
        var configuration = PostgresClient.Configuration(host: target.host, port: target.port, username: target.user,
                                                         password: target.password, database: target.database, tls: clientTLS)
        configuration.options.maximumConnections = 16
        configuration.options.connectTimeout = .seconds(10)
        if let schema = target.schema { configuration.options.additionalStartupParameters = [("options", "-c search_path=\(schema)")] }
        // One connection first: an unreachable server or a refused login fails at once with the server's reason,
        // where the pool would keep retrying.
        do {
            var probe = PostgresConnection.Configuration(host: target.host, port: target.port, username: target.user,
                                                         password: target.password, database: target.database, tls: probeTLS)
            probe.options.connectTimeout = .seconds(10)
            try await PostgresConnection.connect(configuration: probe, id: 0, logger: Logger(label: "fazhi.postgres")).close()
        } catch {
            throw .failed(path: target.shown, reason: "cannot connect: \(describe(error))")
        }
        let store = PostgresReportStore(location: target.shown, client: PostgresClient(configuration: configuration))
        do {
            if migrating, let schema = target.schema {
                try await store.client.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"), logger: store.logger)
            }
            try await store.migrate(creating: migrating)
        } catch {
            throw store.storeError(error)
        }
        return store
    }

    /// Applies the migrations the database lacks, in one transaction under an advisory lock (several servers and
    /// workers may start at once).
    private func migrate(creating: Bool) async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(7250412)", logger: logger)
            let tables = try await connection.query("""
                SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()
                """, logger: logger)
            var names: Set<String> = []
            for try await (name) in tables.decode(String.self) { names.insert(name) }
            var applied: Set<String> = []
            if names.contains("fazhi_migrations") {
                let rows = try await connection.query("SELECT identifier FROM fazhi_migrations", logger: logger)
                for try await (identifier) in rows.decode(String.self) { applied.insert(identifier) }
                let known = Set(PostgresMigrations.all.map(\.identifier))
                let unknown = applied.subtracting(known).sorted()
                if !unknown.isEmpty { throw StoreError.newerSchema(path: location, unknown: unknown) }
            } else if !names.isEmpty {
                throw StoreError.foreignDatabase(path: location)
            } else if !creating {
                throw StoreError.missing(path: location)
            } else {
                try await connection.query("""
                    CREATE TABLE fazhi_migrations (identifier TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                    """, logger: logger)
            }
            for migration in PostgresMigrations.all where !applied.contains(migration.identifier) {
                for statement in PostgresMigrations.statements(of: migration.sql) {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO fazhi_migrations (identifier) VALUES (\(migration.identifier))", logger: logger)
            }
        }
    }

    /// A server error's own message, or the error as Swift prints it.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            return "\(error.code)"
        }
        return "\(error)"
    }

    /// Runs a query, on a connection of the pool or on `connection` (one in a transaction), and gives its rows,
    /// turning database errors into `StoreError`s naming the server.
    func rows(_ sql: SQLBuilder, on connection: PostgresConnection? = nil) async throws -> [PostgresRow] {
        try await guarded {
            let sequence = if let connection {
                try await connection.query(sql.query, logger: logger)
            } else {
                try await client.query(sql.query, logger: logger)
            }
            var rows: [PostgresRow] = []
            for try await row in sequence { rows.append(row) }
            return rows
        }
    }

    /// Runs `body`, turning database errors into `StoreError`s naming the server.
    func guarded<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            throw storeError(error)
        }
    }

    /// An error as a `StoreError` naming the server; a failed transaction gives the error that failed it.
    func storeError(_ error: any Error) -> StoreError {
        switch error {
        case let error as StoreError: error
        case let error as PostgresTransactionError:
            storeError(error.closureError ?? error.beginError ?? error.commitError ?? error.rollbackError ?? error)
        default: StoreError.failed(path: location, reason: Self.describe(error))
        }
    }

    /// Runs `body` in one transaction, turning database errors into `StoreError`s naming the server.
    func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await guarded { try await client.withTransaction(logger: logger) { try await body($0) } }
    }

    public func ping() async throws {
        var applied: Set<String> = []
        for row in try await rows(SQLBuilder("SELECT identifier FROM fazhi_migrations")) { applied.insert(try row.decode(String.self)) }
        let missing = PostgresMigrations.all.map(\.identifier).filter { !applied.contains($0) }
        if !missing.isEmpty { throw StoreError.failed(path: location, reason: "migrations not applied: \(missing.joined(separator: ", "))") }
    }

    public func currentVersions() async throws -> [String: String] {
        var versions: [String: String] = [:]
        for row in try await rows(SQLBuilder("SELECT path, sha256 FROM report WHERE is_current")) {
            let (path, sha256) = try row.decode((String, String).self)
            versions[path] = sha256
        }
        return versions
    }

    public func reportID(path: String) async throws -> Int64? {
        var sql = SQLBuilder()
        sql.append("SELECT id FROM report WHERE path = \(sql.bind(path)) AND is_current")
        return try await rows(sql).first?.decode(Int64.self)
    }

    public func original(id: Int64) async throws -> [UInt8]? {
        var sql = SQLBuilder()
        sql.append("SELECT original.bytes FROM report JOIN original ON original.sha256 = report.sha256 WHERE report.id = \(sql.bind(id))")
        return try await rows(sql).first.map { [UInt8](try $0.decode(ByteBuffer.self).readableBytesView) }
    }
}
