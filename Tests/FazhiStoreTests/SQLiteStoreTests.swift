import FazhiCore
@testable import FazhiSQLite
import FazhiStore
import FazhiTesting
import Foundation
import GRDB
import Testing

@Suite("SQLite store: files, schema and errors")
struct SQLiteStoreTests {
    @Test("a new database is migrated, marked as Fazhi's and consistent")
    func fresh() async throws {
        let url = try TestFiles.temporaryFile("new.sqlite")
        let store = try SQLiteReportStore(path: url.path)
        _ = try await store.ingest(try Items.devCorpus())
        #expect(try await store.integrityProblems() == [])
        let queue = try DatabaseQueue(path: url.path)
        let applied = try await queue.read { db in try StoreMigrations.migrator.appliedIdentifiers(db) }
        #expect(Set(applied) == Set(StoreMigrations.migrator.migrations))
        await #expect(try queue.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") } == StoreMigrations.applicationID)
    }

    @Test("reopening keeps the data and applies no migration twice")
    func reopen() async throws {
        let url = try TestFiles.temporaryFile("reopen.sqlite")
        _ = try await SQLiteReportStore(path: url.path).ingest(try Items.devCorpus())
        let again = try SQLiteReportStore(path: url.path)
        await #expect(try again.count(ReportFilter()) == 5)
    }

    @Test("reading an existing database never creates one and never writes: a write says the database is read-only")
    func readingExisting() async throws {
        let missing = try TestFiles.temporaryFile("missing.sqlite")
        #expect(throws: StoreError.missing(path: missing.path)) { try SQLiteReportStore(readingExisting: missing.path) }
        #expect(!FileManager.default.fileExists(atPath: missing.path))
        // A file another ingest is creating this instant: empty, then SQLite with no tables yet.
        let creating = try TestFiles.temporaryFile("creating.sqlite")
        try Data().write(to: creating)
        #expect(throws: StoreError.missing(path: creating.path)) { try SQLiteReportStore(readingExisting: creating.path) }
        _ = try DatabasePool(path: creating.path)
        #expect(throws: StoreError.missing(path: creating.path)) { try SQLiteReportStore(readingExisting: creating.path) }
        let url = try TestFiles.temporaryFile("read.sqlite")
        _ = try await SQLiteReportStore(path: url.path).ingest(try Items.devCorpus())
        let before = try Data(contentsOf: url)
        let reader = try SQLiteReportStore(readingExisting: url.path)
        await #expect(try reader.count(ReportFilter()) == 5)
        await #expect(try !reader.search(SearchQuery("复议"), filter: ReportFilter(), limit: 5, offset: 0).isEmpty)
        do {
            _ = try await reader.ingest([try Items.item("new.txt", text: Fixtures.countyReport)])
            Issue.record("a read-only store accepted a write")
        } catch {
            #expect("\(error)".contains("read-only") && "\(error)".contains(url.path), "\(error)")
        }
        #expect(try Data(contentsOf: url) == before)
    }

