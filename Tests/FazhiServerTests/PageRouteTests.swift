import FazhiCore
import FazhiFiles
import FazhiServer
import FazhiStore
import FazhiTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Pages, in process")
struct PageRouteTests {
    @Test("every page answers with HTML in Chinese", arguments: [
        "/", "/reports", "/reports?q=%E5%A4%8D%E8%AE%AE", "/compare", "/compare?indicators=reconsiderationReceived&by=year",
        "/upload", "/?level=county", "/api",
    ])
    func pages(_ uri: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok, "\(uri)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.text.contains("<html lang=\"zh-CN\">"))
            }
        }
    }

    @Test("the filter bar offers sectors by their Chinese names, and keeps the one chosen")
    func sectorFilter() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/reports?sector=justice", method: .get) { response in
                #expect(response.text.contains("<select name=\"sector\">"))
                #expect(response.text.contains("<option value=\"justice\" selected>司法行政</option>"))
                #expect(response.text.contains("<option value=\"education\">教育</option>"))
            }
        }
    }

    @Test("the overview draws its charts as inline SVG")
    func overview() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.text.contains("<svg class=\"chart\""))
                #expect(response.text.contains("报告总数"))
                // Nothing from elsewhere: the only script and stylesheet are the server's own.
                #expect(!response.text.contains("src=\"http") && !response.text.contains("href=\"http"))
                #expect(response.text.components(separatedBy: "<script src=\"").dropFirst().allSatisfy { $0.hasPrefix("/static/") })
            }
        }
    }

    @Test("a report page shows the percentage finding on the line of its figure")
    func reportPage() async throws {
        let id = try await ServerFixture.id("000")
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/reports/\(id)", method: .get) { response in
                let html = response.text
                let line = try #require(html.components(separatedBy: "<div class=\"line").first {
                    $0.contains("data-rule=\"percentage-mismatch\"")
                })
                #expect(line.contains("data-value=\"96.13\""))
                #expect(html.contains("下载原始文件"))
            }
            try await client.execute(uri: "/reports/\(id)?q=\(APIRouteTests.encode("執法"))", method: .get) { response in
                #expect(response.text.contains("<mark class=\"match\">执法</mark>"), "arriving from a search marks its words")
            }
        }
    }

    @Test("a PDF's page places its figures through pdftotext's text, which the store keeps")
    func pdfReport() async throws {
        let store = try ServerFixture.emptyStore()
        let path = PackageRoot.samples.appendingPathComponent("10-county.pdf").path
        let item = try #require(try FileLoader(analyzer: ServerFixture.analyzer).prepare(path, key: path, known: [:]).get())
        #expect(item.sourceText.map { String(decoding: $0, as: UTF8.self).contains("婺源县") } == true)
        _ = try await store.ingest([item])
        let id = try #require(try await store.reportID(path: path))
        try await ServerFixture.app(store: store).test(.router) { client in
            try await client.execute(uri: "/reports/\(id)", method: .get) { response in
                #expect(response.text.contains("data-value=\"97.31\""), "figures placed on the cleaned text")
                #expect(!response.text.contains("原文位置无法对应"))
            }
        }
    }

    @Test("reports picked on the list are compared side by side")
    func pickedReports() async throws {
        let first = try await ServerFixture.id("000"), second = try await ServerFixture.id("003")
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/reports", method: .get) { response in
                #expect(response.text.contains("name=\"ids\" value=\"\(first)\""))
            }
            try await client.execute(uri: "/compare?ids=\(first)&ids=\(second)&indicators=reconsiderationReceived", method: .get) { response in
                let rows = response.text.components(separatedBy: "<tr>").filter { $0.contains("href=\"/reports/") }
                #expect(rows.count == 2)
                #expect(response.text.contains("已选 2 份报告"))
                #expect(response.text.contains("ids=\(first)%2C\(second)"))
            }
            // A filled cell opens its figure in the report, which carries that id.
            let third = try await ServerFixture.id("002")
            var link: String?
            try await client.execute(uri: "/compare?ids=\(third)&indicators=headsInCourt", method: .get) { response in
                link = response.text.components(separatedBy: "href=\"/reports/\(third)#").dropFirst().first?.prefix { $0 != "\"" }.description
                #expect(!response.text.contains("<svg class=\"chart\""), "one value is no chart")
            }
            let anchor = try #require(link)
            #expect(anchor.hasPrefix("F"))
            try await client.execute(uri: "/reports/\(third)", method: .get) { response in
                #expect(response.text.contains("id=\"\(anchor)\""))
            }
            try await client.execute(uri: "/compare?ids=x&indicators=reconsiderationReceived", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test("compare by year: a column per year, the change, and a line over time")
    func compareOverTime() async throws {
        let store = try ServerFixture.emptyStore()
        let later = Fixtures.countyReport.replacingOccurrences(of: "2023", with: "2024").replacingOccurrences(of: "2022", with: "2023")
            .replacingOccurrences(of: "32项", with: "40项")
        let loader = FileLoader(analyzer: ServerFixture.analyzer)
        _ = try await store.ingest([try loader.prepare(name: "2022.txt", bytes: Array(Fixtures.countyReport.utf8)).get(),
                              try loader.prepare(name: "2023.txt", bytes: Array(later.utf8)).get()])
        try await ServerFixture.app(store: store).test(.router) { client in
            try await client.execute(uri: "/compare?indicators=caseFilePassRate&by=year", method: .get) { response in
                #expect(response.text.contains("<td class=\"num\">0个百分点</td>"), "a rate's change is in percentage points")
            }
            try await client.execute(uri: "/compare?indicators=pledgeItems&by=year", method: .get) { response in
                let text = response.text
                #expect(text.contains("<h2>历年变化</h2>"))
                #expect(text.contains("<th class=\"num\">2022</th><th class=\"num\">2023</th><th class=\"num\">变化</th>"))
                #expect(text.contains("<td class=\"num\">+8项</td>"))
                #expect(text.contains("<polyline"))
            }
            try await client.execute(uri: "/compare?indicators=pledgeItems", method: .get) { response in
                #expect(!response.text.contains("历年变化"))
            }
        }
    }

    @Test("the list sorts by its column heads, keeping the filters; an unknown order is refused")
    func sortedList() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/reports?sort=errors&level=county", method: .get) { response in
                #expect(response.text.contains("<th class=\"num\" aria-sort=\"descending\"><a href=\"/reports?level=county&sort=errors\">问题 ▾</a></th>"))
            }
            try await client.execute(uri: "/reports?sort=name", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/v1/reports?sort=year", method: .get) { response in
                let years = (response.json["reports"] as? [[String: Any]] ?? []).compactMap { $0["year"] as? Int }
                #expect(!years.isEmpty && years == years.sorted(by: >))
            }
        }
    }

    @Test("a searched term that runs into a highlighted figure stays marked on both sides")
    func termIntoFigure() async throws {
        let store = try ServerFixture.emptyStore()
        _ = try await store.ingest([try FileLoader(analyzer: ServerFixture.analyzer)
            .prepare(name: "county.txt", bytes: Array(Fixtures.countyReport.utf8)).get()])
        let id = try #require(try await store.reportID(path: "county.txt"))
        try await ServerFixture.app(store: store).test(.router) { client in
            try await client.execute(uri: "/reports/\(id)?q=\(APIRouteTests.encode("事项32"))", method: .get) { response in
                let text = response.text
                #expect(text.contains("<mark class=\"match\">事项</mark><span class=\"figure"))
                #expect(text.contains("\"><mark class=\"match\">32</mark>项<span class=\"tip\">"))
            }
        }
    }

    @Test("error pages speak Chinese; the API keeps its messages for programs")
    func chineseErrors() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/upload", method: .post) { response in
                #expect(response.status == .forbidden)
                #expect(response.text.contains("此服务器为只读"))
            }
            try await client.execute(uri: "/reports/99999", method: .get) { response in
                #expect(response.text.contains("没有编号为 99999 的报告"))
            }
            try await client.execute(uri: "/api/v1/reports", method: .post) { response in
                #expect(response.text.contains("read-only"))
            }
        }
    }

    @Test("a filter that matches nothing keeps the form and says so; only an empty database asks for uploads")
    func emptyFilter() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/?province=\(APIRouteTests.encode("西藏"))", method: .get) { response in
                #expect(response.text.contains("没有符合筛选条件的报告"))
                #expect(response.text.contains("<form class=\"filters\""))
                #expect(!response.text.contains("还没有报告"))
            }
        }
        try await ServerFixture.app(store: try ServerFixture.emptyStore()).test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.text.contains("还没有报告"))
            }
        }
    }

    @Test("a finding about the whole report (a missing part) stands above the text, not on its first line")
    func wholeDocumentFindings() async throws {
        let store = try ServerFixture.emptyStore()
        let text = Fixtures.countyReport.replacingOccurrences(of: "三、存在的不足和原因\n", with: "")
        _ = try await store.ingest([try FileLoader(analyzer: ServerFixture.analyzer).prepare(name: "part.txt", bytes: Array(text.utf8)).get()])
        let id = try #require(try await store.reportID(path: "part.txt"))
        try await ServerFixture.app(store: store).test(.router) { client in
            try await client.execute(uri: "/reports/\(id)", method: .get) { response in
                let afterPanel = try #require(response.text.components(separatedBy: "<h2>全文问题</h2>").dropFirst().first)
                let panel = try #require(afterPanel.components(separatedBy: "<div class=\"text\"").first)
                #expect(panel.contains("data-rule=\"missing-part\""))
                #expect(!response.text.contains("<div class=\"line flagged\" id=\"L1\""))
            }
        }
    }

    @Test("compare's indicator picker is grouped by task area; a run-on heading paragraph is bold only in its heading")
    func pickerAndHeadings() async throws {
        let store = try ServerFixture.emptyStore()
        let text = Fixtures.countyReport.replacingOccurrences(of: "（二）严格规范公正文明执法\n", with: "（二）严格规范公正文明执法。")
        _ = try await store.ingest([try FileLoader(analyzer: ServerFixture.analyzer).prepare(name: "runon.txt", bytes: Array(text.utf8)).get()])
        let id = try #require(try await store.reportID(path: "runon.txt"))
        try await ServerFixture.app(store: store).test(.router) { client in
            try await client.execute(uri: "/compare", method: .get) { response in
                #expect(response.text.contains("<fieldset><legend>行政执法</legend>"))
                #expect(response.text.components(separatedBy: "<fieldset>").count - 1 == TaskAreaClassifier.areas.count)
            }
            try await client.execute(uri: "/reports/\(id)", method: .get) { response in
                #expect(response.text.contains("<strong class=\"heading-title\">（二）严格规范公正文明执法。</strong>组织执法人员培训"))
            }
        }
    }

    @Test("compare's form offers the figures' status and scope; the choice reaches the cells and the CSV link")
    func compareStatusAndScope() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/compare?indicators=reconsiderationReceived", method: .get) { response in
                #expect(response.text.contains("<select name=\"status\"><option value=\"\">本年成果（默认）</option>"))
                #expect(response.text.contains("<option value=\"target\">目标</option>"))
                #expect(response.text.contains("<select name=\"scope\"><option value=\"\">本级（默认）</option>"))
                #expect(!response.text.contains("status=") && !response.text.contains("scope="))
            }
            try await client.execute(uri: "/compare?indicators=reconsiderationReceived&status=target,baseline&scope=all", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<option value=\"all\" selected>全部</option>"))
                #expect(response.text.contains("status=target%2Cbaseline&scope=all&format=csv"))
            }
            try await client.execute(uri: "/compare?indicators=reconsiderationReceived&status=planned", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test("search results mark the matches; bad input is an error page")
    func search() async throws {
        try await ServerFixture.app().test(.router) { client in
            let total = try await ServerFixture.store.searchCount(SearchQuery("复议"), filter: ReportFilter(kinds: ReportFilter.annualReports))
            try await client.execute(uri: "/reports?q=\(APIRouteTests.encode("复议"))", method: .get) { response in
                #expect(response.text.contains("<mark class=\"match\">复议</mark>"))
                #expect(total > 0 && response.text.contains("“复议”：共 \(total) 份报告"))
            }
            for uri in ["/reports?q=%EF%BC%8C", "/reports?year=abc", "/reports/abc"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    #expect(response.text.contains("出错了"))
                }
            }
            try await client.execute(uri: "/reports/99999", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
