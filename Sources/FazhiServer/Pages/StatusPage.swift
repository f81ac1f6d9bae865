import FazhiCore
import FazhiStore

/// `/status`: 报送情况 — for a scope and year, who on the roster has reported (on time or late), who has not, and
/// the reports from the area that match no one on it.
enum StatusPage {
    /// The page: the form, and the status when a scope and year are given (or why they could not be used).
    static func render(_ status: SubmissionStatus?, scope: String?, year: String?, problem: String?, sectorNames: [String: String]) -> String {
        var body = "<h1>报送情况</h1>"
        body += """
            <form class="filters" method="get" action="/status">\
            <label>范围（地区名称或区划代码）<input name="scope" value="\(HTML.escape(scope ?? ""))" placeholder="衢州市 或 330800"></label>\
            <label>报告年度<input name="year" value="\(HTML.escape(year ?? ""))" placeholder="2023" inputmode="numeric"></label>\
            <button>查看</button></form>
            """
        if let problem { body += "<p class=\"finding error\">\(HTML.escape(problem))</p>" }
        guard let status else {
            body += "<p class=\"muted\">下级政府按区划库生成（地级市：所辖县区；县：所辖乡镇街道），本级部门来自导入的名单"
            body += "（<code>fazhi roster import 名单.csv</code>，模板见 Samples/roster-template.csv）。</p>"
            return Layout.page(title: "报送情况", active: .status, body: body)
        }
        let share = status.expected == 0 ? 0 : Double(status.received) * 100 / Double(status.expected)
        body += "<section class=\"panel\"><h2>\(HTML.escape(status.scopeName)) \(status.year) 年度</h2>"
        body += "<p class=\"counts\"><strong>应报 \(status.expected)</strong> · 已报 \(status.received)（其中逾期 \(status.late)）· "
        body += "<span class=\"badge error\">未报 \(status.missing)</span></p>"
        body += "<div class=\"progress\" role=\"progressbar\" aria-valuenow=\"\(Int(share.rounded()))\" aria-valuemin=\"0\" aria-valuemax=\"100\">"
        body += "<span style=\"width:\(String(format: "%.1f", share))%\"></span></div>"
        let csv = "/api/v1/status" + HTML.query([("scope", status.scopeCode), ("year", String(status.year)), ("format", "csv")])
        body += "<p><a href=\"\(HTML.escape(csv))\" download>下载 CSV</a></p></section>"
        body += "<table id=\"status\"><tr><th>名称</th><th>类型</th><th>状态</th><th>截止日期</th><th>报告</th><th>缺少法定部分</th><th class=\"num\">错误</th><th>审核</th><th class=\"num\">确认问题</th></tr>"
        for row in status.rows {
            let kind = row.entry.identity.kind.chineseName
                + (row.entry.identity.sector.map { " · " + (sectorNames[$0] ?? $0) } ?? "")
            let badge = switch row.state {
            case .onTime: "<span class=\"badge\">按时报送</span>"
            case .late: "<span class=\"badge warning\">逾期报送</span>"
            case .missing: "<span class=\"badge error\">未报送</span>"
            }
            let report = row.report.map { "<a href=\"/reports/\($0.id)\">\(HTML.escape($0.name))</a>" + ($0.version > 1 ? "（第 \($0.version) 版）" : "") } ?? "—"
            body += "<tr class=\"\(row.state.rawValue)\"><td>\(HTML.escape(row.entry.name))</td><td>\(HTML.escape(kind))</td><td>\(badge)</td>"
            body += "<td>\(row.deadline)</td><td>\(report)</td>"
            body += "<td>\(HTML.escape(row.missingParts.map(\.chineseName).joined(separator: "、")))</td>"
            body += "<td class=\"num\">\(row.report.map { "\($0.errors)" } ?? "")</td>"
            body += "<td>\(row.review.map { "<span class=\"badge state-\($0.rawValue)\">\($0.chineseName)</span>" } ?? "")</td>"
            body += "<td class=\"num\">\(row.confirmed.map(String.init) ?? "")</td></tr>"
        }
        body += "</table>"
        if !status.unlisted.isEmpty {
            body += "<h2>名单外的报告（\(status.unlisted.count)）</h2><ul>"
            for report in status.unlisted {
                body += "<li><a href=\"/reports/\(report.id)\">\(HTML.escape(report.body ?? report.name))</a> \(HTML.escape(report.regionCode ?? ""))</li>"
            }
            body += "</ul>"
        }
        return Layout.page(title: "报送情况", active: .status, body: body)
    }
}
