import Foundation
import FazhiStore

/// Short Chinese renderings of stored reports for text output.
enum SummaryText {
    /// 浙江省 衢州市 开化县 — the division's place, from the top.
    static func place(_ report: ReportSummary) -> String {
        report.place ?? "—"
    }

    /// The body, or the file name when the body was not read.
    static func body(_ report: ReportSummary) -> String {
        report.body ?? (report.path as NSString).lastPathComponent
    }

    /// The year, or — when unknown.
    static func year(_ report: ReportSummary) -> String {
        report.year.map(String.init) ?? "—"
    }
}
