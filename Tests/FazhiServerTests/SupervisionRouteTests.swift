import FazhiCore
import FazhiFiles
import FazhiServer
import FazhiSQLite
import FazhiStore
import FazhiTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("报送情况: the status page and the roster and status API")
struct SupervisionRouteTests {
    static func store() async throws -> SQLiteReportStore {
        let store = try ServerFixture.emptyStore()
        let loader = FileLoader(analyzer: ServerFixture.analyzer)
        _ = try await store.ingest(try SupervisionFixtures.reports.map { try loader.prepare(name: $0.name, bytes: Array($0.text.utf8)).get() })
        let resources = ServerFixture.resources
        _ = try await store.importRoster(DepartmentRoster(csv: SupervisionFixtures.roster, gazetteer: resources.gazetteer,
                                                    departments: resources.departments).entries, by: nil)
        return store
    }

    @Test("the page: counts, a progress bar, each body's state with its report, the missing, the unlisted, the CSV link")
    func page() async throws {
        try await ServerFixture.app(store: try Self.store()).test(.router) { client in
            try await client.execute(uri: "/status", method: .get) { response in
                #expect(response.status == .ok && response.text.contains("<form class=\"filters\" method=\"get\" action=\"/status\">"))
            }
            try await client.execute(uri: "/status?scope=%E8%A1%A2%E5%B7%9E%E5%B8%82&year=2022", method: .get) { response in
                let page = response.text
                #expect(response.status == .ok)
                #expect(page.contains("<strong>应报 8</strong> · 已报 3") && page.contains("未报 5"))
                #expect(page.contains("role=\"progressbar\" aria-valuenow=\"38\""))
                #expect(page.contains("<tr class=\"missing\"><td>衢州市公安局</td>"))
                #expect(page.contains("<tr class=\"onTime\"><td>开化县人民政府</td>"))
                #expect(page.contains("名单外的报告（1）") && page.contains("衢州市教育局"))
                #expect(page.contains("/api/v1/status?scope=330800&amp;year=2022&amp;format=csv"))
            }
            for (uri, words) in [("/status?scope=%E7%81%AB%E6%98%9F%E5%B8%82&year=2022", "区划库中没有“火星市”"),
                                 ("/status?scope=%E9%BC%93%E6%A5%BC%E5%8C%BA&year=2022", "对应多个地区"),
                                 ("/status?scope=330800", "请填写报告年度"), ("/status?scope=330800&year=20x2", "应为年份")] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    #expect(response.text.contains(words), "\(uri)")
                }
            }
        }
    }

    @Test("an administrator imports a roster through the API; bad rows come back by line; reviewers may not")
    func rosterImport() async throws {
        let store = try ServerFixture.emptyStore()
        let users = [ServerUser(name: "王审", role: .reviewer, token: "r"), ServerUser(name: "李管", role: .admin, token: "a")]
        try await ServerFixture.app(store: store, users: users).test(.router) { client in
            let csv = ByteBuffer(string: SupervisionFixtures.roster + "衢州市民政局,,火星市\n")
            try await client.execute(uri: "/api/v1/roster", method: .post, headers: [.authorization: "Bearer r"], body: csv) {
                #expect($0.status == .forbidden)
            }
            try await client.execute(uri: "/api/v1/roster", method: .post, headers: [.authorization: "Bearer a"], body: csv) { response in
                #expect(response.status.code == 207)
                #expect(response.json["stored"] as? Int == 2)
                #expect((response.json["problems"] as? [[String: Any]])?.first?["line"] as? Int == 4)
            }
            try await client.execute(uri: "/api/v1/roster", method: .post, headers: [.authorization: "Bearer a"],
                                     body: ByteBuffer(bytes: [0xFF, 0xFE, 0x00])) { #expect($0.status == .badRequest) }
        }
        #expect(try await store.rosterDepartments(divisionCode: "330800").count == 2)
    }

    @Test("the API: status as JSON or CSV, the roster; problems are 400 JSON")
    func api() async throws {
        try await ServerFixture.app(store: try Self.store()).test(.router) { client in
            try await client.execute(uri: "/api/v1/status?scope=330800&year=2022", method: .get) { response in
                #expect(response.status == .ok)
                let status = try JSONDecoder().decode(SubmissionStatus.self, from: Data(buffer: response.body))
                #expect(status.rows.count == 8 && status.received == 3 && status.unlisted.count == 1)
                #expect(!response.text.contains("\"path\""))
            }
            try await client.execute(uri: "/api/v1/status?scope=330800&year=2022&format=csv", method: .get) { response in
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(response.text.hasPrefix("\u{FEFF}名称,类型"))
            }
            try await client.execute(uri: "/api/v1/roster?scope=%E8%A1%A2%E5%B7%9E", method: .get) { response in
                let entries = try JSONDecoder().decode([RosterEntry].self, from: Data(buffer: response.body))
                #expect(entries.count == 8 && entries.filter { $0.identity.kind == .department }.count == 2)
            }
            for uri in ["/api/v1/status?year=2022", "/api/v1/status?scope=330800", "/api/v1/status?scope=x&year=2022",
                        "/api/v1/status?scope=330800&year=2022&format=xml", "/api/v1/roster"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    #expect((response.json["error"] as? [String: Any])?["code"] as? String == "invalid_parameter", "\(uri)")
                }
            }
        }
    }
}
