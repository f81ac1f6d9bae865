import FazhiCore
import FazhiStore
import Foundation
import GRDB

extension SQLiteReportStore {
    public func compare(_ filter: ReportFilter, indicators: [String], grouping: Comparison.Grouping,
                        figures selection: FigureSelection) async throws -> Comparison {
        let clause = FilterClause(filter)
        return try await read { db in
            var reports = try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM report WHERE \(clause.sql) ORDER BY \(Self.listingOrder)
                """, arguments: clause.arguments).map(Self.summary)
            if grouping == .year { reports = Comparison.latestPerBodyAndYear(reports) }
            guard !indicators.isEmpty, !reports.isEmpty else {
                return Comparison(indicators: indicators, rows: reports.map { .init(report: $0, cells: []) })
            }
            var builder = Comparison.Builder(indicators: indicators)
            func placeholders(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }
            // Driven by the indicator index (the chosen indicators' figures are a small share of all), each checked
            // against its report: reading every figure of every report passing the filter is ten times slower.
            let figures = try Row.fetchCursor(db, sql: """
                SELECT figure.reportId, figure.indicator, figure.value, figure.unit, figure.qualifier, figure.text, figure.line,
                    figure.columnNumber, figure.status, figure.scope
                FROM figure CROSS JOIN report ON report.id = figure.reportId
                WHERE figure.indicator IN (\(placeholders(indicators.count)))
                    AND figure.status IN (\(placeholders(selection.statuses.count)))
                    AND figure.scope IN (\(placeholders(selection.scopes.count))) AND \(clause.sql)
                ORDER BY figure.reportId, figure.ordinal
                """, arguments: StatementArguments(indicators) + StatementArguments(selection.statuses.map(\.rawValue))
                    + StatementArguments(selection.scopes.map(\.rawValue)) + clause.arguments)
            while let row = try figures.next() {
                builder.add(reportID: row["reportId"], indicator: row["indicator"]) {
                    Comparison.Cell(
                        value: Decimal(string: row["value"], locale: Self.posix) ?? 0,
                        unit: row["unit"], qualifier: row["qualifier"], text: row["text"], line: row["line"], column: row["columnNumber"], occurrences: 1,
                        status: FigureStatus(rawValue: row["status"]) ?? .achieved, scope: FigureScope(rawValue: row["scope"]) ?? .own)
                }
            }
            return builder.comparison(of: reports)
        }
    }
}
