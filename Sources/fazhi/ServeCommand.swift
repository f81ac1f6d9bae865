import ArgumentParser
import FazhiCore
import FazhiServer
import FazhiStore
import Foundation
import Hummingbird
import Metrics
import Prometheus
import NIOCore

/// `fazhi serve`: the review desk in the browser and the REST API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "启动网页审阅台和 REST API（/api/v1，文档见 /api/openapi.yaml）。",
        discussion: """
            Without --users or --token (or $FAZHI_TOKEN) the server is read-only. --users names a JSON file of \
            users, each with a role (viewer, reviewer, admin) and the SHA-256 of their token: \
            {"users": [{"name": "王审", "role": "reviewer", "tokenSHA256": "…"}]} (printf %s TOKEN | sha256sum). \
            Reviewers sign in on the desk (or send Authorization: Bearer TOKEN) to confirm or dismiss findings, write \
            notes and set a report's review state; administrators also upload. --token adds one administrator.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "Host or address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port).")
    var port = 8080

    @Option(help: "Token that write requests must carry (default: $FAZHI_TOKEN); without one the server is read-only.")
    var token: String?

    @Option(help: "A JSON file of named users with roles (viewer, reviewer, admin) and their tokens' SHA-256.")
    var users: String?

    @Option(help: "The reviewing office that signs the letters back (审核意见).")
    var office = "审核机关"

    @Option(name: .customLong("allowed-host"),
            help: "A host name the server may be addressed by besides 127.0.0.1 and localhost (repeatable; for a real deployment).")
    var allowedHosts: [String] = []

    @Option(name: .customLong("max-upload-mb"), help: "Largest upload accepted, in MB.")
    var maximumUploadMegabytes = 50

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard maximumUploadMegabytes > 0 else { throw ValidationError("--max-upload-mb must be positive") }
    }

    func run() async throws {
        let environmentToken = ProcessInfo.processInfo.environment["FAZHI_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        var directory = UserDirectory([])
        if let users {
            guard let data = FileManager.default.contents(atPath: users) else { throw ValidationError("--users \(users): cannot read the file") }
            do { directory = try UserDirectory(json: data) } catch { throw ValidationError("--users \(users): \(error)") }
        }
        var configuration = ServerConfiguration(
            host: host, port: port, token: token ?? environmentToken,
            maximumUploadBytes: maximumUploadMegabytes * 1_048_576, allowedHosts: allowedHosts, users: directory, office: office)
        configuration.logsRequests = true
        // Request counts and latencies by route, for /metrics.
        let metrics = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: metrics))
        let writes = configuration.acceptsWrites
        // Read-only, the desk only reads an existing database; with users, uploads and decisions may create and fill one.
        let database = writes ? try await store.open() : try await store.openExisting()
        let resources = try Bundled.resources()
        let app = try FazhiApp(store: database, analyzer: Analyzer(resources: resources),
                               indicators: resources.indicators.indicators, configuration: configuration,
                               roster: RosterBuilder(resources: resources), metrics: metrics)
        let host = host
        let mode = writes ? "\(configuration.directory.users.count) users may sign in" : "read-only (no --users or --token)"
        do {
            try await app.application { port in
                let shown = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host
                FileHandle.standardError.write(Data("fazhi: serving \(database.location) at http://\(shown):\(port)/ — \(mode); Ctrl-C stops\n".utf8))
            }.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            Diagnostics.report("port \(port) is in use; choose another with --port")
            throw ExitCode(1)
        } catch let error as IOError where error.errnoCode == EACCES {
            Diagnostics.report("port \(port) needs privileges this user lacks; choose one above 1023 with --port")
            throw ExitCode(1)
        }
    }
}
