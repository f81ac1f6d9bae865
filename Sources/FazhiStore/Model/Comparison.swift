import FazhiCore
import Foundation

/// Indicators side by side: one row per report (or per body and year), one cell per indicator.
public struct Comparison: Codable, Sendable {
    /// How rows are formed.
    public enum Grouping: String, Codable, Sendable, CaseIterable {
        /// One row per report.
        case report
        /// One row per body and year (the latest version when a body reported twice).
        case year
    }

    /// The indicator ids, in column order.
    public var indicators: [String]
    /// The rows, ordered by division code, year and body.
    public var rows: [Row]

    /// One report's values.
    public struct Row: Codable, Sendable {
        /// The report the values come from.
        public var report: ReportSummary
        /// One cell per indicator; nil where the report gives no figure for it.
        public var cells: [Cell?]

        /// A row.
        package init(report: ReportSummary, cells: [Cell?]) {
            self.report = report
            self.cells = cells
        }
    }

    /// The first figure a report gives for an indicator among the selected ones (by default its own
    /// results of the report year), with how many it gives in all.
    public struct Cell: Codable, Sendable, Equatable {
        /// The value, exact.
        public var value: Decimal
        /// The unit (件, 万元, %).
        public var unit: String?
        /// exact, atLeast (余/多), about (约/近) …
        public var qualifier: String
        /// The figure as written.
        public var text: String
        /// 1-based line of the figure in the original.
        public var line: Int
        /// 1-based column of the figure in the original.
        public var column: Int
        /// How many selected figures the report gives for this indicator: the cell's and the other candidates.
        public var occurrences: Int
        /// The figure's status (achieved unless the selection takes others).
        public var status: FigureStatus
        /// The figure's scope (own unless the selection takes others).
        public var scope: FigureScope

        /// A cell.
        package init(value: Decimal, unit: String?, qualifier: String, text: String, line: Int, column: Int, occurrences: Int,
                     status: FigureStatus, scope: FigureScope) {
            self.value = value
            self.unit = unit
            self.qualifier = qualifier
            self.text = text
            self.line = line
            self.column = column
            self.occurrences = occurrences
            self.status = status
            self.scope = scope
        }
    }

    /// Creates a comparison.
    public init(indicators: [String], rows: [Row]) {
        self.indicators = indicators
        self.rows = rows
    }

    /// One report per body and year, as every store groups a comparison by year: the most recently stored one,
    /// ordered by body and year.
    public static func latestPerBodyAndYear(_ reports: [ReportSummary]) -> [ReportSummary] {
        var latest: [String: ReportSummary] = [:]
        var order: [String] = []
        for report in reports {
            let key = (report.body ?? report.path) + "\u{1F}" + (report.year.map(String.init) ?? "")
            if let kept = latest[key] {
                if report.id > kept.id { latest[key] = report }
            } else {
                latest[key] = report
                order.append(key)
            }
        }
        return order.compactMap { latest[$0] }.sorted {
            ($0.body ?? $0.path, $0.year ?? 0) < ($1.body ?? $1.path, $1.year ?? 0)
        }
    }
}
