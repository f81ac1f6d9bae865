import Foundation
import Testing
@testable import FazhiCore

@Suite struct DecimalTextTests {
    private func check(_ number: Decimal, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(DecimalText.string(number) == number.description, "\(number)", sourceLocation: sourceLocation)
    }

    @Test func storedLayoutIsReadOnThisToolchain() {
        #expect(DecimalParts.layoutMatches, "the fast path is off: Decimal's stored layout no longer reads as assumed")
    }

    @Test func edgeValuesMatchDescription() {
        let texts = ["0", "-0", "0.0", "1", "-1", "0.5", "-0.001", "1.50", "100.00", "10e-1", "65535", "65536",
                     "4294967295", "4294967296", "18446744073709551615", "18446744073709551616",
                     "12345678901234567890123", "1e-127", "9e127", "0.000000000000000000000000000001", "3.14159265358979"]
        for text in texts { check(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!) }
        check(Decimal.nan)
        check(Decimal.greatestFiniteMagnitude)
        check(Decimal.leastNonzeroMagnitude)
        check(-Decimal.greatestFiniteMagnitude)
    }

    @Test func arithmeticResultsMatchDescription() {
        var number = Decimal(1)
        for step in 1...200 {
            number = number * Decimal(step % 7 + 1) / Decimal(step % 3 + 2)
            check(number)
            check(-number)
            check(number * 10_000)
        }
    }

    @Test func randomValuesMatchDescription() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let significand = UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63, using: &generator)
            let exponent = Int.random(in: -40...40, using: &generator)
            let number = Decimal(sign: Bool.random(using: &generator) ? .minus : .plus, exponent: exponent,
                                 significand: Decimal(significand))
            check(number)
        }
    }
}
