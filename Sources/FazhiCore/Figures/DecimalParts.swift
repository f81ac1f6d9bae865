import Foundation

/// A decimal's sign, exponent and mantissa read straight from its stored fields, for the hot paths that would otherwise
/// go through Foundation's arithmetic (which allocates) or its `description` (a long division for every digit).
///
/// The fields are the NSDecimal ones: an 8-bit exponent, a 4-bit length in 16-bit words, the sign, the compact flag,
/// eight 16-bit words. That layout is not public API, so it is checked once against `description` on values that
/// exercise every field; if it ever reads differently, no decimal has parts and callers take Foundation's way.
struct DecimalParts: Equatable {
    var negative: Bool
    var exponent: Int
    var mantissa: UInt64

    /// The parts of a compact decimal whose mantissa fits 64 bits; nil for anything else (NaN, wider mantissas, values
    /// not in compact form) and when the layout check failed.
    init?(_ number: Decimal) {
        guard Self.layoutMatches, let parts = Self.read(number) else { return nil }
        self = parts
    }

    init(negative: Bool, exponent: Int, mantissa: UInt64) {
        self.negative = negative
        self.exponent = exponent
        self.mantissa = mantissa
    }

    /// The value when it is a whole number that fits 64 bits.
    var integer: Int64? {
        guard exponent >= 0, let magnitude = Self.scaled(mantissa, by: exponent), magnitude <= UInt64(Int64.max)
        else { return nil }
        return negative ? -Int64(magnitude) : Int64(magnitude)
    }

    /// `mantissa` × 10^`power`, nil when it does not fit 64 bits.
    static func scaled(_ mantissa: UInt64, by power: Int) -> UInt64? {
        var value = mantissa
        for _ in 0..<power {
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            value = product
        }
        return value
    }

    private static func read(_ number: Decimal) -> DecimalParts? {
        withUnsafeBytes(of: number) { raw -> DecimalParts? in
            guard raw.count == 20 else { return nil }
            let flags = raw[1]
            let length = Int(flags >> 4), negative = flags & 0x08 != 0, compact = flags & 0x04 != 0
            if length == 0 { return negative ? nil : DecimalParts(negative: false, exponent: 0, mantissa: 0) }
            guard compact, length <= 4 else { return nil }
            var mantissa: UInt64 = 0
            for word in stride(from: length - 1, through: 0, by: -1) {
                mantissa = mantissa << 16 | UInt64(raw[4 + 2 * word]) | UInt64(raw[5 + 2 * word]) << 8
            }
            return DecimalParts(negative: negative, exponent: Int(Int8(bitPattern: raw[0])), mantissa: mantissa)
        }
    }

    /// Appends the characters `description` gives the decimal: digits, a point where the exponent puts it, no exponent.
    func write(to bytes: inout [UInt8]) {
        if negative, mantissa != 0 { bytes.append(UInt8(ascii: "-")) }
        let start = bytes.count
        Self.appendDigits(mantissa, to: &bytes)
        let count = bytes.count - start
        if mantissa == 0 { return }
        if exponent >= 0 {
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: exponent))
        } else if -exponent >= count {
            let lead = [UInt8(ascii: "0"), UInt8(ascii: ".")] + repeatElement(UInt8(ascii: "0"), count: -exponent - count)
            bytes.insert(contentsOf: lead, at: start)
        } else {
            bytes.insert(UInt8(ascii: "."), at: bytes.count + exponent)
        }
    }

    /// Appends the decimal digits of `value`, written backwards into a stack buffer and appended in one go.
    static func appendDigits(_ value: UInt64, to bytes: inout [UInt8]) {
        if value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = value, start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Whether the stored layout reads as assumed: every sample's parts write its `description`.
    static let layoutMatches: Bool = {
        let samples = ["0", "1", "-1", "7", "12.5", "-0.25", "0.001", "100000", "65536", "4294967296.5",
                       "18446744073709551615", "-123456789.0123", "3e20", "1e-30", "99.99"]
        return samples.allSatisfy { sample in
            guard let number = Decimal(string: sample, locale: Locale(identifier: "en_US_POSIX")),
                  let parts = read(number) else { return false }
            var bytes: [UInt8] = []
            parts.write(to: &bytes)
            return String(decoding: bytes, as: UTF8.self) == number.description
        }
    }()
}
