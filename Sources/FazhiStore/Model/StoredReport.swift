import FazhiCore

/// A stored report in full: its summary, its analysis and its cleaned text.
public struct StoredReport: Sendable {
    /// Identity and headline facts.
    public var summary: ReportSummary
    /// The analysis as stored (metadata, outline, figures, findings …), without text.
    public var report: Report
    /// The cleaned text the analysis' lines and columns point into.
    public var text: String

    /// Creates a stored report.
    public init(summary: ReportSummary, report: Report, text: String) {
        self.summary = summary
        self.report = report
        self.text = text
    }
}
