/// `rate-out-of-range`: a rate or share above 100%, such as 办结率105%.
///
/// A growth figure (同比增长150%) may exceed 100% and is not flagged: only figures whose subject
/// names a rate or share (…率, 占比, 比例, 比重).
struct RateOutOfRangeRule: ReviewRule {
    let id = "rate-out-of-range"
    let title = "比率超出范围"

    func findings(in context: ReviewContext) -> [Finding] {
        // Figures are read in place: a copy of each costs more than the rule.
        let quantities = context.report.quantities
        return quantities.indices.compactMap { index in
            guard quantities[index].kind == .percent, quantities[index].change == nil,
                  quantities[index].value.compared(to: 100) > 0, let subject = quantities[index].subject,
                  context.shares.namesRate(subject)
            else { return nil }
            let text = quantities[index].text
            return Finding(rule: id, severity: .error, message: "比率超过100%：\(subject)\(text)",
                           line: quantities[index].line, column: quantities[index].column, excerpt: subject + text,
                           expected: "≤ 100%", found: text)
        }
    }
}
