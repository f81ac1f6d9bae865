import FazhiCore
import FazhiStore
import Foundation
import PostgresNIO

extension PostgresReportStore {
    public func recordDecision(_ decision: ReviewDecision) async throws -> ReviewDecision {
        var recorded = decision
        recorded.at = ISO8601DateFormatter().string(from: Date())
        var sql = SQLBuilder()
        sql.append("""
            INSERT INTO review_decision (report_id, path, action, rule, finding_key, line, text, author, at)
            SELECT id, path, \(sql.bind(decision.action.rawValue)), \(sql.bind(decision.rule)), \(sql.bind(decision.findingKey)),
                \(sql.bind(decision.line)), \(sql.bind(decision.text)), \(sql.bind(decision.author)), \(sql.bind(recorded.at))
            FROM report WHERE id = \(sql.bind(decision.reportID))
            RETURNING id
            """)
        guard let row = try await rows(sql).first else { throw StoreError.invalidQuery("no report \(decision.reportID)") }
        recorded.id = try row.decode(Int64.self)
        return recorded
    }

    /// The columns a `ReviewDecision` is read from, first in a row.
    private static let decisionColumns = "id, report_id, action, rule, finding_key, line, text, author, at"

    public func decisions(reportID: Int64) async throws -> [ReviewDecision] {
        var sql = SQLBuilder()
        sql.append("""
            SELECT \(Self.decisionColumns) FROM review_decision
            WHERE path = (SELECT path FROM report WHERE id = \(sql.bind(reportID))) ORDER BY id
            """)
        return try await rows(sql).map(Self.decision)
    }

    public func reviewRecords(reportIDs: [Int64]) async throws -> [Int64: ReviewRecord] {
        guard !reportIDs.isEmpty else { return [:] }
        var reports = SQLBuilder()
        reports.append("SELECT id, path FROM report WHERE id = ANY(\(reports.bind(reportIDs)))")
        var paths: [Int64: String] = [:]
        for row in try await rows(reports) {
            let (id, path) = try row.decode((Int64, String).self)
            paths[id] = path
        }
        var findingRows = SQLBuilder()
        findingRows.append("""
            SELECT \(Self.findingColumns), report_id FROM finding WHERE report_id = ANY(\(findingRows.bind(Array(paths.keys))))
            ORDER BY report_id, ordinal
            """)
        var findings: [Int64: [Finding]] = [:]
        for row in try await rows(findingRows) {
            findings[try row.makeRandomAccess()["report_id"].decode(Int64.self), default: []].append(try Self.finding(row))
        }
        var decisionRows = SQLBuilder()
        decisionRows.append("""
            SELECT \(Self.decisionColumns), path FROM review_decision WHERE path = ANY(\(decisionRows.bind(Array(Set(paths.values)))))
            ORDER BY id
            """)
        var history: [String: [ReviewDecision]] = [:]
        for row in try await rows(decisionRows) {
            history[try row.makeRandomAccess()["path"].decode(String.self), default: []].append(try Self.decision(row))
        }
        return paths.reduce(into: [:]) { records, entry in
            records[entry.key] = ReviewRecord(reportID: entry.key, findings: findings[entry.key] ?? [], history: history[entry.value] ?? [])
        }
    }

    /// A decision from a row whose first columns are `decisionColumns`.
    private static func decision(_ row: PostgresRow) throws -> ReviewDecision {
        let (id, report, action, rule, key, line, text, author, at) =
            try row.decode((Int64, Int64, String, String?, String?, Int?, String, String, String).self)
        return ReviewDecision(id: id, reportID: report, action: ReviewDecision.Action(rawValue: action) ?? .note, rule: rule,
                              findingKey: key, line: line, text: text, author: author, at: at)
    }

    public func dismissals() async throws -> [String: Int] {
        // The latest confirm or dismiss on each finding of each current report's path.
        let sql = SQLBuilder("""
            SELECT COALESCE(rule, ''), count(*) FROM (
                SELECT DISTINCT ON (path, finding_key) path, rule, action FROM review_decision
                WHERE action IN ('confirm', 'dismiss') ORDER BY path, finding_key, id DESC
            ) AS latest
            WHERE action = 'dismiss' AND EXISTS (SELECT 1 FROM report WHERE report.path = latest.path AND report.is_current)
            GROUP BY 1
            """)
        var counts: [String: Int] = [:]
        for row in try await rows(sql) {
            let (rule, n) = try row.decode((String, Int).self)
            counts[rule] = n
        }
        return counts
    }
}
