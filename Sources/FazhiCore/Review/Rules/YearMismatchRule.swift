/// `year-mismatch`: title year, opening year, plan year and signing date that disagree.
///
/// Catches a 2023 report whose plans are headed 2023年工作安排 (they should be for 2024), a
/// title naming 2022 over an opening that reviews 2023, and a report signed before its year began.
struct YearMismatchRule: ReviewRule {
    let id = "year-mismatch"
    let title = "年度不一致"

    func findings(in context: ReviewContext) -> [Finding] {
        let meta = context.report.metadata
        guard meta.isAnnualReport, let year = meta.reportYear, let first = context.document.lines.first else { return [] }
        var findings: [Finding] = []
        if let title = meta.title, let titleYear = ReportYearFinder.firstYear(in: title),
           let opening = context.document.lines.prefix(context.outline.bodyStart + 1).lazy
               .compactMap({ ReportYearFinder.leadingYear($0.text) }).first, opening != titleYear {
            findings.append(Finding(rule: id, severity: .error, message: "标题年份\(titleYear)与正文开头年份\(opening)不一致",
                                    line: first.location.line, column: first.location.column, excerpt: title,
                                    expected: String(titleYear), found: String(opening)))
        }
        for heading in context.report.outline where heading.part == .plans {
            guard let planYear = ReportYearFinder.leadingYear(heading.title), planYear != year + 1 else { continue }
            findings.append(Finding(rule: id, severity: .error, message: "工作安排年份应为\(year + 1)年，写作\(planYear)年",
                                    line: heading.line, column: heading.column, excerpt: heading.title,
                                    expected: String(year + 1), found: String(planYear)))
        }
        if let signed = meta.signedDate, let signedYear = Int(signed.prefix(4)), signedYear < year {
            findings.append(Finding(rule: id, severity: .error, message: "成文日期\(signed)早于报告年度\(year)年",
                                    line: first.location.line, column: first.location.column, excerpt: first.text,
                                    expected: "\(year)年或以后", found: signed))
        }
        return findings
    }
}
