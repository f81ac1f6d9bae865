import Foundation

extension Decimal {
    /// The order of two decimals as Foundation's `<` and `==` give it (negative, zero or positive), read from their
    /// stored fields (``DecimalParts``) when both fit 64 bits: Foundation's own comparison allocates, and the figures'
    /// rules compare thousands of values a report.
    func compared(to other: Decimal) -> Int {
        guard let left = DecimalParts(self), let right = DecimalParts(other) else {
            return self < other ? -1 : self == other ? 0 : 1
        }
        let leftNegative = left.negative && left.mantissa != 0, rightNegative = right.negative && right.mantissa != 0
        if leftNegative != rightNegative { return leftNegative ? -1 : 1 }
        let magnitude = Self.compareMagnitudes(left, right)
        return leftNegative ? -magnitude : magnitude
    }

    /// Whether the decimal is a whole number: rounding it toward zero leaves it equal.
    var isWhole: Bool {
        guard let parts = DecimalParts(self) else {
            var rounded = Decimal(), copy = self
            NSDecimalRound(&rounded, &copy, 0, .down)
            return rounded == self
        }
        if parts.exponent >= 0 || parts.mantissa == 0 { return true }
        var rest = parts.mantissa
        for _ in 0..<(-parts.exponent) {
            guard rest % 10 == 0 else { return false }
            rest /= 10
        }
        return true
    }

    private static func compareMagnitudes(_ left: DecimalParts, _ right: DecimalParts) -> Int {
        if left.mantissa == 0 || right.mantissa == 0 { return left.mantissa == right.mantissa ? 0 : left.mantissa == 0 ? -1 : 1 }
        // Bring the larger exponent down to the smaller; a mantissa that overflows on the way is the larger value.
        if left.exponent >= right.exponent {
            guard let scaled = DecimalParts.scaled(left.mantissa, by: left.exponent - right.exponent) else { return 1 }
            return scaled < right.mantissa ? -1 : scaled == right.mantissa ? 0 : 1
        }
        guard let scaled = DecimalParts.scaled(right.mantissa, by: right.exponent - left.exponent) else { return -1 }
        return left.mantissa < scaled ? -1 : left.mantissa == scaled ? 0 : 1
    }
}
