extension String {
    /// The string's Unicode scalars as an array, decoded from its UTF-8 in one pass into storage of the exact size
    /// (`Array(unicodeScalars)` decodes the string twice: once to count, once to copy).
    var scalarArray: [Unicode.Scalar] {
        var string = self
        return string.withUTF8(Unicode.Scalar.array(decoding:))
    }
}

extension Substring {
    /// The substring's Unicode scalars as an array, decoded from its UTF-8 in one pass.
    var scalarArray: [Unicode.Scalar] {
        var string = self
        return string.withUTF8(Unicode.Scalar.array(decoding:))
    }
}

extension Unicode.Scalar {
    /// The scalars of valid UTF-8 (a String's), counted by their lead bytes, then decoded into an array of that size.
    package static func array(decoding bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
            var index = 0
            while index < bytes.count {
                let (value, width) = bytes.scalarValue(at: index)
                // A String's UTF-8 is always valid, so every value decoded is a scalar.
                buffer[initialized] = Unicode.Scalar(value).unsafelyUnwrapped
                initialized += 1
                index += width
            }
        }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The value of the scalar whose valid UTF-8 (a String's) starts at `index`, and its length in bytes.
    @inline(__always)
    package func scalarValue(at index: Int) -> (value: UInt32, width: Int) {
        let lead = self[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | UInt32(self[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return (UInt32(lead & 0x0F) << 12 | UInt32(self[index + 1] & 0x3F) << 6 | UInt32(self[index + 2] & 0x3F), 3)
        }
        return (UInt32(lead & 0x07) << 18 | UInt32(self[index + 1] & 0x3F) << 12 | UInt32(self[index + 2] & 0x3F) << 6
                    | UInt32(self[index + 3] & 0x3F), 4)
    }
}
