import FazhiCore
import FazhiStore
import Foundation

/// `/reports`: the filtered list, or search results when there is a query; paginated.
enum ReportsPage {
    static let pageSize = 50

    /// The list of reports passing the filters.
    static func list(_ reports: [ReportSummary], total: Int, page: Int, order: ReportOrder, parameters: QueryParameters,
                     sectors: [Sector]) -> String {
        var body = header(parameters, sectors: sectors)
        body += "<p class=\"muted\">共 \(total) 份报告。勾选几份报告后可“比较所选报告”。</p>"
        body += "<form method=\"get\" action=\"/compare\" id=\"pick\"><p><button>比较所选报告</button></p>"
        // Column heads sort the list; the filters stay.
        func head(_ title: String, _ by: ReportOrder, numeric: Bool = false) -> String {
            let link = "/reports" + HTML.query(parameters.filterPairs + [("sort", by == .division ? nil : by.rawValue)])
            let current = by == order ? " aria-sort=\"descending\"" : ""
            return "<th\(numeric ? " class=\"num\"" : "")\(current)><a href=\"\(link)\">\(title)\(by == order ? " ▾" : "")</a></th>"
        }
        body += "<table><tr><th></th><th>编号</th>\(head("年度", .year))<th>报告主体</th>\(head("地区", .division))<th>层级</th>"
        body += "\(head("数字", .figures, numeric: true))\(head("问题", .errors, numeric: true))<th>逾期</th></tr>"
        for report in reports {
            body += "<tr><td><input type=\"checkbox\" name=\"ids\" value=\"\(report.id)\" aria-label=\"选择 #\(report.id)\"></td>"
            body += "<td><a href=\"/reports/\(report.id)\">#\(report.id)</a></td><td>\(report.year.map(String.init) ?? "—")</td>"
            let kind = report.documentKind == .annualReport ? "" : " <span class=\"badge warning\" title=\"不是年度报告，不计入统计和比较\">\(report.documentKind.chineseName)</span>"
            body += "<td><a href=\"/reports/\(report.id)\">\(HTML.escape(report.body ?? report.name))</a>\(kind)</td>"
            body += "<td>\(HTML.escape(place(report)))</td><td>\(report.level?.chineseName ?? "—")</td><td class=\"num\">\(report.figures)</td>"
            body += "<td class=\"num\">\(report.findings)\(report.errors > 0 ? " <span class=\"badge error\">\(report.errors) 错误</span>" : "")</td>"
            body += "<td>\(report.late ? "<span class=\"badge warning\">逾期</span>" : "")</td></tr>"
        }
        body += "</table></form>" + pager(page: page, hasMore: (page + 1) * pageSize < total, parameters: parameters)
        return Layout.page(title: "报告", active: .reports, body: body)
    }

    /// Search results with their matching lines.
    static func search(_ hits: [SearchHit], total: Int, query: String, page: Int, parameters: QueryParameters,
                       sectors: [Sector]) -> String {
        var body = header(parameters, sectors: sectors)
        if total == 0 {
            body += "<p>没有找到包含“\(HTML.escape(query))”的报告。</p>"
        } else {
            let first = page * pageSize + 1
            body += "<p>“\(HTML.escape(query))”：共 \(total) 份报告\(hits.isEmpty ? "" : "，第 \(first)–\(first + hits.count - 1) 份")。</p>"
        }
        for hit in hits {
            let report = hit.report
            let link = "/reports/\(report.id)" + HTML.query([("q", query)])
            body += "<div class=\"hit\"><a href=\"\(link)\"><strong>\(HTML.escape(report.body ?? report.name))</strong></a>"
            body += " <span class=\"muted\">\(report.year.map { "\($0)年" } ?? "") · \(HTML.escape(place(report))) · \(hit.matchingLines) 行命中</span>"
            for snippet in hit.snippets {
                body += "<div class=\"snippet\"><a href=\"\(link)#L\(snippet.line)\" class=\"muted\">第\(snippet.line)行</a> \(marked(snippet))</div>"
            }
            body += "</div>"
        }
        body += pager(page: page, hasMore: hits.count == pageSize, parameters: parameters)
        return Layout.page(title: "检索：\(query)", active: .reports, body: body)
    }

    private static func header(_ parameters: QueryParameters, sectors: [Sector]) -> String {
        "<h1>报告</h1><form class=\"filters\" method=\"get\" action=\"/reports\">\(FilterForm.fields(parameters, search: true, sectors: sectors))<button>检索</button></form>"
    }

    static func place(_ report: ReportSummary) -> String {
        report.place ?? "—"
    }

    /// A snippet's text with its matches in `<mark>`.
    static func marked(_ snippet: Snippet) -> String {
        snippet.segments.map { $0.isMatch ? "<mark class=\"match\">\(HTML.escape($0.text))</mark>" : HTML.escape($0.text) }.joined()
    }

    private static func pager(page: Int, hasMore: Bool, parameters: QueryParameters) -> String {
        let kept: [(String, String?)] = parameters.filterPairs + [("q", parameters["q"]), ("sort", parameters["sort"])]
        var links: [String] = []
        if page > 0 { links.append("<a href=\"/reports\(HTML.query(kept + [("page", String(page - 1))]))\">← 上一页</a>") }
        links.append("<span class=\"muted\">第 \(page + 1) 页</span>")
        if hasMore { links.append("<a href=\"/reports\(HTML.query(kept + [("page", String(page + 1))]))\">下一页 →</a>") }
        return "<div class=\"pager\">\(links.joined())</div>"
    }
}
