import Foundation
import Testing
@testable import FazhiCore

/// `percentage-mismatch` checks shares in whole numbers where it can; the answer is Foundation's decimal arithmetic's.
@Suite struct PercentageAgreementTests {
    /// The share as Foundation's decimals compute it: part / whole × 100, rounded half up or truncated to the digits shown.
    private func agreesByDecimals(_ shown: Decimal, part: Decimal, whole: Decimal) -> Bool {
        let digits = PercentageMismatchRule.decimals(of: shown)
        var exact = part / whole * 100
        var rounded = Decimal(), truncated = Decimal()
        NSDecimalRound(&rounded, &exact, digits, .plain)
        NSDecimalRound(&truncated, &exact, digits, .down)
        return rounded == shown || truncated == shown
    }

    @Test func wholeNumberCheckMatchesDecimals() {
        var generator = SystemRandomNumberGenerator()
        var agreed = 0
        for _ in 0..<20_000 {
            let whole = Int.random(in: 1...5_000, using: &generator)
            let part = Int.random(in: 0...whole + whole / 10, using: &generator)
            let digits = Int.random(in: 0...3, using: &generator)
            // A share near the true one: the true one rounded or truncated, or one last digit off.
            var exact = Decimal(part) / Decimal(whole) * 100, shown = Decimal()
            NSDecimalRound(&shown, &exact, digits, [.plain, .down, .up].randomElement(using: &generator)!)
            let (part_, whole_) = (Decimal(part), Decimal(whole))
            #expect(PercentageMismatchRule.agrees(shown, part: part_, whole: whole_) == agreesByDecimals(shown, part: part_, whole: whole_),
                    "\(part)/\(whole) shown \(shown)")
            if agreesByDecimals(shown, part: part_, whole: whole_) { agreed += 1 }
        }
        #expect(agreed > 5_000 && agreed < 19_000)  // both answers occur
    }

    @Test func halvesRoundUpAndTruncationIsAllowed() {
        #expect(PercentageMismatchRule.agrees(Decimal(string: "12.5")!, part: 1, whole: 8))
        #expect(PercentageMismatchRule.agrees(13, part: 1, whole: 8))       // 12.5 rounds half up
        #expect(PercentageMismatchRule.agrees(12, part: 1, whole: 8))       // or is truncated
        #expect(!PercentageMismatchRule.agrees(14, part: 1, whole: 8))
        #expect(PercentageMismatchRule.agrees(Decimal(string: "94.46")!, part: 1536, whole: 1626))
        #expect(!PercentageMismatchRule.agrees(Decimal(string: "96.13")!, part: 1536, whole: 1626))
        #expect(PercentageMismatchRule.agrees(100, part: 3000, whole: 3000))
        // Not whole counts, or a negative share: Foundation's arithmetic answers.
        #expect(PercentageMismatchRule.agrees(50, part: Decimal(string: "1.5")!, whole: 3))
        #expect(!PercentageMismatchRule.agrees(-50, part: 1, whole: 2))
    }
}
