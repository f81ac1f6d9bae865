/// `few-figures`: an annual report that states almost no figures (fewer than one per 1,000 characters).
///
/// Evaluators criticise reports without concrete figures; a supervisor wants them flagged.
struct FewFiguresRule: ReviewRule {
    let id = "few-figures"
    let title = "数字过少"
    let concernsWholeDocument = true

    func findings(in context: ReviewContext) -> [Finding] {
        let report = context.report
        guard report.metadata.isAnnualReport, let first = context.document.lines.first,
              report.statistics.chineseCharacters >= 1000,
              report.quantities.count * 1000 < report.statistics.chineseCharacters else { return [] }
        return [Finding(rule: id, severity: .info,
                        message: "全文\(report.statistics.chineseCharacters)字仅有\(report.quantities.count)个数字，缺少具体数据",
                        line: first.location.line, column: first.location.column, excerpt: first.text,
                        expected: "≥ 1 per 1000 characters", found: String(report.quantities.count))]
    }
}
