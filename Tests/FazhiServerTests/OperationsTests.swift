import FazhiCore
import FazhiServer
import FazhiSQLite
import FazhiStore
import FazhiTesting
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Metrics
import Prometheus
import Testing

/// What a load balancer and a monitoring system ask of a server.
@Suite("operations: /healthz and /metrics")
struct OperationsTests {
    /// The registry request metrics go to: the process' metrics system is bootstrapped once, over it.
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()

    @Test("/healthz is 200 while the store answers with every migration, 503 with the reason when not")
    func health() async throws {
        let store = try ServerFixture.emptyStore()
        try await ServerFixture.app(store: store).test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.json["status"] as? String == "ok")
            }
            // A migration goes missing (a database restored from an older backup under a running server).
            let queue = try DatabaseQueue(path: store.path)
            try await queue.write { db in try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v12-authors'") }
            try queue.close()
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.json["status"] as? String == "unavailable")
                #expect((response.json["reason"] as? String ?? "").contains("v12-authors"))
            }
        }
    }

    @Test("/metrics gives requests by route and the reports stored, in Prometheus' text format")
    func metrics() async throws {
        let resources = ServerFixture.resources
        let app = try FazhiApp(store: try await ServerFixture.store, analyzer: ServerFixture.analyzer,
                               indicators: resources.indicators.indicators, configuration: ServerConfiguration(port: 0),
                               roster: RosterBuilder(resources: resources), metrics: Self.registry)
        try await app.application().test(.router) { client in
            try await client.execute(uri: "/api/v1/reports?limit=1", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                let text = String(buffer: response.body)
                #expect(text.contains("fazhi_reports 6\n"))
                #expect(text.contains("hb_requests{http_route=\"/api/v1/reports\",http_request_method=\"GET\",http_response_status_code=\"200\"} 1"))
                #expect(text.contains("# TYPE http_server_request_duration histogram"))
                #expect(!text.contains("fazhi_ingest_jobs"), "a SQLite store keeps no queue")
            }
        }
    }
}
