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
        let current = try Row.fetchOne(db, sql: "SELECT id, version, sha256 FROM report WHERE path = ? AND +isCurrent = 1",
                                       arguments: [item.path])
        if let current, current["sha256"] as String == item.sha256 {
            return .unchanged(id: current["id"])
        }
        if let twin = try Row.fetchOne(db, sql: "SELECT id, path FROM report WHERE sha256 = ? AND +isCurrent = 1 AND path <> ?",
                                       arguments: [item.sha256, item.path]) {
            return .duplicate(of: twin["id"], path: twin["path"])
        }
        try db.execute(sql: "INSERT OR IGNORE INTO original (sha256, size, bytes) VALUES (?, ?, ?)",
                       arguments: [item.sha256, item.original.count, Data(item.original)])
        var version = 1
        if let current {
            let oldID: Int64 = current["id"]
            version = current["version"] as Int + 1
            try db.execute(sql: """
                INSERT INTO report_fts (report_fts, rowid, text) SELECT 'delete', reportId, text FROM report_text WHERE reportId = ?
                """, arguments: [oldID])
            try db.execute(sql: "UPDATE report SET isCurrent = 0 WHERE id = ?", arguments: [oldID])
        }
        let stored = try item.storedForm()
        let metadata = item.report.metadata
        let region = metadata.region
        let findings = item.report.findings
        let (late, errors) = (item.isLate, item.errorCount)
        try db.execute(sql: """
            INSERT INTO report (path, version, sha256, isCurrent, ingestedAt, title, body, bodyKind, province, prefecture,
                region, level, year, publishedDate, late, characters, figures, findings, errors, documentKind, sector,
                regionCode, name, ingestedBy)
            VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                item.path, version, item.sha256, now, metadata.title, metadata.body, metadata.bodyKind?.rawValue,
                stored.province, stored.prefecture, region?.name, region?.level.rawValue, metadata.reportYear,
                metadata.publishedDate, late, item.report.statistics.characters, item.report.quantities.count,
                findings.count, errors, metadata.documentKind.rawValue, metadata.sector, region?.code, item.name, item.ingestedBy,
            ])
        let id = db.lastInsertedRowID
        try db.execute(sql: "INSERT INTO report_analysis (reportId, analysis) VALUES (?, ?)", arguments: [id, stored.analysis])
        try db.execute(sql: "INSERT INTO report_text (reportId, text, source, positions) VALUES (?, ?, ?, ?)",
                       arguments: [id, stored.text, item.sourceText.map { Data($0) }, stored.positions])
        try db.execute(sql: "INSERT INTO report_fts (rowid, text) VALUES (?, ?)", arguments: [id, stored.text])
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
        for (ordinal, (figure, numbers)) in zip(item.report.quantities, stored.figureNumbers).enumerated() {
            insertFigure.bind(id)
            insertFigure.bind(ordinal)
            insertFigure.bind(figure.indicator)
            insertFigure.bind(numbers.value)
            insertFigure.bind(figure.unit)
            insertFigure.bind(figure.qualifier.rawValue)
            insertFigure.bind(numbers.lower)
            insertFigure.bind(numbers.upper)
            insertFigure.bind(figure.kind.rawValue)
            insertFigure.bind(figure.change?.rawValue)
            insertFigure.bind(figure.line)
            insertFigure.bind(figure.column)
            insertFigure.bind(figure.text)
            insertFigure.bind(figure.subject)
            insertFigure.bind(figure.area)
            insertFigure.bind(figure.status.rawValue)
            insertFigure.bind(figure.scope.rawValue)
            insertFigure.bind(figure.offset)
            try insertFigure.run()
        }
        return current == nil ? .added(id: id) : .newVersion(id: id, version: version)
    }
}
