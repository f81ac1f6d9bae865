import FazhiCore

extension Comparison {
    /// Collects each report's first selected figure per indicator, as a store reads them in document order, and counts
    /// the others.
    package struct Builder {
        private let indicators: [String]
        private let column: [String: Int]
        private var cells: [Int64: [Cell?]] = [:]

        /// A builder for these indicators' columns.
        package init(indicators: [String]) {
            self.indicators = indicators
            column = Dictionary(indicators.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// Adds a figure of a report; `cell` is read only for the first of its report and indicator.
        package mutating func add(reportID: Int64, indicator: String, cell: () throws -> Cell) rethrows {
            guard let index = column[indicator] else { return }
            var row = cells[reportID] ?? Array(repeating: nil, count: indicators.count)
            if var existing = row[index] {
                existing.occurrences += 1
                row[index] = existing
            } else {
                row[index] = try cell()
            }
            cells[reportID] = row
        }

        /// The comparison of these reports, in this order.
        package func comparison(of reports: [ReportSummary]) -> Comparison {
            Comparison(indicators: indicators, rows: reports.map { report in
                .init(report: report, cells: cells[report.id] ?? Array(repeating: nil, count: indicators.count))
            })
        }
    }
}
