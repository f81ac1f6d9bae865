import FazhiCore
import FazhiStore
import GRDB

extension SQLiteReportStore {
    /// The label for reports whose field could not be read.
    static let unknown = "未识别"

    public func statistics(_ filter: ReportFilter) async throws -> CorpusStatistics {
        let clause = FilterClause(filter)
        return try await read { db in
            func counts(_ column: String, orderByKey: Bool = false) throws -> [CorpusStatistics.Count] {
                try Row.fetchAll(db, sql: """
                    SELECT COALESCE(CAST(\(column) AS TEXT), '\(Self.unknown)') AS key, COUNT(*) AS n FROM report
                    WHERE \(clause.sql) GROUP BY key ORDER BY \(orderByKey ? "key" : "n DESC, key")
                    """, arguments: clause.arguments).map { .init(key: $0["key"], reports: $0["n"]) }
            }
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM report WHERE \(clause.sql)", arguments: clause.arguments) ?? 0
            let late = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM report WHERE late = 1 AND \(clause.sql)",
                                        arguments: clause.arguments) ?? 0
            let partCounts = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
                SELECT part.part AS key, COUNT(*) AS n FROM part JOIN report ON report.id = part.reportId
                WHERE \(clause.sql) GROUP BY part.part
                """, arguments: clause.arguments).map { ($0["key"] as String, $0["n"] as Int) })
            let parts = MandatedPart.allCases.filter { $0 != .other }.map {
                CorpusStatistics.Count(key: $0.rawValue, reports: partCounts[$0.rawValue] ?? 0)
            }
            let dismissed = try Self.dismissals(db)
            let findings = try Row.fetchAll(db, sql: """
                SELECT finding.rule AS rule,
                    MAX(CASE finding.severity WHEN 'error' THEN 3 WHEN 'warning' THEN 2 ELSE 1 END) AS rank,
                    COUNT(DISTINCT finding.reportId) AS reports, COUNT(*) AS findings
                FROM finding JOIN report ON report.id = finding.reportId WHERE \(clause.sql)
                GROUP BY finding.rule ORDER BY reports DESC, rank DESC, rule
                """, arguments: clause.arguments).map { row in
                    CorpusStatistics.FindingCount(
                        rule: row["rule"], severity: ["info", "warning", "error"][(row["rank"] as Int) - 1],
                        reports: row["reports"], findings: row["findings"], dismissed: dismissed[row["rule"]] ?? 0)
                }
            var lengths: [Double] = [], densities: [Double] = []
            let sizes = try Row.fetchCursor(db, sql: "SELECT characters, figures FROM report WHERE \(clause.sql)",
                                            arguments: clause.arguments)
            while let row = try sizes.next() {
                let characters: Int = row["characters"], figures: Int = row["figures"]
                lengths.append(Double(characters))
                if characters > 0 { densities.append(Double(figures) * 1000 / Double(characters)) }
            }
            return CorpusStatistics(
                reports: total, byProvince: try counts("report.province"), byLevel: try counts("report.level"),
                byYear: try counts("report.year", orderByKey: true), byBodyKind: try counts("report.bodyKind"),
                parts: parts, late: late, findings: findings,
                length: .init(lengths), figureDensity: .init(densities))
        }
    }
}
