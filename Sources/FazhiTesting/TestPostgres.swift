import Foundation

/// The tests' PostgreSQL server, which `scripts/test.sh` starts and names in `FAZHI_TEST_POSTGRES`, and schemas of
/// their own on it.
public enum TestPostgres {
    /// The tests were run without a server.
    public struct Missing: Error, CustomStringConvertible {
        public var description: String {
            "FAZHI_TEST_POSTGRES names no PostgreSQL server: run the tests with scripts/test.sh, which starts a throw-away cluster"
        }
    }

    /// The server's URL.
    public static func server() throws -> String {
        guard let server = ProcessInfo.processInfo.environment["FAZHI_TEST_POSTGRES"], !server.isEmpty else { throw Missing() }
        return server
    }

    /// A new schema's name, starting with `prefix`, and the server's URL naming it.
    public static func schema(_ prefix: String) throws -> (url: String, name: String) {
        let name = prefix + "_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        return (try server() + "?schema=" + name, name)
    }
}
