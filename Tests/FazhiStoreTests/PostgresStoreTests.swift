import FazhiCore
import FazhiPostgres
import FazhiStore
import FazhiTesting
import Foundation
import Logging
import PostgresNIO
import Testing

/// What only the PostgreSQL engine has to show: its database refused when it is another program's or a newer Fazhi's.
@Suite("PostgreSQL store: schema and errors")
struct PostgresStoreTests {
    /// Runs SQL on the test server directly.
    static func execute(_ sql: String) async throws {
        let server = try #require(URLComponents(string: try TestPostgres.server()))
        let configuration = PostgresConnection.Configuration(host: server.host ?? "127.0.0.1", port: server.port ?? 5432,
                                                             username: server.user ?? "fazhi", password: nil,
                                                             database: String(server.path.dropFirst()), tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: Logger(label: "test"))
        defer { Task { try? await connection.close() } }
        try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "test"))
    }

    @Test("a schema holding another program's tables is refused and left untouched")
    func foreign() async throws {
        let (url, name) = try TestPostgres.schema("engine")
        try await Self.execute("CREATE SCHEMA \(name)")
        try await Self.execute("CREATE TABLE \(name).customer (id INTEGER PRIMARY KEY)")
        await #expect(throws: StoreError.foreignDatabase(path: url)) { _ = try await PostgresReportStore.connect(url: url, migrating: true) }
        await #expect(throws: StoreError.missing(path: String(url.prefix { $0 != "?" }) + "?schema=\(name)x")) {
            _ = try await PostgresReportStore.connect(url: url + "x", migrating: false)
        }
    }

    @Test("a database written by a newer Fazhi is refused; a reconnect applies no migration twice")
    func newer() async throws {
        let (url, name) = try TestPostgres.schema("engine")
        let store = try await PostgresReportStore.connect(url: url, migrating: true)
        try await store.ping()
        _ = try await PostgresReportStore.connect(url: url, migrating: false)
        try await Self.execute("INSERT INTO \(name).fazhi_migrations (identifier) VALUES ('v99-future')")
        await #expect(throws: StoreError.newerSchema(path: url, unknown: ["v99-future"])) {
            _ = try await PostgresReportStore.connect(url: url, migrating: false)
        }
    }

    @Test("a schema name that is not one is a clear error, not SQL")
    func badSchema() async throws {
        let server = try TestPostgres.server()
        for name in ["x;drop", "Upper", "pg_catalog"] {
            await #expect(throws: StoreError.self) { _ = try await PostgresReportStore.connect(url: server + "?schema=" + name, migrating: true) }
        }
    }
}

/// TLS to the server, as libpq's sslmode names it.
@Suite("PostgreSQL store: sslmode")
struct PostgresTLSTests {
    @Test("prefer (the default) and disable connect to a server without TLS; require refuses it, naming the server; a bad mode is an error")
    func modes() async throws {
        let server = try TestPostgres.server()
        let url = try TestPostgres.schema("tls").url
        for mode in ["", "&sslmode=prefer", "&sslmode=disable"] {
            let store = try await PostgresReportStore.connect(url: url + mode, migrating: true)
            try await store.ping()
        }
        do {
            _ = try await PostgresReportStore.connect(url: url + "&sslmode=require", migrating: false)
            Issue.record("a server without TLS was accepted under sslmode=require")
        } catch {
            #expect(error.description.contains("sslmode=require") && error.description.contains("cannot connect"), "\(error)")
        }
        await #expect(throws: StoreError.self) { _ = try await PostgresReportStore.connect(url: server + "?sslmode=sometimes", migrating: false) }
    }
}