    @Test("a database from before division codes gets them from its stored analyses, which move to their own table")
    func regionCodeMigration() async throws {
        let url = try TestFiles.temporaryFile("v3.sqlite")
        var configuration = Configuration()
        configuration.prepareDatabase { $0.add(tokenizer: BigramTokenizer.self) }
        let queue = try DatabaseQueue(path: url.path, configuration: configuration)
        try StoreMigrations.migrator.migrate(queue, upTo: "v3-figure-status-scope")
        try await queue.write { db in
            for (id, code) in [(1, "330824"), (2, "110101"), (3, nil)] as [(Int, String?)] {
                let region = code.map { #","region":{"code":"\#($0)","level":"county","name":"某县"}"# } ?? ""
                try db.execute(sql: "INSERT INTO original (sha256, size, bytes) VALUES (?, 1, x'00')", arguments: ["sha\(id)"])
                try db.execute(sql: """
                    INSERT INTO report (id, path, version, sha256, isCurrent, ingestedAt, late, characters, figures, findings,
                        errors, analysis, documentKind)
                    VALUES (?, ?, 1, ?, 1, '2024-01-01T00:00:00Z', 0, 10, 0, 0, 0, ?, 'annualReport')
                    """, arguments: [id, "r\(id).txt", "sha\(id)", #"{"isAnnualReport":true"# + region + "}"])
            }
        }
        try queue.close()
        let reopened = try SQLiteReportStore(path: url.path)
        let reports = try await reopened.list(ReportFilter(), limit: 10, offset: 0)
        #expect(reports.map(\.regionCode) == ["110101", "330824", nil])
        let moved = try DatabaseQueue(path: url.path)
        try await moved.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM report_analysis WHERE analysis LIKE '{\"isAnnualReport\":true%'") == 3)
            let columns = try db.columns(in: "report").map(\.name)
            #expect(!columns.contains("analysis") && columns.contains("regionCode"))
        }
    }

    @Test("a database from before names were kept names each report by its file")
    func nameMigration() async throws {
        let url = try TestFiles.temporaryFile("v6.sqlite")
        _ = try await SQLiteReportStore(path: url.path).ingest(try Items.devCorpus())
        let queue = try DatabaseQueue(path: url.path)
        try await queue.write { db in
            try db.execute(sql: """
                UPDATE report SET path = '/srv/reports/' || path;
                ALTER TABLE report DROP COLUMN name;
                DELETE FROM grdb_migrations WHERE identifier = 'v7-report-name';
                """)
        }
        try queue.close()
        let reports = try await SQLiteReportStore(path: url.path).list(ReportFilter(), limit: 10, offset: 0)
        #expect(reports.count == 5 && reports.allSatisfy { !$0.name.contains("/") && $0.path == "/srv/reports/dev/" + $0.name })
    }

    @Test("an empty file becomes a new database")
    func emptyFile() async throws {
        let url = try TestFiles.temporaryFile("empty.sqlite")
        try Data().write(to: url)
        await #expect(try SQLiteReportStore(path: url.path).count(ReportFilter()) == 0)
    }

    /// Writes bytes, tries to open them as a store, and checks the error and that the file is untouched.
    private func refuses(_ bytes: Data, name: String) throws -> StoreError {
        let url = try TestFiles.temporaryFile(name)
        try bytes.write(to: url)
        var caught: StoreError?
        do {
            _ = try SQLiteReportStore(path: url.path)
        } catch {
            caught = error
        }
        #expect(try Data(contentsOf: url) == bytes, "the file must be left untouched")
        let error = try #require(caught)
        #expect(error.description.contains(url.path))
        return error
    }

    @Test("a file that is not SQLite is refused, named and left untouched")
    func notSQLite() async throws {
        let error = try refuses(Data("这不是数据库，只是一段文字。".utf8), name: "text.sqlite")
        guard case .notADatabase = error else { Issue.record("got \(error)"); return }
    }

    @Test("an SQLite database of another program is refused and left untouched")
    func foreign() async throws {
        let url = try TestFiles.temporaryFile("other.sqlite")
        let queue = try DatabaseQueue(path: url.path)
        try await queue.write { db in try db.execute(sql: "CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)") }
        try queue.close()
        let error = try refuses(try Data(contentsOf: url), name: "other-copy.sqlite")
        guard case .foreignDatabase = error else { Issue.record("got \(error)"); return }
    }

    @Test("a damaged Fazhi database gives a clear error, not a crash")
    func damaged() async throws {
        let url = try TestFiles.temporaryFile("damaged.sqlite")
        let store = try SQLiteReportStore(path: url.path)
        _ = try await store.ingest(try Items.devCorpus())
        try store.checkpoint()
        try store.pool.close()
        var bytes = try Data(contentsOf: url)
        // Keep the header page (a Fazhi database by its application id), scramble the rest.
        var generator = SplitMix64(seed: 7)
        for index in 4096..<bytes.count where index % 7 == 0 { bytes[index] = UInt8(truncatingIfNeeded: generator.next()) }
        try bytes.write(to: url)
        var message: String?
        do {
            let reopened = try SQLiteReportStore(path: url.path)
            _ = try await reopened.list(ReportFilter(), limit: 100, offset: 0)
            _ = try await reopened.search(SearchQuery("法治"), filter: ReportFilter(), limit: 10, offset: 0)
            let problems = try await reopened.integrityProblems()
            message = problems.isEmpty ? nil : problems.joined(separator: "; ")
        } catch let error as StoreError {
            message = error.description
            #expect(error.description.contains(url.path))
        }
        #expect(message != nil, "damage must be noticed")
    }

    @Test("a database from a newer Fazhi is refused")
    func newer() async throws {
        let url = try TestFiles.temporaryFile("newer.sqlite")
        _ = try SQLiteReportStore(path: url.path)
        let queue = try DatabaseQueue(path: url.path)
        try await queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')") }
        try queue.close()
        #expect(throws: StoreError.newerSchema(path: url.path, unknown: ["v99-future"])) {
            _ = try SQLiteReportStore(path: url.path)
        }
    }

    @Test("the default file is FAZHI_DB, else fazhi.sqlite")
    func defaultPath() {
        #expect(SQLiteReportStore.defaultPath(environment: [:]) == "fazhi.sqlite")
        #expect(SQLiteReportStore.defaultPath(environment: ["FAZHI_DB": "/tmp/x.sqlite"]) == "/tmp/x.sqlite")
    }

    @Test("a report stored before v6 keeps its findings in its analysis JSON: the report and its review read them from there")
    func findingsBeforeV6() async throws {
        let url = try TestFiles.temporaryFile("v5.sqlite")
        let store = try SQLiteReportStore(path: url.path)
        let item = try Items.item("old.txt", text: SupervisionFixtures.report(body: "常山县人民政府", year: 2022, signed: "2023年4月15日",
                                                                         firstResponsible: false))
        #expect(item.report.findings.count >= 2 && item.report.findings.contains { !$0.excerpt.isEmpty })
        _ = try await store.ingest([item])
        let id = try #require(try await store.reportID(path: "old.txt"))
        // As v5 left it: the findings whole in the analysis JSON, their rows without the details v6 added.
        let findings = String(decoding: try JSONFormat.encoder(pretty: false).encode(item.report.findings), as: UTF8.self)
        let queue = try DatabaseQueue(path: url.path)
        try await queue.write { db in
            try db.execute(sql: "UPDATE report_analysis SET analysis = json_set(analysis, '$.findings', json(?))", arguments: [findings])
            try db.execute(sql: "UPDATE finding SET excerpt = NULL, expected = NULL, found = NULL, cleanedOffset = NULL")
        }
        try queue.close()
        #expect(try await store.report(id: id)?.report.findings == item.report.findings)
        #expect(try await store.reviewRecord(reportID: id)?.findings.map(\.finding) == item.report.findings)
        #expect(try await store.reviewRecords(reportIDs: [id])[id]?.findings.map(\.finding) == item.report.findings)
    }
}
