/// The most common Chinese characters in simplified and traditional use, for scoring decodings.
///
/// Derived from the encodings themselves: GB2312 level 1 (the 3,755 most common simplified
/// characters) and Big5's common-character block (5,401 traditional characters). Text decoded
/// with the wrong encoding lands mostly on rare characters outside both sets.
struct CommonCharacters: Sendable {
    let simplified: ScalarBitmap
    let traditional: ScalarBitmap
    /// Either set: a character common in simplified or traditional use.
    let either: ScalarBitmap

    static let shared = CommonCharacters()

    private init() {
        simplified = Self.decodeBlock(leads: 0xB0...0xD7, trails: Array(0xA1...0xFE), encoding: 0x8000_0632)
        traditional = Self.decodeBlock(
            leads: 0xA4...0xC6, trails: Array(0x40...0x7E) + Array(0xA1...0xFE), encoding: 0x8000_0A03)
        either = ScalarBitmap(simplified.values + traditional.values)
    }

    private static func decodeBlock(leads: ClosedRange<UInt8>, trails: [UInt8], encoding: UInt) -> ScalarBitmap {
        var values: [UInt32] = []
        LegacyCodes.decode(leads: leads, trails: trails, encoding: encoding) { _, _, scalar in
            if scalar.value >= 0x3400 { values.append(scalar.value) }
        }
        return ScalarBitmap(values)
    }
}
