import FazhiCore
import FazhiStore
import Foundation
import GRDB

extension SQLiteReportStore {
    public func recordDecision(_ decision: ReviewDecision) async throws -> ReviewDecision {
        let at = ISO8601DateFormatter().string(from: Date())
        do {
            return try await pool.write { db in
                guard let path = try String.fetchOne(db, sql: "SELECT path FROM report WHERE id = ?", arguments: [decision.reportID]) else {
                    throw StoreError.invalidQuery("no report \(decision.reportID)")
                }
                try db.execute(sql: """
                    INSERT INTO review_decision (reportId, path, action, rule, findingKey, line, text, author, at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [decision.reportID, path, decision.action.rawValue, decision.rule, decision.findingKey,
                                     decision.line, decision.text, decision.author, at])
                var recorded = decision
                recorded.at = at
                recorded.id = db.lastInsertedRowID
                return recorded
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.failed(path: path, reason: Self.describe(error))
        }
    }

    public func decisions(reportID: Int64) async throws -> [ReviewDecision] {
        try await read { db in try Self.history(reportID: reportID, db) }
    }

    /// Every decision on every version of the report's path, oldest first.
    private static func history(reportID: Int64, _ db: Database) throws -> [ReviewDecision] {
        try Row.fetchAll(db, sql: """
            SELECT id, reportId, action, rule, findingKey, line, text, author, at FROM review_decision
            WHERE path = (SELECT path FROM report WHERE id = ?) ORDER BY id
            """, arguments: [reportID]).map(decision)
    }

    public func reviewRecord(reportID: Int64) async throws -> ReviewRecord? {
        try await read { db in
            guard let analysis = try String.fetchOne(db, sql: "SELECT analysis FROM report_analysis WHERE reportId = ?", arguments: [reportID])
            else { return nil }
            let stored = try JSONDecoder().decode(Report.self, from: Data(analysis.utf8)).findings
            let findings = try Self.findings(reportID: reportID, inAnalysis: stored, placedIn: nil, db)
            return ReviewRecord(reportID: reportID, findings: findings, history: try Self.history(reportID: reportID, db))
        }
    }

    public func dismissals() async throws -> [String: Int] {
        try await read { db in try Self.dismissals(db) }
    }

    /// The dismissals by rule, read in an open transaction.
    static func dismissals(_ db: Database) throws -> [String: Int] {
        // The latest confirm or dismiss on each finding of each current report's path.
        let rows = try Row.fetchAll(db, sql: """
            SELECT rule, COUNT(*) AS dismissed FROM review_decision AS latest
            WHERE action IN ('confirm', 'dismiss')
                AND id = (SELECT MAX(id) FROM review_decision AS other
                          WHERE other.path = latest.path AND other.findingKey = latest.findingKey
                              AND other.action IN ('confirm', 'dismiss'))
                AND action = 'dismiss'
                AND EXISTS (SELECT 1 FROM report WHERE report.path = latest.path AND report.isCurrent = 1)
            GROUP BY rule
            """)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["rule"] as String? ?? "", $0["dismissed"] as Int) })
    }

    private static func decision(_ row: Row) -> ReviewDecision {
        ReviewDecision(id: row["id"], reportID: row["reportId"], action: ReviewDecision.Action(rawValue: row["action"]) ?? .note,
                       rule: row["rule"], findingKey: row["findingKey"], line: row["line"], text: row["text"],
                       author: row["author"], at: row["at"])
    }
}
