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
        [Unicode.Scalar](unsafeUninitializedCapacity: leadingByteCount(bytes)) { buffer, initialized in
            guard var out = buffer.baseAddress else { return }
            let start = out
            var index = 0
            while index < bytes.count {
                let (value, width) = bytes.scalarValue(at: index)
                // A String's UTF-8 is always valid, so every value decoded is a scalar.
                out.initialize(to: Unicode.Scalar(value).unsafelyUnwrapped)
                out += 1
                index += width
            }
            initialized = out - start
        }
    }

    /// The scalars of `bytes` if they are valid UTF-8 by the rules `String(validating:as:)` applies (no overlong
    /// forms, surrogates, values past U+10FFFF or cut sequences), else nil: checked and decoded in one pass, without
    /// a `String` in between.
    package static func array(validating bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar]? {
        guard let first = bytes.baseAddress else { return [] }
        let end = first + bytes.count
        var valid = true
        // Each scalar written consumes one byte that is not a continuation, so at most that many are written.
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: leadingByteCount(bytes)) { buffer, initialized in
            // No room at all: only continuation bytes, or none.
            guard let start = buffer.baseAddress else { valid = first == end; return }
            var next = first, out = start
            defer { initialized = out - start }
            while next < end {
                let lead = next.pointee
                if lead < 0x80 {
                    out.initialize(to: Unicode.Scalar(lead))
                    out += 1
                    next += 1
                    continue
                }
                let value: UInt32, width: Int
                switch lead {
                case 0xC2...0xDF:
                    guard end - next >= 2, next[1] & 0xC0 == 0x80 else { valid = false; return }
                    value = UInt32(lead & 0x1F) << 6 | UInt32(next[1] & 0x3F)
                    width = 2
                case 0xE0...0xEF:
                    guard end - next >= 3, next[2] & 0xC0 == 0x80 else { valid = false; return }
                    let second = next[1]
                    // E0 needs A0 or more (no overlong form), ED at most 9F (no surrogate).
                    guard second >= (lead == 0xE0 ? 0xA0 : 0x80), second <= (lead == 0xED ? 0x9F : 0xBF) else {
                        valid = false
                        return
                    }
                    value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(next[2] & 0x3F)
                    width = 3
                case 0xF0...0xF4:
                    guard end - next >= 4, next[2] & 0xC0 == 0x80, next[3] & 0xC0 == 0x80 else { valid = false; return }
                    let second = next[1]
                    // F0 needs 90 or more (no overlong form), F4 at most 8F (nothing past U+10FFFF).
                    guard second >= (lead == 0xF0 ? 0x90 : 0x80), second <= (lead == 0xF4 ? 0x8F : 0xBF) else {
                        valid = false
                        return
                    }
                    value = UInt32(lead & 0x07) << 18 | UInt32(second & 0x3F) << 12 | UInt32(next[2] & 0x3F) << 6
                        | UInt32(next[3] & 0x3F)
                    width = 4
                default:
                    valid = false
                    return
                }
                out.initialize(to: Unicode.Scalar(value).unsafelyUnwrapped)
                out += 1
                next += width
            }
        }
        return valid ? scalars : nil
    }

    /// How many bytes are not UTF-8 continuation bytes (10xxxxxx), eight at a time: a continuation byte has its top
    /// bit set and the next one clear.
    private static func leadingByteCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        var continuations = 0, offset = 0
        while offset + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            // One bit a continuation byte, moved to each byte's lowest bit and summed into the top byte by a multiply
            // (a population count takes a dozen instructions on the baseline x86-64 this builds for).
            let marks = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
            continuations += Int(truncatingIfNeeded: (marks &* 0x0101_0101_0101_0101) >> 56)
            offset += 8
        }
        while offset < raw.count {
            if raw[offset] & 0xC0 == 0x80 { continuations += 1 }
            offset += 1
        }
        return raw.count - continuations
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
