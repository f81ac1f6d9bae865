import FazhiCore
import FazhiFiles
import FazhiServer
import FazhiStore
import FazhiTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Schemathesis (from PyPI, installed by `scripts/test.sh`) generates requests from the OpenAPI
/// document — valid and invalid — against a live server, and checks that none fails with a
/// server error and every response matches the document (status, content type, JSON schema).
@Suite("REST API fuzzed from its OpenAPI document")
struct APIFuzzTests {
    @Test("about a thousand generated requests: no server error, every response as documented")
    func schemathesis() async throws {
        let store = try ServerFixture.emptyStore()
        _ = try await store.ingest([try FileLoader(analyzer: ServerFixture.analyzer)
            .prepare(name: "county.txt", bytes: Array(Fixtures.countyReport.utf8)).get()])
        let report = try CommandRunner.temporaryDirectory()
        try await ServerFixture.app(token: "fuzz", maximumUploadBytes: 262_144, store: store).test(.live) { client in
            let port = try #require(client.port)
            let base = "http://127.0.0.1:\(port)"
            let outcome = try await ProcessRun.run("/usr/bin/env", [
                PythonTool.python, "-m", "schemathesis.cli", "run", "\(base)/api/openapi.yaml", "--url", base, "-H", "Authorization: Bearer fuzz",
                "--max-examples", "25", "--seed", "2026", "--no-color", "--report-dir", report.path,
                "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,unsupported_method",
            ], in: report)
            #expect(outcome.status == 0, "\(outcome.output.suffix(4000))")
            #expect(outcome.output.contains("passed"))
        }
    }
}
