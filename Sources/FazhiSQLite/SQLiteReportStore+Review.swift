import FazhiCore
import FazhiStore
import Foundation
import GRDB

extension SQLiteReportStore {
    public func recordDecision(_ decision: ReviewDecision) async throws -> ReviewDecision {
        let at = ISO8601DateFormatter().string(from: Date())
        return try await write { db in
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

    public func reviewRecords(reportIDs: [Int64]) async throws -> [Int64: ReviewRecord] {
        guard !reportIDs.isEmpty else { return [:] }
        return try await read { db in
            var records: [Int64: ReviewRecord] = [:]
            // In chunks: SQLite limits the number of placeholders in one statement.
            for start in stride(from: 0, to: reportIDs.count, by: 500) {
                let chunk = Array(reportIDs[start..<min(start + 500, reportIDs.count)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                // Which reports were stored before v6 and keep their findings in their analysis JSON, asked of SQLite's
                // JSON functions so that no other analysis is decoded.
                var reports: [Int64: (path: String, inAnalysis: Bool)] = [:]
                for row in try Row.fetchAll(db, sql: """
                    SELECT report.id, report.path, json_array_length(report_analysis.analysis, '$.findings') > 0 AS inAnalysis
                    FROM report JOIN report_analysis ON report_analysis.reportId = report.id WHERE report.id IN (\(marks))
                    """, arguments: StatementArguments(chunk)) {
                    reports[row["id"]] = (row["path"], row["inAnalysis"])
                }
                var findings: [Int64: [Finding]] = [:]
                for row in try Row.fetchAll(db, sql: """
                    SELECT reportId, \(Self.findingColumns) FROM finding WHERE reportId IN (\(marks)) ORDER BY reportId, ordinal
                    """, arguments: StatementArguments(chunk)) {
                    findings[row["reportId"], default: []].append(Self.finding(row))
                }
                var history: [String: [ReviewDecision]] = [:]
                let paths = Array(Set(reports.values.map(\.path)))
                for row in try Row.fetchAll(db, sql: """
                    SELECT id, reportId, action, rule, findingKey, line, text, author, at, path FROM review_decision
                    WHERE path IN (\(Array(repeating: "?", count: paths.count).joined(separator: ", "))) ORDER BY id
                    """, arguments: StatementArguments(paths)) {
                    history[row["path"], default: []].append(Self.decision(row))
                }
                for (id, report) in reports {
                    var current = findings[id] ?? []
                    if report.inAnalysis, let analysis = try String.fetchOne(db, sql: "SELECT analysis FROM report_analysis WHERE reportId = ?",
                                                                             arguments: [id]) {
                        let stored = try JSONDecoder().decode(Report.self, from: Data(analysis.utf8)).findings
                        current = try Self.findings(reportID: id, inAnalysis: stored, placedIn: nil, db)
                    }
                    records[id] = ReviewRecord(reportID: id, findings: current, history: history[report.path] ?? [])
                }
            }
            return records
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
