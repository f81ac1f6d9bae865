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

    /// A stored report with its original file's bytes, when they were asked for.
    public struct WithOriginal: Sendable {
        /// The report.
        public var report: StoredReport
        /// The original file's bytes, or nil when not asked for.
        public var original: [UInt8]?

        /// Pairs a report with its original.
        public init(report: StoredReport, original: [UInt8]?) {
            self.report = report
            self.original = original
        }
    }
}
