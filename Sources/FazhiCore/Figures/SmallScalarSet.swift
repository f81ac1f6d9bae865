/// A handful of scalars: a 64-bit mask of their low bits rejects most scalars at once, the rest
/// are compared one by one (faster than walking a String, and cheap in debug builds too).
struct SmallScalarSet: Sendable, ExpressibleByStringLiteral {
    /// The scalars' values, in the order given.
    let values: [UInt32]
    private let mask: UInt64

    init(_ scalars: String) {
        values = scalars.unicodeScalars.map(\.value)
        mask = values.reduce(0) { $0 | 1 << UInt64($1 & 63) }
    }

    init(stringLiteral value: String) {
        self.init(value)
    }

    /// Whether the set holds `scalar`.
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard mask & 1 << UInt64(value & 63) != 0 else { return false }
        var index = 0
        while index < values.count {
            if values[index] == value { return true }
            index += 1
        }
        return false
    }
}
