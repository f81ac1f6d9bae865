import FazhiTesting
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite("fazhi serve, run as a user would")
struct ServeCommandTests {
    @Test("serve prints its URL, answers the API on loopback, and stops on Ctrl-C")
    func serve() async throws {
        let db = try StoreCommandTests.ingestedSamples()
        let directory = try CommandRunner.temporaryDirectory()
        let errors = directory.appendingPathComponent("stderr")
        try Data().write(to: errors)
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["serve", "--db", db, "--port", "0"]
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var url: String?
        for _ in 0..<300 where url == nil {
            try await Task.sleep(nanoseconds: 50_000_000)
            let text = String(decoding: try Data(contentsOf: errors), as: UTF8.self)
            if let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) { url = String(text[range]) }
        }
        let base = try #require(url, "serve must print its URL")
        #expect(String(decoding: try Data(contentsOf: errors), as: UTF8.self).contains("read-only"))
        // A second server on the same port says so plainly.
        let port = try #require(base.split(separator: ":").last?.dropLast())
        let second = try CommandRunner.run(["serve", "--db", db, "--port", String(port)])
        #expect(second.status == 1)
        #expect(second.stderr.contains("port \(port) is in use; choose another with --port"), "\(second.stderr)")
        let (data, response) = try await URLSession.shared.data(from: URL(string: base + "api/v1/stats")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        let stats = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        // The API's stats count annual reports: every sample but the work plan.
        #expect(stats["reports"] as? Int == PackageRoot.sampleCount - 1)
        kill(process.processIdentifier, SIGINT)
        for _ in 0..<100 where process.isRunning { try await Task.sleep(nanoseconds: 50_000_000) }
        #expect(!process.isRunning, "Ctrl-C stops the server")
    }

    @Test("a bad port is a usage error")
    func badPort() throws {
        let outcome = try CommandRunner.run(["serve", "--port", "70000"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--port"))
    }
}
