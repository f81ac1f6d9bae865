import FazhiStore
import Foundation
import Hummingbird
import Prometheus

extension FazhiApp {
    /// What a load balancer and a monitoring system ask: `/healthz` (the store answers, its migrations are current)
    /// and `/metrics` in Prometheus' text format (requests by route, ingest jobs by state, reports stored).
    func addOperations(to router: Router<BasicRequestContext>) {
        let (store, metrics) = (store, metrics)
        router.get("/healthz") { _, _ -> Response in
            do {
                try await store.ping()
                return JSONResponse.make(Health(status: "ok", reason: nil))
            } catch {
                return JSONResponse.make(Health(status: "unavailable", reason: (error as? StoreError)?.description ?? "\(error)"),
                                         status: .serviceUnavailable)
            }
        }
        router.get("/metrics") { _, _ -> Response in
            var text = metrics?.emitToString() ?? ""
            text += "# HELP fazhi_reports Current reports stored.\n# TYPE fazhi_reports gauge\n"
            text += "fazhi_reports \(try await store.count(ReportFilter()))\n"
            if let queue = store as? any IngestQueue {
                text += "# HELP fazhi_ingest_jobs Ingest jobs by state.\n# TYPE fazhi_ingest_jobs gauge\n"
                for (state, count) in try await queue.jobCounts().sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                    text += "fazhi_ingest_jobs{state=\"\(state.rawValue)\"} \(count)\n"
                }
            }
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: text)))
        }
    }
}

/// The answer of `/healthz`.
struct Health: Codable, Sendable {
    var status: String
    var reason: String?
}
