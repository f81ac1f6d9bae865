import FazhiCore
import FazhiStore

extension ReportFilter {
    /// The filter as an SQL condition on `report`, always restricted to current versions, binding its values.
    func condition(_ sql: inout SQLBuilder) -> String {
        var conditions = ["report.is_current"]
        if let province { conditions.append("starts_with(report.province, \(sql.bind(province)))") }
        if let prefecture { conditions.append("starts_with(report.prefecture, \(sql.bind(prefecture)))") }
        if let level { conditions.append("report.level = \(sql.bind(level.rawValue))") }
        if let years {
            conditions.append("report.year BETWEEN \(sql.bind(years.lowerBound)) AND \(sql.bind(years.upperBound))")
        }
        if let bodyKind { conditions.append("report.body_kind = \(sql.bind(bodyKind.rawValue))") }
        if let body { conditions.append("strpos(report.body, \(sql.bind(body))) > 0") }
        if let findingRule {
            conditions.append("EXISTS (SELECT 1 FROM finding WHERE finding.report_id = report.id AND finding.rule = \(sql.bind(findingRule)))")
        }
        if let missingPart {
            conditions.append("NOT EXISTS (SELECT 1 FROM part WHERE part.report_id = report.id AND part.part = \(sql.bind(missingPart.rawValue)))")
        }
        if let kinds { conditions.append("report.document_kind IN (\(sql.bindList(kinds.map(\.rawValue))))") }
        if let sector { conditions.append("report.sector = \(sql.bind(sector))") }
        if let divisionCodePrefix { conditions.append("starts_with(report.region_code, \(sql.bind(divisionCodePrefix)))") }
        if let ids { conditions.append("report.id IN (\(sql.bindList(ids)))") }
        return conditions.joined(separator: " AND ")
    }
}
