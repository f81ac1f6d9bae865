import FazhiCore
import FazhiPostgres
import FazhiSQLite
import FazhiStore
import FazhiTesting
import Foundation
import Testing

/// The stores the contract tests run against: the embedded SQLite file and a PostgreSQL server.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// A new, empty store: a SQLite file, or a schema of its own on the server `FAZHI_TEST_POSTGRES` names (the test
    /// command starts a throw-away cluster and sets it).
    func make() async throws -> any ReportStore {
        switch self {
        case .sqlite:
            return try SQLiteReportStore(path: try TestFiles.temporaryFile("store.sqlite").path)
        case .postgres:
            return try await PostgresReportStore.connect(url: TestPostgres.schema("test").url, migrating: true)
        }
    }
}

/// Temporary files for store tests.
enum TestFiles {
    /// A path in a fresh temporary directory.
    static func temporaryFile(_ name: String) throws -> URL {
        try CommandRunner.temporaryDirectory().appendingPathComponent(name)
    }
}

/// Analysed reports ready to store.
enum Items {
    static let analyzer = try! Analyzer.bundled()

    /// One analysed text under a path.
    static func item(_ path: String, _ bytes: [UInt8]) throws -> IngestItem {
        let report = try analyzer.analyze(bytes, source: path, includeText: true)
        return IngestItem(path: path, original: bytes, sha256: report.sha256, report: report)
    }

    /// One analysed text under a path.
    static func item(_ path: String, text: String) throws -> IngestItem {
        try item(path, Array(text.utf8))
    }

    /// The five dev-corpus reports, under their file names.
    static func devCorpus() throws -> [IngestItem] {
        try DevCorpus.gold().map { try item("dev/" + $0.file, DevCorpus.bytes($0.file)) }
    }

    /// The dev corpus, a department's sample report, the fixture report and its traditional-script twin.
    static func mixed() throws -> [IngestItem] {
        let department = PackageRoot.samples.appendingPathComponent("05-department-utf8bom.txt")
        let plan = PackageRoot.samples.appendingPathComponent("08-not-a-report.txt")
        return try devCorpus() + [
            item("samples/department.txt", [UInt8](try Data(contentsOf: department))),
            item("samples/plan.txt", [UInt8](try Data(contentsOf: plan))),
            item("fixtures/county.txt", text: Fixtures.countyReport),
            item("fixtures/traditional.txt", text: Fixtures.traditionalReport),
        ]
    }
}
