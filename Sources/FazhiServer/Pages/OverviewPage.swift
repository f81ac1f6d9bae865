import FazhiCore
import FazhiStore
import Foundation

/// `/`: the corpus at a glance — counts, parts, lateness and the most frequent findings, with charts.
enum OverviewPage {
    static func render(_ stats: CorpusStatistics, parameters: QueryParameters, sectors: [Sector]) -> String {
        let form = "<form class=\"filters\" method=\"get\" action=\"/\">\(FilterForm.fields(parameters, search: false, sectors: sectors))<button>筛选</button></form>"
        guard stats.reports > 0 else {
            // A filter that matches nothing keeps the form, so it can be changed; only an empty database asks for reports.
            let filtered = parameters.filterPairs.contains { $0.1 != nil }
            return Layout.page(title: "概览", active: .overview, body: filtered
                ? "<h1>法治政府建设年度报告概览</h1>\(form)<p>没有符合筛选条件的报告。<a href=\"/\">清除筛选</a></p>"
                : """
                <h1>概览</h1><p>数据库中还没有报告。请先<a href="/upload">上传报告</a>，或在命令行运行 <code>fazhi ingest 文件夹</code>。</p>
                """)
        }
        let total = Double(stats.reports)
        func share(_ count: Int) -> String { String(format: "%.1f%%", Double(count) * 100 / total) }
        func chart(_ counts: [CorpusStatistics.Count], title: String, limit: Int = 15, name: (String) -> String = { $0 }) -> String {
            SVGChart.bars(counts.prefix(limit).map { (name($0.key), Double($0.reports), "\($0.reports)") }, title: title)
        }
        let filtered = HTML.query(parameters.filterPairs)
        let errors = stats.findings.filter { $0.severity == "error" }
        var body = "<h1>法治政府建设年度报告概览</h1>"
        body += form
        body += "<div class=\"cards\">"
        body += card("报告总数", "\(stats.reports)", link: "/reports\(filtered)")
        body += card("逾期报告", "\(stats.late)", detail: share(stats.late), link: "/reports" + HTML.query(parameters.filterPairs + [("finding", "late-report")]))
        for part in stats.parts.prefix(4) {
            let name = MandatedPart(rawValue: part.key)?.chineseName ?? part.key
            body += card("含“\(name)”", share(part.reports), detail: "\(part.reports) 份")
        }
        body += "</div>"
        body += "<div class=\"grid2\">"
        body += panel("按省份", chart(stats.byProvince, title: "各省份报告数"))
        body += panel("按年度", chart(stats.byYear.sorted { $0.key > $1.key }, title: "各年度报告数"))
        body += panel("按层级", chart(stats.byLevel, title: "各层级报告数") { RegionLevel(rawValue: $0)?.chineseName ?? $0 })
        body += panel("法定部分齐全情况", SVGChart.bars(stats.parts.map {
            (MandatedPart(rawValue: $0.key)?.chineseName ?? $0.key, Double($0.reports), share($0.reports))
        }, title: "含有各法定部分的报告占比"))
        body += "</div>"
        body += "<h2>最严重的问题</h2>"
        if errors.isEmpty {
            body += "<p class=\"muted\">没有错误级别的问题。</p>"
        } else {
            body += "<table><tr><th>规则</th><th class=\"num\">涉及报告</th><th class=\"num\">占比</th><th class=\"num\">问题数</th><th class=\"num\">被审核排除</th></tr>"
            for finding in errors {
                let link = "/reports" + HTML.query(parameters.filterPairs.filter { $0.0 != "finding" } + [("finding", finding.rule)])
                body += "<tr><td><a href=\"\(link)\">\(HTML.escape(RuleRegistry.titles[finding.rule] ?? finding.rule))</a></td><td class=\"num\">\(finding.reports)</td>"
                body += "<td class=\"num\">\(share(finding.reports))</td><td class=\"num\">\(finding.findings)</td><td class=\"num\">\(finding.dismissed)</td></tr>"
            }
            body += "</table>"
        }
        let warnings = stats.findings.filter { $0.severity != "error" }
        if !warnings.isEmpty {
            body += "<h2>其他提示</h2><p>" + warnings.map { finding in
                "<a class=\"badge \(finding.severity)\" href=\"/reports\(HTML.query([("finding", finding.rule)]))\">\(HTML.escape(RuleRegistry.titles[finding.rule] ?? finding.rule)) · \(finding.reports)</a>"
            }.joined(separator: " ") + "</p>"
        }
        if let length = stats.length, let density = stats.figureDensity {
            body += "<h2>篇幅与数字密度</h2><table><tr><th></th><th class=\"num\">最小</th><th class=\"num\">P25</th><th class=\"num\">中位数</th><th class=\"num\">P75</th><th class=\"num\">最大</th></tr>"
            body += row("篇幅（字符）", length, digits: 0) + row("每千字数字个数", density, digits: 1) + "</table>"
        }
        return Layout.page(title: "概览", active: .overview, body: body)
    }

    private static func card(_ title: String, _ number: String, detail: String? = nil, link: String? = nil) -> String {
        let value = link.map { "<a href=\"\($0)\">\(number)</a>" } ?? number
        return "<div class=\"card\"><div class=\"muted\">\(HTML.escape(title))</div><div class=\"number\">\(value)</div>\(detail.map { "<div class=\"muted\">\($0)</div>" } ?? "")</div>"
    }

    private static func panel(_ title: String, _ content: String) -> String {
        "<section class=\"panel\"><h2>\(HTML.escape(title))</h2>\(content)</section>"
    }

    private static func row(_ name: String, _ d: CorpusStatistics.Distribution, digits: Int) -> String {
        "<tr><td>\(name)</td>" + [d.min, d.p25, d.median, d.p75, d.max].map {
            "<td class=\"num\">\(String(format: "%.\(digits)f", $0))</td>"
        }.joined() + "</tr>"
    }
}
