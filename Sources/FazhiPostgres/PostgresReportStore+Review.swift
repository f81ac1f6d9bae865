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

    public func decisions(reportID: Int64) async throws -> [ReviewDecision] {
        var sql = SQLBuilder()
        sql.append("""
            SELECT id, report_id, action, rule, finding_key, line, text, author, at FROM review_decision
            WHERE path = (SELECT path FROM report WHERE id = \(sql.bind(reportID))) ORDER BY id
            """)
        return try await rows(sql).map { row in
            let (id, report, action, rule, key, line, text, author, at) =
                try row.decode((Int64, Int64, String, String?, String?, Int?, String, String, String).self)
            return ReviewDecision(id: id, reportID: report, action: ReviewDecision.Action(rawValue: action) ?? .note, rule: rule,
                                  findingKey: key, line: line, text: text, author: author, at: at)
        }
    }

    public func reviewRecord(reportID: Int64) async throws -> ReviewRecord? {
        var sql = SQLBuilder()
        sql.append("SELECT 1 FROM report WHERE id = \(sql.bind(reportID))")
        guard try await !rows(sql).isEmpty else { return nil }
        return ReviewRecord(reportID: reportID, findings: try await findings(reportID: reportID, placedIn: nil),
                            history: try await decisions(reportID: reportID))
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
