/// What a document is: an annual rule-of-law report, or one of the look-alikes every crawl brings.
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    /// An annual report on building a rule-of-law government (法治政府建设年度报告).
    case annualReport
    /// A plan, work points or programme (方案, 要点, 计划, 规划).
    case workPlan
    /// A government work report to the people's congress (政府工作报告).
    case governmentWorkReport
    /// An annual report on government information disclosure (政府信息公开工作年度报告), a different statutory report.
    case disclosureReport
    /// One official's report on his own duties (述法, 第一责任人职责), in the first person.
    case dutyReport
    /// A self-inspection report (自查报告).
    case selfAssessment
    /// News about a report or a meeting.
    case news
    /// A notice or circular (通知, 通报).
    case notice
    /// A court's work report.
    case courtReport
    /// A procuratorate's work report.
    case procuratorateReport
    /// Research: a paper, a national development report, an evaluation.
    case research
    /// Anything else: a general work summary, a multi-year review, an interpretation.
    case other
}
