/// `rate-out-of-range`: a rate or share above 100%, such as 办结率105%.
///
/// A growth figure (同比增长150%) may exceed 100% and is not flagged: only figures whose subject
/// names a rate or share (…率, 占比, 比例, 比重).
struct RateOutOfRangeRule: ReviewRule {
    let id = "rate-out-of-range"
    let title = "比率超出范围"

    func findings(in context: ReviewContext) -> [Finding] {
        context.report.quantities.compactMap { quantity in
            guard quantity.kind == .percent, quantity.change == nil, quantity.value.compared(to: 100) > 0,
                  let subject = quantity.subject,
                  context.shares.namesRate(subject)
            else { return nil }
            return Finding(rule: id, severity: .error, message: "比率超过100%：\(subject)\(quantity.text)",
                           line: quantity.line, column: quantity.column, excerpt: subject + quantity.text,
                           expected: "≤ 100%", found: quantity.text)
        }
    }
}
