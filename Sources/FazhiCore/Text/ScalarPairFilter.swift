/// A filter of two-scalar prefixes: one bit per hashed pair, so that most places of a text, where no name of a large
/// list starts, are passed over with one load instead of a lookup in a table too large for the cache.
///
/// False positives are possible (a pair sharing another's bit), false negatives are not.
struct ScalarPairFilter: Sendable {
    private let bits: [UInt64]
    private let shift: UInt64

    /// A filter of `2^bitCount` bits holding each of `pairs` (keys made by `key(_:_:)`).
    init<Pairs: Sequence<UInt64>>(_ pairs: Pairs, bitCount: Int) {
        precondition(bitCount >= 6 && bitCount <= 32)
        shift = UInt64(64 - bitCount)
        var bits = [UInt64](repeating: 0, count: 1 << (bitCount - 6))
        for pair in pairs {
            let bit = Self.bit(of: pair, shift: shift)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.bits = bits
    }

    /// The key of the pair (`first`, `second`).
    @inline(__always)
    static func key(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }

    /// Whether a pair with this key may have been added (false: certainly not).
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let bit = Self.bit(of: key, shift: shift)
        return bits[bit >> 6] & 1 << UInt64(bit & 63) != 0
    }

    /// A key's bit: a multiplicative hash's top bits.
    @inline(__always)
    private static func bit(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
