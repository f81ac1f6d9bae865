import FazhiCore
import FazhiStore
import Foundation
import PostgresNIO

extension PostgresReportStore {
    public func ingest(_ items: [IngestItem]) async throws -> [IngestOutcome] {
        let now = ISO8601DateFormatter().string(from: Date())
        return try await transaction { connection in
            var outcomes: [IngestOutcome] = []
            for item in items { outcomes.append(try await ingest(item, at: now, connection)) }
            return outcomes
        }
    }

    func ingest(_ item: IngestItem, at now: String, _ connection: PostgresConnection) async throws -> IngestOutcome {
        // Writers of one path take turns (several workers may meet the same file); other paths go on in parallel.
        var lock = SQLBuilder()
        lock.append("SELECT pg_advisory_xact_lock(hashtext(\(lock.bind(item.path))))")
        _ = try await rows(lock, on: connection)
        var lookup = SQLBuilder()
        lookup.append("SELECT id, version, sha256 FROM report WHERE path = \(lookup.bind(item.path)) AND is_current")
        let current = try await rows(lookup, on: connection).first.map { try $0.decode((Int64, Int, String).self) }
        if let current, current.2 == item.sha256 { return .unchanged(id: current.0) }
        var twin = SQLBuilder()
        twin.append("""
            SELECT id, path FROM report WHERE sha256 = \(twin.bind(item.sha256)) AND is_current AND path <> \(twin.bind(item.path))
            ORDER BY id LIMIT 1
            """)
        if let found = try await rows(twin, on: connection).first {
            let (id, path) = try found.decode((Int64, String).self)
            return .duplicate(of: id, path: path)
        }
        var original = SQLBuilder()
        original.append("""
            INSERT INTO original (sha256, size, bytes) VALUES (\(original.bind(item.sha256)), \(original.bind(item.original.count)),
                \(original.bind(ByteBuffer(bytes: item.original)))) ON CONFLICT DO NOTHING
            """)
        _ = try await rows(original, on: connection)
        var version = 1
        if let current {
            version = current.1 + 1
            var retire = SQLBuilder()
            retire.append("UPDATE report SET is_current = false WHERE id = \(retire.bind(current.0));")
            _ = try await rows(retire, on: connection)
            var unindex = SQLBuilder()
            unindex.append("DELETE FROM report_search WHERE report_id = \(unindex.bind(current.0))")
            _ = try await rows(unindex, on: connection)
        }
        let stored = try item.storedForm()
        let metadata = item.report.metadata
        let region = metadata.region
        var insert = SQLBuilder()
        insert.append("""
            INSERT INTO report (path, version, sha256, is_current, ingested_at, ingested_by, name, title, body, body_kind, province,
                prefecture, region, region_code, level, year, published_date, late, characters, figures, findings, errors,
                document_kind, sector)
            VALUES (\(insert.bind(item.path)), \(insert.bind(version)), \(insert.bind(item.sha256)), true, \(insert.bind(now)),
                \(insert.bind(item.ingestedBy)), \(insert.bind(item.name)), \(insert.bind(metadata.title)), \(insert.bind(metadata.body)),
                \(insert.bind(metadata.bodyKind?.rawValue)), \(insert.bind(stored.province)), \(insert.bind(stored.prefecture)),
                \(insert.bind(region?.name)), \(insert.bind(region?.code)), \(insert.bind(region?.level.rawValue)),
                \(insert.bind(metadata.reportYear)), \(insert.bind(metadata.publishedDate)), \(insert.bind(item.isLate)),
                \(insert.bind(item.report.statistics.characters)), \(insert.bind(item.report.quantities.count)),
                \(insert.bind(item.report.findings.count)), \(insert.bind(item.errorCount)), \(insert.bind(metadata.documentKind.rawValue)),
                \(insert.bind(metadata.sector)))
            RETURNING id
            """)
        let id = try await rows(insert, on: connection)[0].decode(Int64.self)
        var rest = SQLBuilder()
        rest.append("""
            INSERT INTO report_analysis (report_id, analysis) VALUES (\(rest.bind(id)), \(rest.bind(stored.analysis)));
            """)
        _ = try await rows(rest, on: connection)
        var textRow = SQLBuilder()
        textRow.append("INSERT INTO report_text (report_id, text, positions) VALUES (\(textRow.bind(id)), \(textRow.bind(stored.text)), \(textRow.bind(stored.positions)))")
        _ = try await rows(textRow, on: connection)
        let chunks = SearchTerms.chunks(of: stored.text)
        if !chunks.isEmpty {
            var search = SQLBuilder()
            search.append("INSERT INTO report_search (report_id, chunk, terms) VALUES ")
            search.append(chunks.enumerated().map { index, terms in
                "(\(search.bind(id)), \(search.bind(index)), \(search.bind(terms))::tsvector)"
            }.joined(separator: ", "))
            _ = try await rows(search, on: connection)
        }
        if !item.report.parts.isEmpty {
            var parts = SQLBuilder()
            parts.append("INSERT INTO part (report_id, part) VALUES ")
            parts.append(Set(item.report.parts.map(\.rawValue)).sorted().map { "(\(parts.bind(id)), \(parts.bind($0)))" }.joined(separator: ", "))
            _ = try await rows(parts, on: connection)
        }
        // Figures and findings in batches: one statement binds at most 65,535 values.
        for start in stride(from: 0, to: item.report.findings.count, by: 2_000) {
            var findings = SQLBuilder()
            findings.append("""
                INSERT INTO finding (report_id, ordinal, rule, severity, line, column_number, message, excerpt, expected, found,
                    cleaned_offset) VALUES
                """)
            let batch = item.report.findings[start..<min(start + 2_000, item.report.findings.count)]
            findings.append(zip(batch.indices, batch).map { ordinal, finding in
                """
                (\(findings.bind(id)), \(findings.bind(ordinal)), \(findings.bind(finding.rule)), \(findings.bind(finding.severity.rawValue)),
                \(findings.bind(finding.line)), \(findings.bind(finding.column)), \(findings.bind(finding.message)),
                \(findings.bind(finding.excerpt)), \(findings.bind(finding.expected)), \(findings.bind(finding.found)),
                \(findings.bind(finding.offset)))
                """
            }.joined(separator: ", "))
            _ = try await rows(findings, on: connection)
        }
        for start in stride(from: 0, to: item.report.quantities.count, by: 2_000) {
            var figures = SQLBuilder()
            figures.append("""
                INSERT INTO figure (report_id, ordinal, indicator, value, unit, qualifier, lower, upper, kind, change, status, scope,
                    line, column_number, text, subject, area, cleaned_offset) VALUES
                """)
            let batch = item.report.quantities[start..<min(start + 2_000, item.report.quantities.count)]
            figures.append(zip(batch.indices, batch).map { ordinal, figure in
                let numbers = stored.figureNumbers[ordinal]
                return """
                (\(figures.bind(id)), \(figures.bind(ordinal)), \(figures.bind(figure.indicator)), \(figures.bind(numbers.value)),
                \(figures.bind(figure.unit)), \(figures.bind(figure.qualifier.rawValue)), \(figures.bind(numbers.lower)),
                \(figures.bind(numbers.upper)), \(figures.bind(figure.kind.rawValue)), \(figures.bind(figure.change?.rawValue)),
                \(figures.bind(figure.status.rawValue)), \(figures.bind(figure.scope.rawValue)), \(figures.bind(figure.line)),
                \(figures.bind(figure.column)), \(figures.bind(figure.text)), \(figures.bind(figure.subject)), \(figures.bind(figure.area)),
                \(figures.bind(figure.offset)))
                """
            }.joined(separator: ", "))
            _ = try await rows(figures, on: connection)
        }
        return current == nil ? .added(id: id) : .newVersion(id: id, version: version)
    }
}
