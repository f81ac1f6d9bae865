import FazhiCore
import FazhiStore
import PostgresNIO

extension PostgresReportStore {
    /// The label for reports whose field could not be read.
    static let unknown = "未识别"

    public func statistics(_ filter: ReportFilter) async throws -> CorpusStatistics {
        func filtered(_ body: (String, inout SQLBuilder) -> String) -> SQLBuilder {
            var sql = SQLBuilder()
            let condition = filter.condition(&sql)
            sql.append(body(condition, &sql))
            return sql
        }
        func counts(_ column: String, orderByKey: Bool = false) async throws -> [CorpusStatistics.Count] {
            let sql = filtered { condition, _ in
                """
                SELECT COALESCE(CAST(\(column) AS TEXT), '\(Self.unknown)') AS key, count(*) AS n FROM report
                WHERE \(condition) GROUP BY key
                ORDER BY \(orderByKey ? "" : "n DESC, ")COALESCE(CAST(\(column) AS TEXT), '\(Self.unknown)') COLLATE "C"
                """
            }
            return try await rows(sql).map { row in
                let (key, n) = try row.decode((String, Int).self)
                return .init(key: key, reports: n)
            }
        }
        let totals = try await rows(filtered { condition, _ in
            "SELECT count(*), count(*) FILTER (WHERE late) FROM report WHERE \(condition)"
        })[0].decode((Int, Int).self)
        var partCounts: [String: Int] = [:]
        for row in try await rows(filtered { condition, _ in
            "SELECT part.part, count(*) FROM part JOIN report ON report.id = part.report_id WHERE \(condition) GROUP BY part.part"
        }) {
            let (part, n) = try row.decode((String, Int).self)
            partCounts[part] = n
        }
        let parts = MandatedPart.allCases.filter { $0 != .other }.map {
            CorpusStatistics.Count(key: $0.rawValue, reports: partCounts[$0.rawValue] ?? 0)
        }
        let dismissed = try await dismissals()
        let findings = try await rows(filtered { condition, _ in
            """
            SELECT finding.rule AS rule,
                max(CASE finding.severity WHEN 'error' THEN 3 WHEN 'warning' THEN 2 ELSE 1 END) AS rank,
                count(DISTINCT finding.report_id) AS reports, count(*) AS findings
            FROM finding JOIN report ON report.id = finding.report_id WHERE \(condition)
            GROUP BY finding.rule ORDER BY reports DESC, rank DESC, rule COLLATE "C"
            """
        }).map { row in
            let (rule, rank, reports, findings) = try row.decode((String, Int, Int, Int).self)
            return CorpusStatistics.FindingCount(rule: rule, severity: ["info", "warning", "error"][rank - 1], reports: reports,
                                                 findings: findings, dismissed: dismissed[rule] ?? 0)
        }
        var lengths: [Double] = [], densities: [Double] = []
        for row in try await rows(filtered { condition, _ in "SELECT characters, figures FROM report WHERE \(condition) ORDER BY id" }) {
            let (characters, figures) = try row.decode((Int, Int).self)
            lengths.append(Double(characters))
            if characters > 0 { densities.append(Double(figures) * 1000 / Double(characters)) }
        }
        return CorpusStatistics(
            reports: totals.0, byProvince: try await counts("report.province"), byLevel: try await counts("report.level"),
            byYear: try await counts("report.year", orderByKey: true), byBodyKind: try await counts("report.body_kind"),
            parts: parts, late: totals.1, findings: findings, length: .init(lengths), figureDensity: .init(densities))
    }
}
