import Foundation

/// `percentage-mismatch`: a share that contradicts its counts.
///
/// Catches 事项1626项……“网上办”事项1536项，占比96.13% (1536/1626 is 94.46%): a percentage
/// whose subject is a share word (占比, 比例, 比重) right after a count, when no larger count of
/// the same unit earlier in the paragraph gives that share; and 受理126件，办结118件，办结率95.2%
/// (118/126 is 93.65%): a rate named after the count before it, over the count before that.
/// The report's own rounding or truncation to the digits it shows is allowed.
struct PercentageMismatchRule: ReviewRule {
    let id = "percentage-mismatch"
    let title = "百分比与数量不符"

    static let shareWords: Set<String> = ["占比", "比例", "比重", "占"]

    func findings(in context: ReviewContext) -> [Finding] {
        let quantities = context.report.quantities
        var findings: [Finding] = []
        for index in quantities.indices.dropFirst() {
            let share = quantities[index], part = quantities[index - 1]
            guard share.kind == .percent, share.qualifier == .exact, let subject = share.subject,
                  part.kind == .count, part.qualifier == .exact, part.line == share.line, let unit = part.unit
            else { continue }
            let bases: [Quantity]
            if Self.shareWords.contains(subject) {
                bases = quantities[..<(index - 1)].filter {
                    $0.line == share.line && $0.unit == unit && $0.kind == .count && $0.value > part.value
                }
            } else if Self.rateOfPart(subject, part: part), index >= 2, quantities[index - 2].line == share.line,
                      quantities[index - 2].unit == unit, quantities[index - 2].qualifier == .exact,
                      quantities[index - 2].value >= part.value {
                bases = [quantities[index - 2]]
            } else {
                continue
            }
            guard let base = bases.first,
                  !bases.contains(where: { Self.agrees(share.value, part: part.value, whole: $0.value) }) else { continue }
            let computed = Self.percent(part.value, of: base.value, digits: Self.decimals(of: share.value))
            findings.append(Finding(
                rule: id, severity: .error,
                message: "百分比与数量不符：\(part.text)/\(base.text) = \(computed)%，报告写作\(share.text)",
                line: share.line, column: share.column, excerpt: "\(part.text)，\(subject)\(share.text)",
                expected: "\(computed)%", found: share.text))
        }
        return findings
    }

    /// Whether a rate names the count right before it: 办结118件，办结率 / 成功96件，调解成功率.
    static func rateOfPart(_ subject: String, part: Quantity) -> Bool {
        guard subject.hasSuffix("率"), let partSubject = part.subject, !partSubject.isEmpty else { return false }
        let stem = String(subject.dropLast().suffix(2))
        guard stem.count == 2, partSubject.hasSuffix(stem) else { return false }
        // 不合格9卷 is not the part that 合格率 measures.
        let before = partSubject.dropLast(stem.count).last
        return before != "不" && before != "未" && before != "非"
    }

    /// Whether `shown` is part/whole as a percentage, rounded or truncated to the digits shown.
    static func agrees(_ shown: Decimal, part: Decimal, whole: Decimal) -> Bool {
        let digits = decimals(of: shown)
        var exact = part / whole * 100
        var rounded = Decimal(), truncated = Decimal()
        NSDecimalRound(&rounded, &exact, digits, .plain)
        NSDecimalRound(&truncated, &exact, digits, .down)
        return rounded == shown || truncated == shown
    }

    static func percent(_ part: Decimal, of whole: Decimal, digits: Int) -> Decimal {
        var exact = part / whole * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, max(digits, 2), .plain)
        return rounded
    }

    /// Digits after the decimal point in a shown value.
    static func decimals(of value: Decimal) -> Int {
        max(0, -Int(value.exponent))
    }
}
