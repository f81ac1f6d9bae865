import Foundation
import Testing
@testable import FazhiCore

/// `compared(to:)` and `isWhole` read decimals' stored fields; their answers are Foundation's.
@Suite struct DecimalComparisonTests {
    private static func foundationOrder(_ left: Decimal, _ right: Decimal) -> Int {
        left < right ? -1 : left == right ? 0 : 1
    }

    private static func foundationIsWhole(_ value: Decimal) -> Bool {
        var rounded = Decimal(), copy = value
        NSDecimalRound(&rounded, &copy, 0, .down)
        return rounded == value
    }

    private static func randomDecimal(_ generator: inout SystemRandomNumberGenerator) -> Decimal {
        let significand = UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63, using: &generator)
        return Decimal(sign: Bool.random(using: &generator) ? .minus : .plus, exponent: Int.random(in: -25...25, using: &generator),
                       significand: Decimal(significand))
    }

    @Test func randomPairsOrderAsFoundation() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let left = Self.randomDecimal(&generator)
            // Equal values in other forms, near values and unrelated ones.
            let right = [left, left * 10 / 10, left + Decimal(sign: .plus, exponent: -3, significand: 1),
                         Self.randomDecimal(&generator)].randomElement(using: &generator)!
            #expect(left.compared(to: right) == Self.foundationOrder(left, right), "\(left) vs \(right)")
            #expect(left.isWhole == Self.foundationIsWhole(left), "\(left)")
        }
    }

    @Test func edgesOrderAsFoundation() {
        let values: [Decimal] = [0, -0, 1, -1, 100, Decimal(string: "100.0")!, Decimal(string: "99.999")!, Decimal(string: "1e20")!,
                                 Decimal(string: "18446744073709551615")!, Decimal(string: "18446744073709551616")!,
                                 Decimal(string: "0.0000001")!, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
                                 .leastNonzeroMagnitude, Decimal(string: "1900")!, Decimal(string: "2100.5")!]
        for left in values {
            for right in values { #expect(left.compared(to: right) == Self.foundationOrder(left, right), "\(left) vs \(right)") }
            #expect(left.isWhole == Self.foundationIsWhole(left), "\(left)")
        }
    }
}
