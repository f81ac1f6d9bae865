/// A handful of scalars: a 64-bit mask of their low bits rejects most scalars at once, the rest
/// are compared one by one (faster than walking a String, and cheap in debug builds too).
struct SmallScalarSet: Sendable, ExpressibleByStringLiteral {
    private let values: [UInt32]
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

extension RandomAccessCollection where Element == Unicode.Scalar {
    /// The scalars as a string, encoded to UTF-8 directly (the figure scanner makes two per figure).
    var figureString: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * 3)
        for scalar in self {
            let value = scalar.value
            switch value {
            case 0..<0x80:
                bytes.append(UInt8(value))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | value >> 6))
                bytes.append(UInt8(0x80 | value & 0x3F))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | value >> 12))
                bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | value >> 18))
                bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
