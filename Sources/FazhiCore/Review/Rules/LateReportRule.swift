/// `late-report`: signed or published after the deadline for its kind of body.
///
/// Every report must be published before 1 April of the following year; departments must
/// report to their government before 1 March. Catches a 2022 county report published on
/// 2023-04-12, or a department's report signed on 2023-03-10.
struct LateReportRule: ReviewRule {
    let id = "late-report"
    let title = "逾期报告"
    let concernsWholeDocument = true

    func findings(in context: ReviewContext) -> [Finding] {
        let meta = context.report.metadata
        guard meta.isAnnualReport, let year = meta.reportYear, let first = context.document.lines.first else { return [] }
        let submission = meta.bodyKind == .department ? "\(year + 1)-03-01" : "\(year + 1)-04-01"
        let publication = "\(year + 1)-04-01"
        var findings: [Finding] = []
        func add(_ date: String, _ deadline: String, _ what: String) {
            findings.append(Finding(
                rule: id, severity: .warning, message: "\(what)日期\(date)晚于规定期限（\(deadline)前）",
                line: first.location.line, column: first.location.column, excerpt: first.text,
                expected: "before \(deadline)", found: date))
        }
        if let signed = meta.signedDate, signed >= submission { add(signed, submission, meta.bodyKind == .department ? "报送（成文）" : "成文") }
        if let published = meta.publishedDate, published >= publication { add(published, publication, "公开发布") }
        return findings
    }
}
