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

extension Unicode.Scalar {
    /// The scalars of `bytes` if they are valid UTF-8 by the rules `String(validating:as:)` applies (no overlong
    /// forms, surrogates, values past U+10FFFF or cut sequences), else nil: checked and decoded in one pass, without
    /// a `String` in between.
    package static func array(validating bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar]? {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        var valid = true
        // Each scalar written consumes one byte that is not a continuation, so at most `count` are written.
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
            var index = 0
            let end = bytes.count
            func continues(_ offset: Int) -> Bool { bytes[index + offset] & 0xC0 == 0x80 }
            while index < end {
                let lead = bytes[index]
                let value: UInt32, width: Int
                switch lead {
                case 0..<0x80:
                    value = UInt32(lead)
                    width = 1
                case 0xC2...0xDF:
                    guard index + 1 < end, continues(1) else { valid = false; return }
                    value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    width = 2
                case 0xE0...0xEF:
                    guard index + 2 < end, continues(2) else { valid = false; return }
                    let second = bytes[index + 1]
                    // E0 needs A0 or more (no overlong form), ED at most 9F (no surrogate).
                    guard second >= (lead == 0xE0 ? 0xA0 : 0x80), second <= (lead == 0xED ? 0x9F : 0xBF) else {
                        valid = false
                        return
                    }
                    value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    width = 3
                case 0xF0...0xF4:
                    guard index + 3 < end, continues(2), continues(3) else { valid = false; return }
                    let second = bytes[index + 1]
                    // F0 needs 90 or more (no overlong form), F4 at most 8F (nothing past U+10FFFF).
                    guard second >= (lead == 0xF0 ? 0x90 : 0x80), second <= (lead == 0xF4 ? 0x8F : 0xBF) else {
                        valid = false
                        return
                    }
                    value = UInt32(lead & 0x07) << 18 | UInt32(second & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                        | UInt32(bytes[index + 3] & 0x3F)
                    width = 4
                default:
                    valid = false
                    return
                }
                buffer[initialized] = Unicode.Scalar(value).unsafelyUnwrapped
                initialized += 1
                index += width
            }
        }
        return valid ? scalars : nil
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
