/// `missing-part`: a mandated part is absent.
///
/// Catches a report with no 存在的不足 part, for example. The principal leaders' duty
/// (第一责任人) is often folded into the first part; when the text speaks of it without a part
/// of its own, the finding is a warning rather than an error.
struct MissingPartRule: ReviewRule {
    let id = "missing-part"
    let title = "缺少法定部分"
    let concernsWholeDocument = true

    static let required: [(MandatedPart, String)] = [
        (.achievements, "主要举措和成效"),
        (.shortcomings, "存在的不足和原因"),
        (.firstResponsible, "党政主要负责人履行推进法治建设第一责任人职责情况"),
        (.plans, "下一年度推进法治政府建设的主要安排"),
    ]

    func findings(in context: ReviewContext) -> [Finding] {
        guard context.report.metadata.isAnnualReport, let first = context.document.lines.first else { return [] }
        let text = context.document.text.scalars[...]
        return Self.required.compactMap { part, name in
            guard !context.report.parts.contains(part) else { return nil }
            let folded = part == .firstResponsible && text.contains("第一责任人".scalarArray)
            return Finding(
                rule: id, severity: folded ? .warning : .error,
                message: folded ? "缺少“\(name)”部分（相关内容仅散见于其他部分）" : "缺少法定内容“\(name)”",
                line: first.location.line, column: first.location.column, excerpt: first.text,
                expected: part.rawValue, found: nil)
        }
    }
}
