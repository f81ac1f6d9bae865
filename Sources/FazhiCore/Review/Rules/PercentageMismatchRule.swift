import Foundation

/// `percentage-mismatch`: a share that contradicts its counts.
///
/// Catches 事项1626项……“网上办”事项1536项，占比96.13% (1536/1626 is 94.46%): a percentage
/// whose subject is a share word (占比, 比例, 比重) right after a count, when no larger count of
/// the same unit earlier in the paragraph gives that share; and 受理126件，办结118件，办结率95.2%
/// (118/126 is 93.65%): a rate named after an earlier count of its paragraph (共调解3929宗，成功调解
/// 3699宗，调解成功率99.23% — 成功 in the rate and in the count), over the count before that of the
/// same unit. The report's own rounding or truncation to the digits it shows is allowed.
struct PercentageMismatchRule: ReviewRule {
    let id = "percentage-mismatch"
    let title = "百分比与数量不符"

    func findings(in context: ReviewContext) -> [Finding] {
        let quantities = context.report.quantities
        var findings: [Finding] = []
        let source = context.document.source
        /// The words right before figure `index` in its clause (成功调解案件 before 3699宗), read in the original.
        func lead(_ index: Int) -> ArraySlice<Unicode.Scalar> {
            let text = source.scalars, line = quantities[index].line
            guard line >= 1, line <= source.lineStarts.count else { return [] }
            let end = source.lineStarts[line - 1] + quantities[index].column - 1
            guard end >= 0, end <= text.count else { return [] }
            var start = end
            while start > 0, end - start < Self.leadLimit, !text[start - 1].isSentenceEnd, !text[start - 1].isClausePunctuation,
                  !text[start - 1].isDigit { start -= 1 }
            return text[start..<end]
        }
        for index in quantities.indices.dropFirst() {
            // A higher level's rate (全省办结率90%) is not measured by the body's counts. (Fields are read in place: a
            // copy of each figure cost more than the rule.)
            guard quantities[index].kind == .percent, quantities[index].qualifier == .exact, quantities[index].scope != .higher,
                  let subject = quantities[index].subject else { continue }
            let share = quantities[index]
            let part: Quantity
            let bases: [Quantity]
            if context.shares.isShare(subject) {
                part = quantities[index - 1]
                guard part.kind == .count, part.qualifier == .exact, part.line == share.line, let unit = part.unit else { continue }
                bases = quantities[..<(index - 1)].filter {
                    $0.line == share.line && $0.kind == .count && $0.unit.map(UTF8Key.init) == UTF8Key(unit)
                        && $0.value.compared(to: part.value) > 0
                }
            } else if let (partIndex, wholes) = Self.partAndWholes(of: subject, at: index, in: quantities, lead: lead) {
                part = quantities[partIndex]
                bases = wholes
            } else {
                continue
            }
            // 由247件精简至148件，减少比例40%: a share may be of what was cut, the whole less the part.
            guard let base = bases.first, !bases.contains(where: {
                Self.agrees(share.value, part: part.value, whole: $0.value)
                    || (context.shares.isShare(subject) && Self.agrees(share.value, part: $0.value - part.value, whole: $0.value))
            }) else { continue }
            let computed = Self.percent(part.value, of: base.value, digits: Self.decimals(of: share.value))
            findings.append(Finding(
                rule: id, severity: .error,
                message: "百分比与数量不符：\(part.text)/\(base.text) = \(computed)%，报告写作\(share.text)",
                line: share.line, column: share.column, excerpt: "\(part.text)，\(subject)\(share.text)",
                expected: "\(computed)%", found: share.text))
        }
        return findings
    }

    /// How far back, in figures of the same line, a rate's part and whole are looked for.
    static let reach = 6
    /// How many scalars before a count are read for the words naming it.
    static let leadLimit = 12

