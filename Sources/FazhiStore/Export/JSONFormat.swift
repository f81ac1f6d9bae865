import Foundation

/// The one JSON configuration of every output (CLI, API, stored analyses): keys sorted so the same input gives
/// byte-identical output, slashes unescaped.
public enum JSONFormat {
    /// An encoder: pretty for people, one line per value for JSON Lines and storage.
    public static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The JSON of a value exactly as `encoder(pretty:)` writes it: straight into bytes (``StreamingJSONEncoder``,
    /// without Foundation's tree of values) where it can be, by Foundation's encoder otherwise.
    public static func encode<Value: Encodable>(_ value: Value, pretty: Bool) throws -> [UInt8] {
        do {
            return try StreamingJSONEncoder(pretty: pretty).encode(value)
        } catch is StreamingJSONEncoder.Unsupported {
            return Array(try encoder(pretty: pretty).encode(value))
        }
    }
}
