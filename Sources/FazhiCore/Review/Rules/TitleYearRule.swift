/// `title-year`: a report title that does not name the year it reports on.
struct TitleYearRule: ReviewRule {
    let id = "title-year"
    let title = "标题年度有误"

    func findings(in context: ReviewContext) -> [Finding] {
        guard context.report.metadata.isAnnualReport, let title = context.report.metadata.title,
              ReportYearFinder.firstYear(in: title) == nil,
              let line = context.document.lines.first(where: { $0.text.contains(title) }) ?? context.document.lines.first
        else { return [] }
        return [Finding(rule: id, severity: .warning, message: "标题未写明报告年度", line: line.location.line,
                        column: line.location.column, excerpt: title)]
    }
}
