import Foundation

/// A decimal's `description` (and an integer's digits) written straight as UTF-8, without the `String` and the long division Foundation's
/// `description` does for every digit (see ``DecimalParts``); Foundation's own for what the parts do not cover.
public enum DecimalText {
    /// Appends the characters of `number.description` to `bytes`.
    public static func append(_ number: Decimal, to bytes: inout [UInt8]) {
        if let parts = DecimalParts(number) {
            parts.write(to: &bytes)
        } else {
            bytes.append(contentsOf: number.description.utf8)
        }
    }

    /// Appends the decimal digits of an integer, with its sign.
    public static func append(_ number: Int, to bytes: inout [UInt8]) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        DecimalParts.appendDigits(UInt64(number.magnitude), to: &bytes)
    }

    /// `number.description`, made as ``append(_:to:)`` makes it.
    public static func string(_ number: Decimal) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        append(number, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
