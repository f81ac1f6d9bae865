import FazhiCore
import FazhiPostgres
import FazhiServer
import FazhiStore
import FazhiTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Uploads to a server over PostgreSQL are queued for the workers, not analysed in the web process.
@Suite("uploads on a PostgreSQL store")
struct QueuedUploadTests {
    @Test("an upload answers 202 with each file's job; the job is queued until a worker takes it")
    func queued() async throws {
        let store = try await PostgresReportStore.connect(url: TestPostgres.schema("upload").url, migrating: true)
        let (body, type) = ServerFixture.multipart(files: [("开化.txt", Array(Fixtures.countyReport.utf8))])
        try await ServerFixture.app(token: "secret", store: store).test(.router) { client in
            let job = try await client.execute(uri: "/api/v1/reports", method: .post,
                                               headers: [.authorization: "Bearer secret", .contentType: type], body: body) { response in
                #expect(response.status == .accepted)
                let result = (response.json["results"] as? [[String: Any]])?.first
                #expect(result?["status"] as? String == "queued" && result?["id"] == nil)
                return result?["job"] as? Int ?? 0
            }
            try await client.execute(uri: "/api/v1/jobs/\(job)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.json["state"] as? String == "queued" && response.json["name"] as? String == "开化.txt")
            }
            try await client.execute(uri: "/api/v1/jobs/\(job + 1000)", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.text.contains("fazhi_ingest_jobs{state=\"queued\"} 1\n"))
            }
        }
        #expect(try await store.count(ReportFilter()) == 0, "nothing analysed in the web process")
    }
}
