import FazhiCore
import FazhiStore
import Foundation
import PostgresNIO

extension PostgresReportStore {
    public func compare(_ filter: ReportFilter, indicators: [String], grouping: Comparison.Grouping,
                        figures selection: FigureSelection) async throws -> Comparison {
        var listing = SQLBuilder()
        let condition = filter.condition(&listing)
        listing.append("SELECT \(Self.summaryColumns) FROM report WHERE \(condition) ORDER BY \(Self.listingOrder)")
        var reports = try await rows(listing).map { try Self.summary($0.makeRandomAccess()) }
        if grouping == .year { reports = Comparison.latestPerBodyAndYear(reports) }
        guard !indicators.isEmpty, !reports.isEmpty else {
            return Comparison(indicators: indicators, rows: reports.map { .init(report: $0, cells: []) })
        }
        var sql = SQLBuilder()
        let figureCondition = filter.condition(&sql)
        sql.append("""
            SELECT figure.report_id, figure.indicator, figure.value, figure.unit, figure.qualifier, figure.text, figure.line,
                figure.column_number, figure.status, figure.scope
            FROM figure JOIN report ON report.id = figure.report_id
            WHERE figure.indicator = ANY(\(sql.bind(indicators))) AND figure.status = ANY(\(sql.bind(selection.statuses.map(\.rawValue))))
                AND figure.scope = ANY(\(sql.bind(selection.scopes.map(\.rawValue)))) AND \(figureCondition)
            ORDER BY figure.report_id, figure.ordinal
            """)
        var builder = Comparison.Builder(indicators: indicators)
        for row in try await rows(sql) {
            let (id, indicator, value, unit, qualifier, text, line, columnNumber, status, scope) =
                try row.decode((Int64, String, String, String?, String, String, Int, Int, String, String).self)
            builder.add(reportID: id, indicator: indicator) {
                Comparison.Cell(
                    value: Decimal(string: value, locale: Self.posix) ?? 0, unit: unit, qualifier: qualifier, text: text, line: line,
                    column: columnNumber, occurrences: 1, status: FigureStatus(rawValue: status) ?? .achieved,
                    scope: FigureScope(rawValue: scope) ?? .own)
            }
        }
        return builder.comparison(of: reports)
    }
}
