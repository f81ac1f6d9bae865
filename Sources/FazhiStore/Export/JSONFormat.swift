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
    /// With `lineBreak`, a line break follows (a line of JSON Lines), written with the rest rather than appended to it.
    public static func encode<Value: Encodable>(_ value: Value, pretty: Bool, lineBreak: Bool = false) throws -> [UInt8] {
        do {
            return try StreamingJSONEncoder(pretty: pretty).encode(value, lineBreak: lineBreak)
        } catch is StreamingJSONEncoder.Unsupported {
            return Array(try encoder(pretty: pretty).encode(value)) + (lineBreak ? [UInt8(ascii: "\n")] : [])
        }
    }

    /// Writes the JSON of a value, exactly as `encode(_:pretty:)` makes it, to `sink`: in pieces of about a megabyte
    /// when it is larger (a huge report's JSON is never held whole), in one piece otherwise. A value only Foundation's
    /// encoder takes is written by it in one piece — unless pieces already went out, when the error is thrown.
    public static func write<Value: Encodable>(_ value: Value, pretty: Bool, to sink: @escaping ([UInt8]) -> Void) throws {
        var started = false
        do {
            try StreamingJSONEncoder(pretty: pretty).encode(value) { piece in
                started = true
                sink(piece)
            }
        } catch is StreamingJSONEncoder.Unsupported where !started {
            sink(Array(try encoder(pretty: pretty).encode(value)))
        }
    }
}
