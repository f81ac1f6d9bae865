import FazhiStore
import Foundation

/// Encodes values as the CLI prints them (`JSONFormat`: sorted keys, slashes unescaped).
enum JSONOutput {
    /// The value as pretty JSON text (or one line, for JSON Lines).
    static func encode(_ value: some Encodable, pretty: Bool = true) throws -> String {
        String(decoding: try JSONFormat.encoder(pretty: pretty).encode(value), as: UTF8.self)
    }
}
