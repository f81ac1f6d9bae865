import GRDB

extension SQLiteReportStore {
    /// What is wrong with the database file, or nothing: SQLite's integrity check, the full-text
    /// index against its text, and every current report's rows present.
    public func integrityProblems() async throws -> [String] {
        try await read { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let checks = [
                ("reports without text", "SELECT COUNT(*) FROM report WHERE id NOT IN (SELECT reportId FROM report_text)"),
                ("reports without analysis", "SELECT COUNT(*) FROM report WHERE id NOT IN (SELECT reportId FROM report_analysis)"),
                ("reports without original", "SELECT COUNT(*) FROM report WHERE sha256 NOT IN (SELECT sha256 FROM original)"),
                ("paths with no or several current versions",
                 "SELECT COUNT(*) FROM (SELECT path FROM report GROUP BY path HAVING SUM(isCurrent) <> 1)"),
                ("figure counts that disagree",
                 "SELECT COUNT(*) FROM report WHERE figures <> (SELECT COUNT(*) FROM figure WHERE reportId = report.id)"),
                ("finding counts that disagree",
                 "SELECT COUNT(*) FROM report WHERE findings <> (SELECT COUNT(*) FROM finding WHERE reportId = report.id)"),
            ]
            for (name, sql) in checks {
                let count = try Int.fetchOne(db, sql: sql) ?? 0
                if count > 0 { problems.append("\(count) \(name)") }
            }
            return problems
        } + fullTextProblems()
    }

    /// FTS5's own check of the index against the text (a command written as an INSERT).
    private func fullTextProblems() -> [String] {
        do {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "INSERT INTO report_fts (report_fts, rank) VALUES ('integrity-check', 1)")
            }
            return []
        } catch {
            return ["full-text index: \(Self.describe(error))"]
        }
    }
}
