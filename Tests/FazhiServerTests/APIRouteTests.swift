import FazhiCore
import FazhiFiles
import FazhiServer
import FazhiStore
import FazhiTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("REST API, in process")
struct APIRouteTests {
    @Test("GET /api/v1/reports: a page of summaries with total, limit and offset")
    func list() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/api/v1/reports?limit=2&offset=1", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let json = response.json
                #expect(json["total"] as? Int == 6)
                #expect(json["limit"] as? Int == 2 && json["offset"] as? Int == 1)
                #expect((json["reports"] as? [Any])?.count == 2)
            }
            try await client.execute(uri: "/api/v1/reports?level=county&province=%E5%B9%BF%E4%B8%9C", method: .get) { response in
                let reports = response.json["reports"] as? [[String: Any]] ?? []
                #expect(!reports.isEmpty && reports.allSatisfy { $0["province"] as? String == "广东省" && $0["level"] as? String == "county" })
            }
        }
    }

    @Test("where files lie on the server is never sent: reports are named as they were ingested")
    func noServerPaths() async throws {
        let store = try ServerFixture.emptyStore()
        var item = try FileLoader(analyzer: ServerFixture.analyzer).prepare(name: "开化.txt", bytes: Array(Fixtures.countyReport.utf8)).get()
        item.path = "/srv/secret/报告/开化.txt"
        item.name = "报告/开化.txt"
        _ = try await store.ingest([item])
        let id = try #require(try await store.reportID(path: item.path))
        try await ServerFixture.app(store: store).test(.router) { client in
            for uri in ["/api/v1/reports", "/api/v1/reports/\(id)", "/api/v1/search?q=%E6%89%A7%E6%B3%95",
                        "/api/v1/compare?indicators=enforcementTraining&format=csv", "/reports", "/reports/\(id)"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(!response.text.contains("/srv/secret"), "\(uri)")
                }
            }
            try await client.execute(uri: "/api/v1/reports", method: .get) { response in
                let reports = response.json["reports"] as? [[String: Any]] ?? []
                #expect(reports.count == 1 && reports[0]["path"] == nil && reports[0]["name"] as? String == "报告/开化.txt")
            }
            try await client.execute(uri: "/api/v1/reports/\(id)/original", method: .get) { response in
                #expect(response.headers[.contentDisposition]?.contains("srv") == false)
            }
        }
    }

    @Test("bad parameters are 400 with a JSON code and message", arguments: [
        "/api/v1/reports?limit=0", "/api/v1/reports?level=city", "/api/v1/reports?year=20x2",
        "/api/v1/reports?missingPart=preface", "/api/v1/reports?year=0", "/api/v1/search", "/api/v1/search?q=%EF%BC%8C%E3%80%82",
        "/api/v1/compare", "/api/v1/compare?indicators=noSuchIndicator", "/api/v1/compare?indicators=reconsiderationReceived&format=xml",
        "/api/v1/compare?indicators=reconsiderationReceived&by=month", "/api/v1/reports/abc", "/api/v1/reports?level=",
        "/api/v1/stats?kind=%20",
    ])
    func badParameters(_ uri: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest, "\(uri)")
                #expect(response.errorCode == "invalid_parameter", "\(uri): \(response.text)")
                #expect(((response.json["error"] as? [String: Any])?["message"] as? String)?.isEmpty == false)
            }
        }
    }

    @Test("unknown reports and routes are 404 JSON")
    func notFound() async throws {
        try await ServerFixture.app().test(.router) { client in
            for uri in ["/api/v1/reports/99999", "/api/v1/reports/99999/original", "/api/v1/nothing-here"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(response.errorCode == "not_found", "\(uri): \(response.text)")
                }
            }
        }
    }

    @Test("GET /api/v1/reports/{id}: summary, analysis and text; the original downloads byte for byte")
    func oneReport() async throws {
        let id = try await ServerFixture.id("000")
        let entry = try DevCorpus.gold().first { $0.file.hasPrefix("000") }!
        let original = try DevCorpus.bytes(entry.file)
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/api/v1/reports/\(id)", method: .get) { response in
                #expect(response.status == .ok)
                let json = response.json
                #expect((json["summary"] as? [String: Any])?["body"] as? String == entry.body)
                #expect(((json["report"] as? [String: Any])?["quantities"] as? [Any])?.isEmpty == false)
                #expect((json["text"] as? String)?.isEmpty == false)
            }
            try await client.execute(uri: "/api/v1/reports/\(id)/original", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Array(buffer: response.body) == original)
                #expect(response.headers[.contentDisposition]?.contains("attachment") == true)
            }
        }
    }

    @Test("GET /api/v1/search: a traditional query finds what the simplified one finds, with snippets")
    func search() async throws {
        try await ServerFixture.app().test(.router) { client in
            var simplified: [Int] = []
            try await client.execute(uri: "/api/v1/search?q=\(Self.encode("复议"))&limit=50", method: .get) { response in
                #expect(response.status == .ok)
                let hits = response.json["hits"] as? [[String: Any]] ?? []
                simplified = hits.compactMap { ($0["report"] as? [String: Any])?["id"] as? Int }
                #expect(!hits.isEmpty && hits.allSatisfy { ($0["snippets"] as? [Any])?.isEmpty == false })
            }
            try await client.execute(uri: "/api/v1/search?q=\(Self.encode("復議"))&limit=50", method: .get) { response in
                let hits = response.json["hits"] as? [[String: Any]] ?? []
                #expect(hits.compactMap { ($0["report"] as? [String: Any])?["id"] as? Int } == simplified)
            }
            try await client.execute(uri: "/api/v1/search?q=\(Self.encode("复议"))&limit=1", method: .get) { response in
                #expect((response.json["hits"] as? [Any])?.count == 1)
                #expect(response.json["total"] as? Int == simplified.count)
            }
        }
    }

    @Test("GET /api/v1/compare: JSON cells and a CSV download")
    func compare() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/api/v1/compare?indicators=reconsiderationReceived,legalAdviserCoverage", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.json["indicators"] as? [String] == ["reconsiderationReceived", "legalAdviserCoverage"])
                #expect((response.json["rows"] as? [Any])?.count == 6)
            }
            try await client.execute(uri: "/api/v1/compare?indicators=reconsiderationReceived&status=target,baseline&scope=all",
                                     method: .get) { response in
                #expect(response.status == .ok)
                let cells = ((response.json["rows"] as? [[String: Any]]) ?? []).flatMap { ($0["cells"] as? [Any] ?? []).compactMap { $0 as? [String: Any] } }
                #expect(cells.allSatisfy { ["target", "baseline"].contains($0["status"] as? String ?? "") })
            }
            try await client.execute(uri: "/api/v1/compare?indicators=reconsiderationReceived&status=planned", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("unknown status planned"))
            }
            try await client.execute(uri: "/api/v1/compare?indicators=reconsiderationReceived&format=csv", method: .get) { response in
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(response.text.hasPrefix("\u{FEFF}编号,文件,报告主体,省份,地市,地区,层级,年度,行政复议案件受理数（reconsiderationReceived）,"))
            }
        }
    }

    @Test("GET /api/v1/stats and /api/v1/indicators")
    func statsAndIndicators() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/api/v1/stats?level=county", method: .get) { response in
                let county = try await ServerFixture.store.count(ReportFilter(level: .county))
                #expect(response.json["reports"] as? Int == county)
            }
            try await client.execute(uri: "/api/v1/indicators", method: .get) { response in
                let list = (try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]]) ?? []
                #expect(list.count == ServerFixture.resources.indicators.indicators.count)
            }
        }
    }

    @Test("a method the document does not declare is 405 with Allow; OPTIONS lists the methods")
    func methods() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/api/v1/stats", method: .delete) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.errorCode == "method_not_allowed")
                #expect(response.headers[.allow] == "GET, HEAD, OPTIONS")
            }
            try await client.execute(uri: "/api/v1/reports/7", method: .put) { response in
                #expect(response.status == .methodNotAllowed)
            }
            try await client.execute(uri: "/api/v1/reports", method: .options) { response in
                #expect(response.status == .noContent)
                #expect(response.headers[.allow] == "GET, POST, HEAD, OPTIONS")
            }
            try await client.execute(uri: "/api/v1/stats", method: .head) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("the OpenAPI document describes every API route the server has")
    func openAPI() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/api/openapi.yaml", method: .get) { response in
                #expect(response.status == .ok)
                let document = response.text
                #expect(document.hasPrefix("openapi: 3.1.0"))
                for path in ["/api/v1/reports:", "/api/v1/reports/{id}:", "/api/v1/reports/{id}/original:", "/api/v1/search:",
                             "/api/v1/compare:", "/api/v1/stats:", "/api/v1/indicators:"] {
                    #expect(document.contains("\n  \(path)\n"), "\(path)")
                }
            }
        }
    }

    @Test("the API page renders the whole OpenAPI document as HTML: operations, parameters with their values, responses, schemas")
    func apiPage() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/api", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                let page = response.text
                for operation in ["listReports", "uploadReports"] { #expect(page.contains("id=\"op-\(operation)\""), "\(operation)") }
                #expect(page.contains("<span class=\"badge\">POST</span> <code>/api/v1/reports</code>"))
                // A parameter's schema reached through $ref, with its values; a response through $ref; a schema's fields.
                #expect(page.contains("<code>level</code>") && page.contains("<code>county</code>"))
                #expect(page.contains("<code>sort</code>") && page.contains("默认 <code>division</code>"))
                #expect(page.contains("<a href=\"#schema-ReportSummary\">ReportSummary</a>"))
                #expect(page.contains("id=\"schema-ReportSummary\"") && page.contains("<code>regionCode</code>"))
                #expect(page.contains("需要令牌"))
                #expect(!page.contains("$ref"))
            }
        }
    }

    @Test("the OpenAPI document is valid OpenAPI 3.1 (openapi-spec-validator)")
    func openAPIValid() async throws {
        let file = try CommandRunner.temporaryDirectory().appendingPathComponent("openapi.yaml")
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/api/openapi.yaml", method: .get) { response in
                try Data(buffer: response.body).write(to: file)
            }
        }
        let outcome = try await ProcessRun.run("/usr/bin/env", [PythonTool.python, "-c", """
            import sys
            from openapi_spec_validator import validate
            from openapi_spec_validator.readers import read_from_filename
            document, _ = read_from_filename(sys.argv[1])
            validate(document)
            """, file.path])
        #expect(outcome.status == 0, "\(outcome.output)")
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
    }
}

