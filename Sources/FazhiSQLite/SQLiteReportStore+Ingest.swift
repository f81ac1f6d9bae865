import FazhiCore
import FazhiStore
import Foundation
import GRDB

extension SQLiteReportStore {
    public func ingest(_ items: [IngestItem]) async throws -> [IngestOutcome] {
        let now = ISO8601DateFormatter().string(from: Date())
        return try await write { db in try items.map { try ingest($0, at: now, db) } }
    }

    private func ingest(_ item: IngestItem, at now: String, _ db: Database) throws -> IngestOutcome {
        // Every statement is prepared once per connection (cached): preparing seven statements for every report was
        // a tenth of the single writer's time.
        let current = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, version, sha256 FROM report WHERE path = ? AND +isCurrent = 1"),
            arguments: [item.path])
        if let current, current["sha256"] as String == item.sha256 {
            return .unchanged(id: current["id"])
        }
        if let twin = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, path FROM report WHERE sha256 = ? AND +isCurrent = 1 AND path <> ?"),
            arguments: [item.sha256, item.path]) {
            return .duplicate(of: twin["id"], path: twin["path"])
        }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO original (sha256, size, bytes) VALUES (?, ?, ?)")
            .execute(arguments: [item.sha256, item.original.count, Data(item.original)])
        var version = 1
        if let current {
            let oldID: Int64 = current["id"]
            version = current["version"] as Int + 1
            try db.cachedStatement(sql: """
                INSERT INTO report_fts (report_fts, rowid, text) SELECT 'delete', reportId, text FROM report_text WHERE reportId = ?
                """).execute(arguments: [oldID])
            try db.cachedStatement(sql: "UPDATE report SET isCurrent = 0 WHERE id = ?").execute(arguments: [oldID])
        }
        let stored = try item.storedForm()
        let metadata = item.report.metadata
        let region = metadata.region
        let findings = item.report.findings
        let (late, errors) = (item.isLate, item.errorCount)
        try db.cachedStatement(sql: """
            INSERT INTO report (path, version, sha256, isCurrent, ingestedAt, title, body, bodyKind, province, prefecture,
                region, level, year, publishedDate, late, characters, figures, findings, errors, documentKind, sector,
                regionCode, name, ingestedBy)
            VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                item.path, version, item.sha256, now, metadata.title, metadata.body, metadata.bodyKind?.rawValue,
                stored.province, stored.prefecture, region?.name, region?.level.rawValue, metadata.reportYear,
                metadata.publishedDate, late, item.report.statistics.characters, item.report.quantities.count,
                findings.count, errors, metadata.documentKind.rawValue, metadata.sector, region?.code, item.name, item.ingestedBy,
            ])
        let id = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO report_analysis (reportId, analysis) VALUES (?, ?)")
            .execute(arguments: [id, stored.analysis])
        try db.cachedStatement(sql: "INSERT INTO report_text (reportId, text, source, positions) VALUES (?, ?, ?, ?)")
            .execute(arguments: [id, stored.text, item.sourceText.map { Data($0) }, stored.positions])
        try db.cachedStatement(sql: "INSERT INTO report_fts (rowid, text) VALUES (?, ?)").execute(arguments: [id, stored.text])
        let insertPart = try db.cachedStatement(sql: "INSERT OR IGNORE INTO part (reportId, part) VALUES (?, ?)")
        for part in item.report.parts {
            try insertPart.execute(arguments: [id, part.rawValue])
        }
        let insertFinding = try db.cachedStatement(sql: """
            INSERT INTO finding (reportId, ordinal, rule, severity, line, columnNumber, message, excerpt, expected, found,
                cleanedOffset)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, finding) in findings.enumerated() {
            try insertFinding.execute(arguments: [
                id, ordinal, finding.rule, finding.severity.rawValue, finding.line, finding.column, finding.message,
                finding.excerpt, finding.expected, finding.found, finding.offset,
            ])
        }
        var insertFigure = RowInserter(try db.cachedStatement(sql: """
            INSERT INTO figure (reportId, ordinal, indicator, value, unit, qualifier, lower, upper, kind, change, line,
                columnNumber, text, subject, area, status, scope, cleanedOffset)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """))
        // Each field is read in place: a figure copied out of the array is a dozen retains and releases.
        let figures = item.report.quantities
        for (ordinal, numbers) in stored.figureNumbers.enumerated() {
            insertFigure.bind(id)
            insertFigure.bind(ordinal)
            insertFigure.bind(figures[ordinal].indicator)
            insertFigure.bind(numbers.value)
            insertFigure.bind(figures[ordinal].unit)
            insertFigure.bind(figures[ordinal].qualifier.rawValue)
            insertFigure.bind(numbers.lower)
            insertFigure.bind(numbers.upper)
            insertFigure.bind(figures[ordinal].kind.rawValue)
            insertFigure.bind(figures[ordinal].change?.rawValue)
            insertFigure.bind(figures[ordinal].line)
            insertFigure.bind(figures[ordinal].column)
            insertFigure.bind(figures[ordinal].text)
            insertFigure.bind(figures[ordinal].subject)
            insertFigure.bind(figures[ordinal].area)
            insertFigure.bind(figures[ordinal].status.rawValue)
            insertFigure.bind(figures[ordinal].scope.rawValue)
            insertFigure.bind(figures[ordinal].offset)
            try insertFigure.run()
        }
        return current == nil ? .added(id: id) : .newVersion(id: id, version: version)
    }
}
