import Foundation

/// A decimal's `description` written straight as UTF-8, without the `String` and the long division Foundation's
/// `description` does for every digit.
///
/// The digits are read from the decimal's stored mantissa and exponent (the NSDecimal fields: an 8-bit exponent, a
/// 4-bit length in 16-bit words, the sign, the compact flag, eight 16-bit words). That layout is not public API, so it
/// is checked once against `description` on values that exercise every field; if it ever differs, and for what the fast
/// path does not cover (NaN, mantissas wider than 64 bits, values not in compact form), `description` is used.
public enum DecimalText {
    /// Appends the characters of `number.description` to `bytes`.
    public static func append(_ number: Decimal, to bytes: inout [UInt8]) {
        guard layoutMatches, let parts = parts(of: number) else {
            bytes.append(contentsOf: number.description.utf8)
            return
        }
        write(parts, to: &bytes)
    }

    /// `number.description`, made as ``append(_:to:)`` makes it.
    public static func string(_ number: Decimal) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        append(number, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private struct Parts {
        var negative: Bool
        var exponent: Int
        var mantissa: UInt64
    }

    /// The sign, exponent and mantissa of a compact decimal whose mantissa fits 64 bits; nil for anything else.
    private static func parts(of number: Decimal) -> Parts? {
        withUnsafeBytes(of: number) { raw -> Parts? in
            guard raw.count == 20 else { return nil }
            let flags = raw[1]
            let length = Int(flags >> 4), negative = flags & 0x08 != 0, compact = flags & 0x04 != 0
            if length == 0 { return negative ? nil : Parts(negative: false, exponent: 0, mantissa: 0) }
            guard compact, length <= 4 else { return nil }
            var mantissa: UInt64 = 0
            for word in stride(from: length - 1, through: 0, by: -1) {
                mantissa = mantissa << 16 | UInt64(raw[4 + 2 * word]) | UInt64(raw[5 + 2 * word]) << 8
            }
            return Parts(negative: negative, exponent: Int(Int8(bitPattern: raw[0])), mantissa: mantissa)
        }
    }

    private static func write(_ parts: Parts, to bytes: inout [UInt8]) {
        if parts.mantissa == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        if parts.negative { bytes.append(UInt8(ascii: "-")) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = parts.mantissa, start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            let count = digits.count - start
            if parts.exponent >= 0 {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
                bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: parts.exponent))
            } else if -parts.exponent >= count {
                bytes.append(UInt8(ascii: "0"))
                bytes.append(UInt8(ascii: "."))
                bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -parts.exponent - count))
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
            } else {
                let point = digits.count + parts.exponent
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start..<point]))
                bytes.append(UInt8(ascii: "."))
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[point...]))
            }
        }
    }

    /// Whether the stored layout reads as assumed: every sample's fast text equals its `description`.
    static let layoutMatches: Bool = {
        let samples = ["0", "1", "-1", "7", "12.5", "-0.25", "0.001", "100000", "65536", "4294967296.5",
                       "18446744073709551615", "-123456789.0123", "3e20", "1e-30", "99.99"]
        return samples.allSatisfy { sample in
            guard let number = Decimal(string: sample, locale: Locale(identifier: "en_US_POSIX")),
                  let parts = parts(of: number) else { return false }
            var bytes: [UInt8] = []
            write(parts, to: &bytes)
            return String(decoding: bytes, as: UTF8.self) == number.description
        }
    }()
}