@Suite("Uploads: token, limits, results")
struct UploadTests {
    static let report = Array(Fixtures.countyReport.utf8)

    @Test("without a token the server is read-only: 403")
    func readOnly() async throws {
        try await ServerFixture.app(token: nil).test(.router) { client in
            try await client.execute(uri: "/api/v1/reports?name=a.txt", method: .post, headers: [.authorization: "Bearer x"],
                                     body: ByteBuffer(bytes: Self.report)) { response in
                #expect(response.status == .forbidden)
                #expect(response.errorCode == "read_only")
            }
            try await client.execute(uri: "/upload", method: .get) { response in
                #expect(response.text.contains("只读模式"))
            }
        }
    }

    @Test("a missing or wrong token is 401; the right one stores the file")
    func token() async throws {
        let store = try ServerFixture.emptyStore()
        try await ServerFixture.app(token: "s3cret", store: store).test(.router) { client in
            for headers: HTTPFields in [[:], [.authorization: "Bearer wrong"], [.authorization: "s3cret"]] {
                try await client.execute(uri: "/api/v1/reports?name=a.txt", method: .post, headers: headers,
                                         body: ByteBuffer(bytes: Self.report)) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.errorCode == "unauthorized")
                }
            }
            try await client.execute(uri: "/api/v1/reports?name=a.txt", method: .post, headers: [.authorization: "Bearer s3cret"],
                                     body: ByteBuffer(bytes: Self.report)) { response in
                #expect(response.status == .ok)
                let results = response.json["results"] as? [[String: Any]] ?? []
                #expect(results.first?["status"] as? String == "added")
            }
        }
        #expect(try await store.count(ReportFilter()) == 1)
    }

    @Test("multipart uploads: each file's result, a bad one reported with 207")
    func multipart() async throws {
        let store = try ServerFixture.emptyStore()
        let (body, contentType) = ServerFixture.multipart(files: [
            ("开化县报告.txt", Self.report), ("broken.docx", Array("PK\u{3}\u{4}broken".utf8)), ("again.txt", Self.report),
        ])
        try await ServerFixture.app(token: "t", store: store).test(.router) { client in
            try await client.execute(uri: "/api/v1/reports", method: .post,
                                     headers: [.authorization: "Bearer t", .contentType: contentType], body: body) { response in
                #expect(response.status.code == 207)
                let results = response.json["results"] as? [[String: Any]] ?? []
                #expect(results.map { $0["name"] as? String } == ["开化县报告.txt", "broken.docx", "again.txt"])
                #expect(results.map { $0["status"] as? String } == ["added", "failed", "duplicate"])
                #expect((results[1]["error"] as? String)?.isEmpty == false)
            }
        }
    }

    @Test("limits: too large is 413, too many files is 413, no file is 400")
    func limits() async throws {
        try await ServerFixture.app(token: "t", maximumUploadBytes: 4096, maximumUploadFiles: 2, store: try ServerFixture.emptyStore())
            .test(.router) { client in
                try await client.execute(uri: "/api/v1/reports?name=big.txt", method: .post, headers: [.authorization: "Bearer t"],
                                         body: ByteBuffer(bytes: Array(repeating: 0x41, count: 10_000))) { response in
                    #expect(response.status == .contentTooLarge)
                    #expect(response.errorCode == "too_large")
                }
                let (body, contentType) = ServerFixture.multipart(files: [("a.txt", [0x41]), ("b.txt", [0x42]), ("c.txt", [0x43])])
                try await client.execute(uri: "/api/v1/reports", method: .post,
                                         headers: [.authorization: "Bearer t", .contentType: contentType], body: body) { response in
                    #expect(response.status == .contentTooLarge)
                    #expect(response.errorCode == "too_many_files")
                }
                try await client.execute(uri: "/api/v1/reports", method: .post, headers: [.authorization: "Bearer t"]) { response in
                    #expect(response.status == .badRequest)
                    #expect(response.errorCode == "no_files")
                }
                // An empty or overlong boundary (the fuzzer's find: an empty one stopped the server) is a 400.
                for boundary in ["\"\"", String(repeating: "b", count: 71)] {
                    try await client.execute(uri: "/api/v1/reports", method: .post,
                                             headers: [.authorization: "Bearer t", .contentType: "multipart/form-data; boundary=\(boundary)"],
                                             body: ByteBuffer(string: "--\r\n\r\nx\r\n----\r\n")) { response in
                        #expect(response.status == .badRequest)
                        #expect(response.errorCode == "bad_upload")
                    }
                }
                // A header name in Chinese (MultipartKit trapped on bytes above 127) is read; an unclosed part is a 400.
                let headers: HTTPFields = [.authorization: "Bearer t", .contentType: "multipart/form-data; boundary=b7"]
                let chinese = "--b7\r\n名称: 值\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\n"
                    + "开化县2023年法治政府建设年度报告\r\n--b7--\r\n"
                try await client.execute(uri: "/api/v1/reports", method: .post, headers: headers, body: ByteBuffer(string: chinese)) { response in
                    #expect(response.status == .ok || response.status.code == 207)
                    #expect((response.json["results"] as? [[String: Any]])?.first?["name"] as? String == "a.txt")
                }
                try await client.execute(uri: "/api/v1/reports", method: .post, headers: headers,
                                         body: ByteBuffer(string: "--b7\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nABC")) { response in
                    #expect(response.status == .badRequest && response.errorCode == "bad_upload")
                }
            }
    }

    @Test("the upload page takes the token as a form field and shows each result")
    func uploadPage() async throws {
        let store = try ServerFixture.emptyStore()
        try await ServerFixture.app(token: "t", store: store).test(.router) { client in
            let (wrong, contentType) = ServerFixture.multipart(files: [("a.txt", Self.report)], fields: ["token": "nope"])
            try await client.execute(uri: "/upload", method: .post, headers: [.contentType: contentType], body: wrong) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            }
            let (right, _) = ServerFixture.multipart(files: [("a.txt", Self.report), ("empty.txt", [])], fields: ["token": "t"])
            try await client.execute(uri: "/upload", method: .post, headers: [.contentType: contentType], body: right) { response in
                #expect(response.text.contains("data-status=\"added\""))
                #expect(response.text.contains("文件是空的"), "a file's failure is told in Chinese on the desk")
                #expect(!response.text.contains("the file is empty"))
            }
        }
        #expect(try await store.count(ReportFilter()) == 1)
    }
}
