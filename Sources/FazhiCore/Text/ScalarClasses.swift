/// Character classes the analysis needs, decided on scalar values without Foundation.
extension Unicode.Scalar {
    /// A CJK unified ideograph (basic block, extension A, or compatibility ideographs).
    var isHan: Bool {
        let v = value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x20000...0x3134F).contains(v)
    }

    /// ASCII or full-width digit.
    var isDigit: Bool {
        (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value)
    }

    /// The value of an ASCII or full-width digit.
    var digitValue: Int? {
        if (0x30...0x39).contains(value) { return Int(value - 0x30) }
        if (0xFF10...0xFF19).contains(value) { return Int(value - 0xFF10) }
        return nil
    }

    /// ASCII letter.
    var isASCIILetter: Bool {
        (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }

    /// Horizontal white space, including the full-width ideographic space and no-break space.
    var isHorizontalSpace: Bool {
        switch value {
        case 0x20, 0x09, 0xA0, 0x3000, 0x2002...0x200A, 0x202F, 0x205F: return true
        default: return false
        }
    }

    /// A mark that ends a sentence or clause list: 。！？；and their ASCII forms.
    var isSentenceEnd: Bool {
        switch value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B, 0xFF61: return true
        default: return false
        }
    }

    /// A comma, enumeration comma or colon, full-width or ASCII.
    var isClausePunctuation: Bool {
        switch value {
        case 0xFF0C, 0x2C, 0x3001, 0xFF1A, 0x3A: return true
        default: return false
        }
    }

    /// Opening bracket, full-width or ASCII.
    var isOpeningParenthesis: Bool { value == 0x28 || value == 0xFF08 }

    /// Closing bracket, full-width or ASCII.
    var isClosingParenthesis: Bool { value == 0x29 || value == 0xFF09 }
}

extension Collection where Element == Unicode.Scalar {
    /// The scalars as a string, encoded straight into the string's UTF-8 storage (appending them to a
    /// `String.UnicodeScalarView` one by one costs several times as much), of exactly their UTF-8 length: a string keeps
    /// its capacity, and four bytes a scalar held a third more than Chinese text needs (four times ASCII's).
    var string: String {
        var length = 0
        for scalar in self { length += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            for scalar in self {
                let value = scalar.value
                if value < 0x80 {
                    buffer[written] = UInt8(truncatingIfNeeded: value)
                    written += 1
                } else if value < 0x800 {
                    buffer[written] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                    buffer[written + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    written += 2
                } else if value < 0x1_0000 {
                    buffer[written] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                    buffer[written + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[written + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    written += 3
                } else {
                    buffer[written] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                    buffer[written + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
                    buffer[written + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[written + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    written += 4
                }
            }
            return written
        }
    }
}

extension ArraySlice where Element == Unicode.Scalar {

    /// Whether the slice starts with the scalars of `prefix`.
    func hasPrefix(_ prefix: String) -> Bool {
        var index = startIndex
        for scalar in prefix.unicodeScalars {
            guard index < endIndex, self[index] == scalar else { return false }
            index += 1
        }
        return true
    }
}
