import FazhiCore
import FazhiFiles
@testable import FazhiServer
import FazhiStore
import FazhiTesting
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The desk and API against a hostile page or client: no script runs, nothing is framed or sniffed, an uploaded file
/// is never a page, a spreadsheet never runs a cell, a rebound host name is refused, half-sent requests are dropped.
@Suite("security: headers, Host, CSV cells, idle connections")
struct SecurityTests {
    /// Sends raw bytes to the server on loopback and reads until it closes or `seconds` pass, on a thread of its own:
    /// a blocked thread of Swift's pool or of Dispatch's (two on this machine, which the server's store work uses)
    /// would starve the live server in the same process. A reply comes in milliseconds; the default wait only bounds a
    /// hung server, and is long because the whole suite runs at once on two cores (5 s once cut off a reply).
    static func raw(_ request: String, port: Int, wait seconds: Double = 30) async -> (reply: String, closed: Bool) {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: exchange(request, port: port, wait: seconds)) }.start()
        }
    }

    private static func exchange(_ request: String, port: Int, wait seconds: Double) -> (reply: String, closed: Bool) {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return ("no socket", false) }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return ("no connection", false) }
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
        var timeout = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - Double(Int(seconds))) * 1_000_000))
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var reply: [UInt8] = [], buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count == 0 { return (String(decoding: reply, as: UTF8.self), true) }
            if count < 0 { return (String(decoding: reply, as: UTF8.self), false) }
            reply += buffer[0..<count]
        }
    }

    @Test("every page and API response carries a strict policy; an original is sandboxed")
    func headers() async throws {
        let id = try await ServerFixture.id("000")
        try await ServerFixture.app().test(.router) { client in
            for uri in ["/", "/reports", "/reports/\(id)", "/compare", "/upload", "/api", "/api/v1/stats", "/nope"] {
                try await client.execute(uri: uri, method: .get) { response in
                    // Script only from the server's own file: never inline, never from elsewhere.
                    #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self';") == true, "\(uri)")
                    let scripts = response.text.components(separatedBy: "<script").dropFirst()
                    #expect(scripts.allSatisfy { $0.hasPrefix(" src=\"/static/desk.js\" defer></script>") }, "\(uri)")
                    #expect(response.text.range(of: #"\son[a-z]+=""#, options: .regularExpression) == nil, "\(uri): an inline handler")
                    #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true, "\(uri)")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                    #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY", "\(uri)")
                    #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin", "\(uri)")
                }
            }
            try await client.execute(uri: "/reports/\(id)/original", method: .get) { response in
                #expect(response.headers[.contentSecurityPolicy] == "sandbox; default-src 'none'")
                #expect(response.headers[.contentDisposition]?.hasPrefix("attachment") == true)
            }
        }
    }

    @Test("a loopback server answers loopback names only: a rebound host name is refused")
    func hostCheck() async throws {
        try await ServerFixture.app().test(.live) { client in
            let port = try #require(client.port)
            let foreign = await Self.raw("GET /api/v1/stats HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n", port: port)
            #expect(foreign.reply.hasPrefix("HTTP/1.1 421"), "\(foreign.reply.prefix(80))")
            #expect(!foreign.reply.contains("reports\""))
            for host in ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"] {
                let own = await Self.raw("GET /api/v1/stats HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n", port: port)
                #expect(own.reply.hasPrefix("HTTP/1.1 200"), "\(host): \(own.reply.prefix(80))")
            }
        }
    }

    @Test("--allowed-host adds a deployment's name to the loopback names; others are still refused")
    func allowedHost() async throws {
        try await ServerFixture.app(allowedHosts: ["fazhi.example.gov.cn"]).test(.live) { client in
            let port = try #require(client.port)
            for (host, status) in [("fazhi.example.gov.cn", "200"), ("FAZHI.example.gov.cn:\(port)", "200"), ("127.0.0.1", "200"),
                                   ("attacker.example", "421")] {
                let reply = await Self.raw("GET /api/v1/stats HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n", port: port).reply
                #expect(reply.hasPrefix("HTTP/1.1 \(status)"), "\(host): \(reply.prefix(60))")
            }
        }
    }

    @Test("a 401 says how to authenticate; a very long upload name is cut, keeping its extension")
    func unauthorizedAndLongNames() async throws {
        let store = try ServerFixture.emptyStore()
        try await ServerFixture.app(token: "t", store: store).test(.router) { client in
            try await client.execute(uri: "/api/v1/reports?name=a.txt", method: .post, body: ByteBuffer(bytes: Array(Fixtures.countyReport.utf8))) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"fazhi\"")
            }
            let name = String(repeating: "很长的文件名", count: 40_000) + ".txt"
            try await client.execute(uri: "/api/v1/reports?name=\(name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)",
                                     method: .post, headers: [.authorization: "Bearer t"],
                                     body: ByteBuffer(bytes: Array(Fixtures.countyReport.utf8))) { response in
                let results = response.json["results"] as? [[String: Any]] ?? []
                let stored = results.first?["name"] as? String ?? ""
                #expect(stored.count <= 120 && stored.hasSuffix("….txt"), "\(stored.prefix(20))")
            }
        }
    }

    @Test("a long report is paged: each page shows its own lines, figures and outline links; memory per view is one page's")
    func longReportPaged() async throws {
        let store = try ServerFixture.emptyStore()
        var lines = Fixtures.countyReport.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let paragraphs = (1...4_000).map { "第\($0)项工作：全年办理行政复议案件\($0)件，组织专题培训\($0 % 9 + 1)期。" }
        lines.insert(contentsOf: paragraphs, at: 8)
        let original = lines.joined(separator: "\n")
        let item = try FileLoader(analyzer: ServerFixture.analyzer).prepare(name: "long.txt", bytes: Array(original.utf8)).get()
        _ = try await store.ingest([item])
        let id = try #require(try await store.reportID(path: "long.txt"))
        let pages = try #require(try await store.reportPage(id: id, page: 0, charactersPerPage: ReportPage.charactersPerPage)).pages
        #expect(pages.count >= 2)
        let last = pages.count - 1
        let numbers = Dictionary(["第1项工作", "第4000项工作", "四、"].map { start in
            (start, lines.firstIndex { $0.hasPrefix(start) }! + 1)
        }, uniquingKeysWith: { first, _ in first })
        try await ServerFixture.app(store: store).test(.router) { client in
            try await client.execute(uri: "/reports/\(id)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("第 1 / \(pages.count) 页"))
                #expect(response.text.contains("id=\"L\(numbers["第1项工作"]!)\""))
                #expect(!response.text.contains("第4000项工作"))
                // The last part's heading is on the last page: the outline links there.
                #expect(response.text.contains("href=\"/reports/\(id)?page=\(last)#L\(numbers["四、"]!)\""))
                #expect(response.body.readableBytes < 3_000_000, "one page, though two figures every 30 characters make it dense")
            }
            try await client.execute(uri: "/reports/\(id)?page=\(last)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("id=\"L\(numbers["第4000项工作"]!)\""))
                #expect(!response.text.contains(">第1项工作"))
                #expect(response.text.contains("本页数字（") && response.text.contains("全文 \(item.report.quantities.count)）"))
                #expect(response.text.contains("rel=\"prev\"") && !response.text.contains("rel=\"next\""))
            }
            try await client.execute(uri: "/reports/\(id)?page=\(pages.count)", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/reports/\(id)?page=-1", method: .get) { #expect($0.status == .badRequest) }
            // Many readers at once: each answered, whole-report loads taken a few at a time.
            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for page in 0..<8 {
                    group.addTask { try await client.execute(uri: "/reports/\(id)?page=\(page % pages.count)", method: .get) { $0.status } }
                }
                for try await status in group { #expect(status == .ok) }
            }
        }
    }

    @Test("a request sent halfway and left is dropped when the connection goes idle")
    func halfSentRequest() async throws {
        try await ServerFixture.app(idleTimeoutSeconds: 1).test(.live) { client in
            let port = try #require(client.port)
            let started = Date()
            let half = await Self.raw("GET /api/v1/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", port: port, wait: 10)
            #expect(half.closed)
            #expect(Date().timeIntervalSince(started) < 8)
        }
    }

    @Test("a text cell a spreadsheet would run as a formula is written as text; numbers stay numbers")
    func csvCells() {
        #expect(CSV.line(["=HYPERLINK(\"http://x\",\"点击\")县人民政府", "+1", "-3.5", "@SUM(A1)", "\tx", "开化县", "-"])
            == "\"'=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")县人民政府\",+1,-3.5,'@SUM(A1),'\tx,开化县,'-\r\n")
        // A line break of either kind, a lone CR, a comma or a quote anywhere puts the field in quotes.
        #expect(CSV.line(["上\r\n下", "上\n下", "上\r下", "甲，乙,丙", "“引”\"号\"", "平常"])
            == "\"上\r\n下\",\"上\n下\",\"上\r下\",\"甲，乙,丙\",\"“引”\"\"号\"\"\",平常\r\n")
    }
}
