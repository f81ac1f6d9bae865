import FazhiCore
import FazhiStore
import GRDB

/// A `ReportFilter` as an SQL condition on `report`, with its arguments.
struct FilterClause {
    /// The condition, always restricted to current versions.
    var sql: String
    /// Values for the condition's placeholders, in order.
    var arguments: StatementArguments

    init(_ filter: ReportFilter) {
        var conditions = ["report.isCurrent = 1"]
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let province = filter.province {
            // A prefix as a range (浙江 ≤ province < 浙江 + the last code point), which the report_current index serves.
            conditions.append("report.province >= ? AND report.province < ?")
            arguments.append(province)
            arguments.append(province + "\u{10FFFF}")
        }
        if let prefecture = filter.prefecture {
            conditions.append("instr(report.prefecture, ?) = 1")
            arguments.append(prefecture)
        }
        if let level = filter.level {
            conditions.append("report.level = ?")
            arguments.append(level.rawValue)
        }
        if let years = filter.years {
            conditions.append("report.year BETWEEN ? AND ?")
            arguments.append(years.lowerBound)
            arguments.append(years.upperBound)
        }
        if let bodyKind = filter.bodyKind {
            conditions.append("report.bodyKind = ?")
            arguments.append(bodyKind.rawValue)
        }
        if let body = filter.body {
            conditions.append("instr(report.body, ?) > 0")
            arguments.append(body)
        }
        if let rule = filter.findingRule {
            conditions.append("EXISTS (SELECT 1 FROM finding WHERE finding.reportId = report.id AND finding.rule = ?)")
            arguments.append(rule)
        }
        if let part = filter.missingPart {
            conditions.append("NOT EXISTS (SELECT 1 FROM part WHERE part.reportId = report.id AND part.part = ?)")
            arguments.append(part.rawValue)
        }
        if let kinds = filter.kinds {
            conditions.append(kinds.isEmpty ? "0" : "report.documentKind IN (\(Array(repeating: "?", count: kinds.count).joined(separator: ", ")))")
            arguments.append(contentsOf: kinds.map { $0.rawValue as (any DatabaseValueConvertible)? })
        }
        if let sector = filter.sector {
            conditions.append("report.sector = ?")
            arguments.append(sector)
        }
        if let prefix = filter.divisionCodePrefix {
            // Codes are digits; ':' sorts right after '9'.
            conditions.append("report.regionCode >= ? AND report.regionCode < ?")
            arguments.append(prefix)
            arguments.append(prefix + ":")
        }
        if let ids = filter.ids {
            conditions.append(ids.isEmpty ? "0" : "report.id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ", ")))")
            arguments.append(contentsOf: ids.map { $0 as (any DatabaseValueConvertible)? })
        }
        sql = conditions.joined(separator: " AND ")
        self.arguments = StatementArguments(arguments)
    }
}