    /// The part a rate measures and the wholes it may be of: the nearest earlier count of the line that the rate
    /// names (办结118件 for 办结率, 成功调解案件3699宗 for 调解成功率), and the earlier counts of its unit at least as
    /// large, nearest first (受理126件; 审结598件 as well as 调解和解104件 for 纠错63件); none when another count of
    /// that unit stands between the part and the rate (the rate may be over several parts).
    static func partAndWholes(of subject: String, at index: Int, in quantities: [Quantity],
                              lead: (Int) -> ArraySlice<Unicode.Scalar>) -> (Int, [Quantity])? {
        guard let stem = rateStem(subject) else { return nil }
        let line = quantities[index].line
        let floor = max(0, index - reach)
        guard let partIndex = (floor..<index).last(where: { candidate in
            quantities[candidate].line == line && quantities[candidate].kind == .count
                && quantities[candidate].qualifier == .exact && quantities[candidate].unit != nil
                && (names(stem, in: (quantities[candidate].subject ?? "").unicodeScalars) || names(stem, in: lead(candidate)))
        }) else { return nil }
        let part = quantities[partIndex]
        let unit = part.unit.map(UTF8Key.init)      // compared by bytes: a String compares Chinese through normalization
        let sameUnit = { (quantity: Quantity) in
            quantity.line == line && quantity.kind == .count && quantity.unit.map(UTF8Key.init) == unit
        }
        let wholes = quantities[floor..<partIndex].reversed().filter {
            sameUnit($0) && $0.qualifier == .exact && $0.value.compared(to: part.value) >= 0
        }
        // A part among several (其中优秀80卷、合格110卷…, 合格率95%) may be one of the rate's parts only.
        guard !wholes.isEmpty, !quantities[(partIndex + 1)..<index].contains(where: sameUnit) else { return nil }
        return (partIndex, wholes)
    }

    /// A rate's stem, the two scalars before 率 (办结 of 办结率, 成功 of 调解成功率); nil when the subject is not a rate.
    static func rateStem(_ subject: String) -> (Unicode.Scalar, Unicode.Scalar)? {
        guard subject.hasSuffixUTF8("率") else { return nil }
        let stem = Array(subject.unicodeScalars.dropLast().suffix(2))
        return stem.count == 2 ? (stem[0], stem[1]) : nil
    }

    /// Whether the words naming a count hold a rate's stem (办结118件，办结率 / 成功调解96件，调解成功率), where it first
    /// occurs not after a negation: 不合格9卷 and 不予受理12件 are not the parts that 合格率 and 受理率 measure.
    static func names<Text: Sequence<Unicode.Scalar>>(_ stem: (Unicode.Scalar, Unicode.Scalar), in text: Text) -> Bool {
        // The three scalars before the current one, the nearest last.
        var before: (Unicode.Scalar?, Unicode.Scalar?, Unicode.Scalar?) = (nil, nil, nil)
        for scalar in text {
            if before.2 == stem.0, scalar == stem.1 {
                return !(before.0.map(negations.contains) ?? false) && !(before.1.map(negations.contains) ?? false)
            }
            before = (before.1, before.2, scalar)
        }
        return false
    }

    private static let negations: SmallScalarSet = "不未非无"

    /// Whether `shown` is part/whole as a percentage, rounded or truncated to the digits shown.
    static func agrees(_ shown: Decimal, part: Decimal, whole: Decimal) -> Bool {
        let digits = decimals(of: shown)
        if let agrees = agreesInWholeNumbers(shown, digits: digits, part: part, whole: whole) { return agrees }
        var exact = part / whole * 100
        var rounded = Decimal(), truncated = Decimal()
        NSDecimalRound(&rounded, &exact, digits, .plain)
        NSDecimalRound(&truncated, &exact, digits, .down)
        return rounded == shown || truncated == shown
    }

    /// `agrees` for whole counts and a share that is not negative, in whole numbers (Foundation's decimal division and
    /// rounding allocate, and every rate of a report is checked against several counts); nil when a value is not such
    /// a number or the products would not fit.
    private static func agreesInWholeNumbers(_ shown: Decimal, digits: Int, part: Decimal, whole: Decimal) -> Bool? {
        guard digits <= 6, let part = DecimalParts(part)?.integer, let whole = DecimalParts(whole)?.integer,
              part >= 0, whole > 0, let shownParts = DecimalParts(shown), !shownParts.negative,
              // The share in units of the last digit shown.
              let shown = DecimalParts(negative: false, exponent: shownParts.exponent + digits, mantissa: shownParts.mantissa).integer,
              let scale = DecimalParts.scaled(100, by: digits)
        else { return nil }
        let (scaled, overflow) = part.multipliedReportingOverflow(by: Int64(scale))
        guard !overflow, scaled <= Int64.max / 2 - whole else { return nil }
        let truncated = scaled / whole
        let rounded = (2 * scaled + whole) / (2 * whole)  // half up
        return truncated == shown || rounded == shown
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
