import FazhiStore
import Foundation

/// A postgres:// URL taken apart: where the server is, who connects, which database.
struct ServerAddress {
    var host: String
    var port: Int
    var user: String
    var password: String?
    var database: String
    /// The schema Fazhi's tables live in (`?schema=NAME`), or nil for the user's default.
    var schema: String?
    /// TLS to the server, as libpq's `sslmode` names it: disable, prefer (the default: TLS when the server offers
    /// it), require (TLS, certificate not checked) or verify-full (TLS, certificate and host name checked).
    var sslmode: String
    /// The URL as users are shown it: without the password.
    var shown: String

    /// Reads postgres://user[:password]@host[:port]/database[?schema=NAME][&sslmode=MODE] (postgresql:// too).
    init(_ url: String) throws(StoreError) {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "postgres" || scheme == "postgresql", let host = components.host, !host.isEmpty else {
            throw .failed(path: url, reason: "expected a URL postgres://user[:password]@host[:port]/database")
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty else { throw .failed(path: url, reason: "the URL names no database (…/database)") }
        self.host = host
        port = components.port ?? 5432
        user = components.user ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        password = components.password
        self.database = database
        schema = components.queryItems?.first { $0.name == "schema" }?.value
        sslmode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        guard ["disable", "prefer", "require", "verify-full"].contains(sslmode) else {
            throw .failed(path: url, reason: "sslmode is disable, prefer, require or verify-full")
        }
        if let schema {
            guard let first = schema.unicodeScalars.first, first == "_" || ("a"..."z").contains(first),
                  schema.unicodeScalars.allSatisfy({ $0 == "_" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }),
                  schema.count <= 63, !schema.hasPrefix("pg_") else {
                throw .failed(path: url, reason: "a schema name is lower-case letters, digits and _ (at most 63), not starting with pg_")
            }
        }
        var visible = components
        visible.password = nil
        let shownItems = (components.queryItems ?? []).filter { $0.name == "schema" || $0.name == "sslmode" }
        visible.queryItems = shownItems.isEmpty ? nil : shownItems
        shown = visible.string ?? "postgres://\(host)/\(database)"
    }
}
