import FazhiCore
import FazhiFiles
import FazhiServer
import FazhiStore
import FazhiTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Headless Chromium (Debian's package, installed by `scripts/setup.sh`) opens every page of a
/// server on loopback loaded with the dev corpus, saves a screenshot of each, and the rendered
/// DOM is checked for the data the page must show.
@Suite("Browser: every page in headless Chromium", .serialized)
struct BrowserTests {
    /// One page: its path, and what its rendered DOM must show.
    struct Page: Sendable {
        var name: String
        var path: String
        var check: @Sendable (String) throws -> Void
    }

    static func pages() async throws -> [Page] {
        let gold = try DevCorpus.gold()
        var pages: [Page] = [
            Page(name: "overview", path: "/") { dom in
                #expect(dom.contains("报告总数"))
                #expect(dom.contains("<svg class=\"chart\""))
                #expect(dom.contains("百分比与数量不符"))
            },
            Page(name: "reports", path: "/reports") { dom in
                for entry in gold { #expect(dom.contains(entry.body ?? "—"), "\(entry.file)") }
            },
            Page(name: "search", path: "/reports?q=%E5%A4%8D%E8%AE%AE") { dom in
                #expect(dom.contains("<mark class=\"match\">复议</mark>"))
            },
            Page(name: "compare", path: "/compare?indicators=mediationCases&indicators=legalAdvisers") { dom in
                #expect(dom.contains("<table id=\"comparison\">"))
                // Each checkbox sits inside its label, before the indicator's name.
                #expect(dom.contains("\"><input type=\"checkbox\" name=\"indicators\" value=\"mediationCases\" checked=\"\"> 矛盾纠纷调处化解数</label>"))
                #expect(dom.contains("矛盾纠纷调处化解数"))
                #expect(dom.contains("<svg class=\"chart\""))
            },
            // The desk's script shows the picker's filter box; #filter= opens it filtered.
            Page(name: "compare-filter", path: "/compare#filter=%E5%A4%8D%E8%AE%AE") { dom in
                #expect(dom.contains("<input type=\"search\" class=\"picker-filter\""))
                #expect(!dom.contains("aria-label=\"筛选指标\" hidden"))
                let labels = dom.components(separatedBy: "<label data-search=\"").dropFirst()
                let shown = labels.filter { !$0.prefix { $0 != ">" }.contains("display: none") }
                #expect(labels.count > 50)
                #expect(shown.count < labels.count && !shown.isEmpty)
                #expect(shown.allSatisfy { $0.prefix { $0 != "\"" }.contains("复议") }, "\(shown.map { $0.prefix(30) })")
            },
            Page(name: "empty-filter", path: "/?province=%E8%A5%BF%E8%97%8F") { dom in
                #expect(dom.contains("没有符合筛选条件的报告"))
                #expect(dom.contains("<form class=\"filters\""))
            },
            // The fixture's 开化县 2022 report is in; 衢州市's other counties are listed as missing.
            Page(name: "status", path: "/status?scope=%E8%A1%A2%E5%B7%9E%E5%B8%82&year=2022") { dom in
                #expect(dom.contains("<tr class=\"onTime\"><td>开化县人民政府</td>"))
                #expect(dom.contains("<tr class=\"missing\"><td>柯城区人民政府</td>"))
                #expect(dom.contains("未报 5"))
            },
            Page(name: "upload", path: "/upload") { dom in
                #expect(dom.contains("type=\"file\""))
                #expect(dom.contains("multiple"))
            },
            Page(name: "api", path: "/api") { dom in
                #expect(dom.contains("id=\"op-listReports\""))
                #expect(dom.contains("id=\"schema-ReportSummary\""))
            },
        ]
        for entry in gold {
            let id = try await ServerFixture.id(String(entry.file.prefix(3)))
            pages.append(Page(name: "report-\(entry.file.prefix(3))", path: "/reports/\(id)") { dom in
                #expect(dom.contains(entry.body ?? "—"), "\(entry.file): body in the metadata panel")
                #expect(dom.contains("<details class=\"panel fold\""), "\(entry.file): metadata in a panel that folds")
                #expect(dom.contains("class=\"figure"), "\(entry.file): figures highlighted")
                for finding in entry.knownFindings {
                    let rule = finding.rule == "numbering-gap" ? "numbering" : finding.rule
                    #expect(dom.contains("data-rule=\"\(rule)\""), "\(entry.file): \(rule) shown")
                }
                // The figure table's 原文行 and the text's line numbers agree: each figure sits on the numbered
                // line the table names (or, where the cleaner joined wrapped lines, on the line where its
                // sentence starts, a few lines before).
                let figures = Self.figureLines(dom)
                #expect(!figures.isEmpty, "\(entry.file)")
                #expect(figures.allSatisfy { $0.shown <= $0.table && $0.table - $0.shown <= 3 }, "\(entry.file): \(figures.filter { $0.shown != $0.table })")
                #expect(Double(figures.filter { $0.shown == $0.table }.count) >= 0.9 * Double(figures.count), "\(entry.file)")
                if entry.file.hasPrefix("000") {
                    // The percentage that contradicts its counts is flagged on the line that holds it.
                    let lines = dom.components(separatedBy: "<div class=\"line")
                    let flagged = try #require(lines.first { $0.contains("data-rule=\"percentage-mismatch\"") })
                    #expect(flagged.contains("data-value=\"96.13\""))
                    #expect(flagged.hasPrefix(" flagged"))
                }
            })
        }
        return pages
    }

    /// Each figure the table lists: the line number the table gives, and the number of the text line it sits on.
    static func figureLines(_ dom: String) -> [(table: Int, shown: Int)] {
        var shownLine: [String: Int] = [:], number = 0
        for line in dom.components(separatedBy: "<div class=\"line").dropFirst() {
            if let start = line.range(of: "<span class=\"no\">"), let end = line[start.upperBound...].firstIndex(of: "<"),
               let value = Int(line[start.upperBound..<end]) {
                number = value
            }
            var rest = line[...]
            while let id = rest.range(of: "id=\"F") {
                let anchor = rest[id.upperBound...].prefix { $0 != "\"" }
                shownLine[String(anchor)] = number
                rest = rest[id.upperBound...]
            }
        }
        guard let table = dom.range(of: "数字（") else { return [] }
        var pairs: [(table: Int, shown: Int)] = []
        var rest = dom[table.upperBound...]
        while let link = rest.range(of: "<a href=\"#F") {
            let anchor = String(rest[link.upperBound...].prefix { $0 != "\"" })
            if let line = Int(anchor.prefix { $0 != "-" }), let shown = shownLine[anchor] { pairs.append((line, shown)) }
            rest = rest[link.upperBound...]
        }
        return pairs
    }

    @Test("each page renders with its data, and a screenshot is saved")
    func everyPage() async throws {
        let chromium = try #require(Chromium.executable(), "headless Chromium is needed: run scripts/setup.sh chromium fonts-noto-cjk")
        let screenshots = PackageRoot.url.appendingPathComponent(".build/browser-screenshots")
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        let pages = try await Self.pages()
        try await ServerFixture.app().test(.live) { client in
            let port = try #require(client.port)
            for page in pages {
                let png = screenshots.appendingPathComponent("\(page.name).png")
                try? FileManager.default.removeItem(at: png)
                let dom = try await Chromium.render(chromium, url: "http://127.0.0.1:\(port)\(page.path)", screenshot: png)
                #expect(dom.contains("<html lang=\"zh-CN\">"), "\(page.name): not rendered")
                try page.check(dom)
                let image = try Data(contentsOf: png)
                #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(page.name): screenshot is a PNG")
                #expect(Chromium.pngWidth(image) == 1280, "\(page.name): screenshot at the window's width")
            }
            // A phone: the same pages render at 390 px, with the data they must show.
            for page in pages {
                let png = screenshots.appendingPathComponent("\(page.name)-phone.png")
                try? FileManager.default.removeItem(at: png)
                let dom = try await Chromium.render(chromium, url: "http://127.0.0.1:\(port)\(page.path)", screenshot: png, width: 390)
                try page.check(dom)
                #expect(Chromium.pngWidth(try Data(contentsOf: png)) == 390, "\(page.name): phone screenshot")
                if page.name.hasPrefix("report-") {
                    // The text first: metadata and outline folded away (open on a desktop).
                    #expect(dom.contains("<details class=\"panel fold\"><summary>"), "\(page.name): metadata folded")
                    #expect(!dom.contains("fold\" open"), "\(page.name): nothing left open")
                }
            }
        }
    }
}

extension BrowserTests {
    @Test("a reviewer signs in, dismisses a finding with a reason, confirms another, sets 退回修改, reloads and sees the same")
    func reviewerSession() async throws {
        let chromium = try #require(Chromium.executable(), "headless Chromium is needed: run scripts/setup.sh chromium chromium-driver")
        #expect(FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver"), "chromedriver is needed: scripts/setup.sh chromium-driver")
        let store = try ServerFixture.emptyStore()
        let text = SupervisionFixtures.report(body: "常山县人民政府", year: 2022, signed: "2023年4月15日", firstResponsible: false)
        _ = try await store.ingest([try FileLoader(analyzer: ServerFixture.analyzer).prepare(name: "changshan.txt", bytes: Array(text.utf8)).get()])
        let id = try #require(try await store.reportID(path: "changshan.txt"))
        #expect(try await store.report(id: id)?.report.findings.count ?? 0 >= 2)
        let script = PackageRoot.url.appendingPathComponent("Tests/FazhiServerTests/Browser/review_flow.py").path
        let users = [ServerUser(name: "王审", role: .reviewer, token: "review-token")]
        try await ServerFixture.app(store: store, users: users).test(.live) { client in
            let port = try #require(client.port)
            let run = try await ProcessRun.run(PythonTool.python, [script, "http://127.0.0.1:\(port)", "\(id)", "review-token", chromium])
            #expect(run.status == 0, "\(run.output)")
            let line = run.output.split(separator: "\n").last { $0.hasPrefix("{") } ?? ""
            let result = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            #expect(result["user"] as? String == "王审（审核）", "\(run.output)")
            #expect(result["state"] as? String == "returned")
            let decisions = result["decisions"] as? [Any] ?? []
            #expect(decisions.count >= 2 && decisions[0] as? String == "dismiss" && decisions[1] as? String == "confirm", "\(decisions)")
            #expect(result["reason"] as? Bool == true)
        }
        // What the browser did is in the store, under the reviewer's name.
        let history = try await store.decisions(reportID: id)
        #expect(history.map(\.action) == [.dismiss, .confirm, .state] && history.allSatisfy { $0.author == "王审" })
    }
}

/// Runs Debian's headless Chromium.
enum Chromium {
    /// `FAZHI_CHROMIUM`, else chromium or chromium-browser on PATH.
    static func executable() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let configured = environment["FAZHI_CHROMIUM"] { return configured }
        for directory in (environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Loads a page, saves a screenshot, and returns the rendered DOM.
    static func render(_ executable: String, url: String, screenshot: URL, width: Int = 1280) async throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let outcome = try await ProcessRun.run(executable, [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
            "--user-data-dir=\(profile.path)", "--window-size=\(width),1600", "--screenshot=\(screenshot.path)",
            "--dump-dom", url,
        ], errors: .discarded)
        return outcome.output
    }

    /// The width in a PNG's header.
    static func pngWidth(_ data: Data) -> Int? {
        guard data.count > 24 else { return nil }
        return data[16..<20].reduce(0) { $0 << 8 | Int($1) }
    }
}
