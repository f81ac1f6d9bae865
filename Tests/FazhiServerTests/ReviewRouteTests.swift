import FazhiCore
import FazhiFiles
import FazhiServer
import FazhiSQLite
import FazhiStore
import FazhiTesting
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("review on the desk and the API: who may do what, decisions that last, the letter back")
struct ReviewRouteTests {
    static let users = [ServerUser(name: "赵看", role: .viewer, token: "view-token"), ServerUser(name: "王审", role: .reviewer, token: "review-token"),
                        ServerUser(name: "李管", role: .admin, token: "admin-token")]

    /// A store with one late report of 常山县 lacking a part.
    static func store() async throws -> (SQLiteReportStore, Int64, Finding) {
        let store = try ServerFixture.emptyStore()
        let text = SupervisionFixtures.report(body: "常山县人民政府", year: 2022, signed: "2023年4月15日", firstResponsible: false)
        _ = try await store.ingest([try FileLoader(analyzer: ServerFixture.analyzer).prepare(name: "changshan.txt", bytes: Array(text.utf8)).get()])
        let id = try #require(try await store.reportID(path: "changshan.txt"))
        let finding = try #require(try await store.report(id: id)?.report.findings.first { $0.rule == "late-report" })
        return (store, id, finding)
    }

    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        ByteBuffer(string: fields.map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }.joined(separator: "&"))
    }

    static let formType: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    @Test("each role may do exactly its actions: anyone reads, reviewers decide, administrators also upload")
    func roles() async throws {
        let (store, id, finding) = try await Self.store()
        let decision = ByteBuffer(string: #"{"action": "confirm", "findingKey": "\#(finding.reviewKey.replacingOccurrences(of: "\u{1F}", with: "\\u001f"))"}"#)
        try await ServerFixture.app(store: store, users: Self.users).test(.router) { client in
            for (token, status) in [(nil, HTTPResponse.Status.unauthorized), ("wrong", .unauthorized), ("view-token", .forbidden),
                                    ("review-token", .created), ("admin-token", .created)] as [(String?, HTTPResponse.Status)] {
                let headers: HTTPFields = token.map { [.authorization: "Bearer \($0)", .contentType: "application/json"] } ?? [.contentType: "application/json"]
                try await client.execute(uri: "/api/v1/reports/\(id)/decisions", method: .post, headers: headers, body: decision) { response in
                    #expect(response.status == status, "\(token ?? "none")")
                }
            }
            for (token, status) in [("review-token", HTTPResponse.Status.forbidden), ("admin-token", .ok)] {
                try await client.execute(uri: "/api/v1/reports?name=x.txt", method: .post, headers: [.authorization: "Bearer \(token)"],
                                         body: ByteBuffer(string: Fixtures.countyReport)) { response in
                    #expect(response.status == status, "\(token) uploads")
                }
            }
            // Every write names its author: the upload, and each decision.
            try await client.execute(uri: "/api/v1/reports?body=%E5%BC%80%E5%8C%96", method: .get) { response in
                let reports = response.json["reports"] as? [[String: Any]] ?? []
                #expect(reports.count == 1 && reports.first?["ingestedBy"] as? String == "李管", "\(reports)")
            }
            try await client.execute(uri: "/api/v1/reports/\(id)/review", method: .get) { response in
                let record = try JSONDecoder().decode(ReviewRecord.self, from: Data(buffer: response.body))
                #expect(record.history.map(\.author) == ["王审", "李管"])
                #expect(record.findings.first { $0.finding.rule == "late-report" }?.decision?.author == "李管")
            }
            for (body, field) in [(#"{"action": "dismiss", "findingKey": "nope"}"#, "findingKey"), (#"{"action": "state", "text": "done"}"#, "text"),
                                  (#"{"action": "note", "line": 9999, "text": "x"}"#, "line"), (#"{"action": "shout"}"#, "action"), ("[", "body")] {
                try await client.execute(uri: "/api/v1/reports/\(id)/decisions", method: .post,
                                         headers: [.authorization: "Bearer review-token"], body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .badRequest, "\(body)")
                    #expect(response.text.contains(field), "\(body): \(response.text)")
                }
            }
        }
        try await ServerFixture.app(store: store).test(.router) { client in
            try await client.execute(uri: "/api/v1/reports/\(id)/decisions", method: .post, headers: [.authorization: "Bearer review-token"],
                                     body: decision) { #expect($0.status == .forbidden, "a server without users is read-only") }
        }
    }

    @Test("a reviewer signs in, dismisses one finding with a reason and confirms another, sets 退回修改; a reload shows the same; the letter says it")
    func deskReview() async throws {
        let (store, id, finding) = try await Self.store()
        let missing = try #require(try await store.report(id: id)?.report.findings.first { $0.rule != "late-report" })
        try await ServerFixture.app(store: store, users: Self.users, office: "衢州市司法局").test(.router) { client in
            try await client.execute(uri: "/reports/\(id)", method: .get) { response in
                #expect(response.text.contains("登录</a>后可确认") && !response.text.contains("<form class=\"decide\""))
            }
            var cookie = ""
            try await client.execute(uri: "/signin", method: .post, headers: Self.formType,
                                     body: Self.form([("token", "wrong"), ("next", "/reports/\(id)")])) { response in
                #expect(response.status == .unauthorized && response.text.contains("令牌无效"))
            }
            try await client.execute(uri: "/signin", method: .post, headers: Self.formType,
                                     body: Self.form([("token", "review-token"), ("next", "//evil.example/")])) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/")
                let set = response.headers[.setCookie] ?? ""
                #expect(set.contains("HttpOnly") && set.contains("SameSite=Strict"))
                cookie = String(set.prefix { $0 != ";" })
            }
            let signedIn: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
            for fields in [[("action", "dismiss"), ("findingKey", finding.reviewKey), ("text", "邮寄延误，已补交")],
                           [("action", "confirm"), ("findingKey", missing.reviewKey)],
                           [("action", "note"), ("line", "5"), ("text", "请补充复议数据来源")],
                           [("action", "state"), ("text", "returned")]] {
                try await client.execute(uri: "/reports/\(id)/decisions", method: .post, headers: signedIn, body: Self.form(fields)) { response in
                    #expect(response.status == .seeOther, "\(fields)")
                }
            }
            // A signed-in write from another site is refused.
            var foreign = signedIn
            foreign[.origin] = "http://evil.example"
            try await client.execute(uri: "/reports/\(id)/decisions", method: .post, headers: foreign,
                                     body: Self.form([("action", "state"), ("text", "approved")])) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/reports/\(id)", method: .get, headers: [.cookie: cookie]) { response in
                let page = response.text
                #expect(page.contains("王审（审核）"))
                #expect(page.contains("data-state=\"returned\">退回修改"))
                #expect(page.contains("data-decision=\"dismiss\"") && page.contains("不是问题：邮寄延误，已补交"))
                #expect(page.contains("data-decision=\"confirm\""))
                #expect(page.contains("请补充复议数据来源"))
                #expect(page.contains("<form class=\"decide\""))
            }
            try await client.execute(uri: "/reports/\(id)/letter", method: .get) { response in
                let letter = response.text
                #expect(letter.contains("关于常山县人民政府2022年度法治政府建设年度报告的审核意见"))
                #expect(letter.contains("<strong>退回修改</strong>") && letter.contains("缺少法定内容：第一责任人职责"))
                #expect(letter.contains("报告未在规定期限内报送或公开"))
                #expect(letter.contains("第 5 行：请补充复议数据来源") && letter.contains("衢州市司法局"))
                #expect(!letter.contains("邮寄延误"), "a dismissed finding is not in the letter")
                #expect(letter.contains("请按上述意见修改后重新报送"))
            }
            try await client.execute(uri: "/reports/\(id)/letter.md", method: .get) { response in
                #expect(response.headers[.contentType] == "text/markdown; charset=utf-8")
                #expect(response.text.hasPrefix("# 关于常山县人民政府2022年度") && response.text.contains("**退回修改**"))
            }
            try await client.execute(uri: "/signout", method: .post, headers: [.cookie: cookie]) { #expect($0.status == .seeOther) }
            try await client.execute(uri: "/reports/\(id)/decisions", method: .post, headers: signedIn,
                                     body: Self.form([("action", "state"), ("text", "approved")])) { #expect($0.status == .unauthorized) }
        }
    }
}
