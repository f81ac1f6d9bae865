/// A set of scalar values below U+30000 as a bitmap: one load and a mask per lookup.
struct ScalarBitmap: Sendable {
    private static let limit: UInt32 = 0x30000
    private var words = [UInt64](repeating: 0, count: Int(limit / 64))

    /// A bitmap of the given values (values at or above U+30000 are ignored).
    init<Values: Sequence>(_ values: Values) where Values.Element == UInt32 {
        for value in values where value < Self.limit {
            words[Int(value >> 6)] |= 1 << UInt64(value & 63)
        }
    }

    /// Whether the bitmap holds `value`.
    func contains(_ value: UInt32) -> Bool {
        value < Self.limit && words[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }

    /// The values held, in ascending order.
    var values: [UInt32] {
        var result: [UInt32] = []
        for (index, word) in words.enumerated() where word != 0 {
            for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 { result.append(UInt32(index * 64 + bit)) }
        }
        return result
    }
}
