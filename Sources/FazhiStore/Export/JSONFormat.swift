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
}
