import FazhiCore
import Foundation

/// One stored report as `show`, `export` and the API print it: its identity, its analysis and, when asked, its
/// cleaned text and original file (base64).
public struct ReportRecord: Encodable, Sendable {
    public var summary: ReportSummary
    public var report: Report
    public var text: String?
    public var original: String?

    /// A record; `original` bytes are written as base64.
    public init(summary: ReportSummary, report: Report, text: String? = nil, original: [UInt8]? = nil) {
        self.summary = summary
        self.report = report
        self.text = text
        self.original = original.map { Data($0).base64EncodedString() }
    }
}
