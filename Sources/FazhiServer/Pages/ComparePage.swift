import FazhiCore
import FazhiStore
import Foundation

/// `/compare`: pick indicators and reports (or one body over several years) → table, charts, CSV.
enum ComparePage {
    static func render(_ comparison: Comparison?, chosen: [String], grouping: Comparison.Grouping,
                       catalogue: [Indicator], parameters: QueryParameters, sectors: [Sector]) -> String {
        let names = Dictionary(catalogue.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var body = "<h1>指标比较</h1><form class=\"filters\" method=\"get\" action=\"/compare\">"
        body += FilterForm.fields(parameters, search: false, sectors: sectors)
        body += "<label>每行<select name=\"by\"><option value=\"report\"\(grouping == .report ? " selected" : "")>一份报告</option>"
        body += "<option value=\"year\"\(grouping == .year ? " selected" : "")>一个主体一年</option></select></label>"
        body += choice("status", label: "数字性质", default: "本年成果", values: FigureStatus.allCases.map { ($0.rawValue, $0.chineseName) },
                       chosen: parameters["status"])
        body += choice("scope", label: "范围", default: "本级", values: FigureScope.allCases.map { ($0.rawValue, $0.chineseName) },
                       chosen: parameters["scope"])
        if !parameters.ids.isEmpty {
            body += parameters.ids.map { "<input type=\"hidden\" name=\"ids\" value=\"\(HTML.escape($0))\">" }.joined()
            body += "<span class=\"badge\">已选 \(parameters.ids.count) 份报告 · <a href=\"/compare\">清除</a></span>"
        }
        body += "<button>比较</button>"
        body += "<details\(chosen.isEmpty ? " open" : "") style=\"flex-basis:100%\"><summary>选择指标（已选 \(chosen.count) 个）</summary>"
        // Shown by the desk's script, which filters the picker as one types; without it the box stays hidden.
        body += "<input type=\"search\" class=\"picker-filter\" placeholder=\"筛选指标：名称、编号或任务领域\" aria-label=\"筛选指标\" hidden>"
        body += "<div class=\"indicators\">"
        let chosenSet = Set(chosen)
        // Grouped by task area, in the order of the catalogue.
        var areas: [String] = []
        for indicator in catalogue where !areas.contains(indicator.area) { areas.append(indicator.area) }
        for area in areas {
            let areaName = TaskAreaClassifier.chineseName(of: area)
            body += "<fieldset><legend>\(HTML.escape(areaName))</legend>"
            for indicator in catalogue where indicator.area == area {
                body += "<label data-search=\"\(HTML.escape("\(indicator.name) \(indicator.id) \(areaName)"))\"><input type=\"checkbox\" name=\"indicators\" value=\"\(indicator.id)\"\(chosenSet.contains(indicator.id) ? " checked" : "")> "
                body += "\(HTML.escape(indicator.name))</label>"
            }
            body += "</fieldset>"
        }
        body += "</div></details></form>"
        guard let comparison, !chosen.isEmpty else {
            return Layout.page(title: "比较", active: .compare, body: body + "<p class=\"muted\">请选择一个或多个指标。</p>")
        }
        let csv = "/api/v1/compare" + HTML.query(parameters.filterPairs + [
            ("indicators", chosen.joined(separator: ",")), ("by", grouping.rawValue), ("status", parameters["status"]),
            ("scope", parameters["scope"]), ("format", "csv"),
        ])
        body += "<p>\(comparison.rows.count) 行 · <a href=\"\(csv)\" download>下载 CSV</a></p>"
        body += "<div class=\"panel\"><table id=\"comparison\"><tr><th>报告</th><th>年度</th><th>地区</th>"
        body += comparison.indicators.map { "<th class=\"num\">\(HTML.escape(names[$0] ?? $0))</th>" }.joined() + "</tr>"
        for row in comparison.rows {
            let report = row.report
            body += "<tr><td><a href=\"/reports/\(report.id)\">\(HTML.escape(report.body ?? report.name))</a></td>"
            body += "<td>\(report.year.map(String.init) ?? "—")</td><td>\(HTML.escape(ReportsPage.place(report)))</td>"
            body += row.cells.map { cell in
                guard let cell else { return "<td class=\"num muted\">—</td>" }
                // Each cell opens its line in the report; other candidates the report gives are counted.
                let others = cell.occurrences > 1 ? "<span class=\"muted\" title=\"报告中另有\(cell.occurrences - 1)处同一指标\">+\(cell.occurrences - 1)</span>" : ""
                return "<td class=\"num\" title=\"\(HTML.escape(cell.text))（第\(cell.line)行）\"><a href=\"/reports/\(report.id)#F\(cell.line)-\(cell.column)\">"
                    + "\(display(cell))</a>\(others)</td>"
            }.joined() + "</tr>"
        }
        body += "</table></div>"
        if grouping == .year { body += overTime(comparison, names: names) }
        body += "<div class=\"grid2\">"
        for (column, indicator) in comparison.indicators.enumerated() {
            let items = comparison.rows.compactMap { row -> (String, Double, String)? in
                guard let cell = row.cells[column] else { return nil }
                let label = (row.report.body ?? row.report.name) + (row.report.year.map { " \($0)" } ?? "")
                return (label, NSDecimalNumber(decimal: cell.value).doubleValue, display(cell))
            }
            // A chart compares: one value alone would fill the width and look like a maximum.
            guard items.count >= 2 else { continue }
            body += "<section class=\"panel\"><h2>\(HTML.escape(names[indicator] ?? indicator))</h2>"
            body += SVGChart.bars(Array(items.prefix(30)), title: names[indicator] ?? indicator) + "</section>"
        }
        return Layout.page(title: "比较", active: .compare, body: body + "</div>")
    }

    /// A select of figure statuses or scopes: the default (the body's own results), each value, or all.
    private static func choice(_ name: String, label: String, default defaultName: String, values: [(String, String)],
                               chosen: String?) -> String {
        var html = "<label>\(label)<select name=\"\(name)\"><option value=\"\">\(defaultName)（默认）</option>"
        for (value, title) in values + [("all", "全部")] where title != defaultName {
            html += "<option value=\"\(value)\"\(chosen == value ? " selected" : "")>\(HTML.escape(title))</option>"
        }
        return html + "</select></label>"
    }

    /// By year: per indicator, one row per body with a column per year, the change from its first year to its last,
    /// and a line over time.
    private static func overTime(_ comparison: Comparison, names: [String: String]) -> String {
        let years = Array(Set(comparison.rows.compactMap(\.report.year))).sorted()
        guard years.count >= 2 else { return "" }
        var bodies: [String] = []
        for row in comparison.rows {
            let body = row.report.body ?? row.report.name
            if !bodies.contains(body) { bodies.append(body) }
        }
        var html = "<h2>历年变化</h2>"
        for (column, indicator) in comparison.indicators.enumerated() {
            var cells: [String: [Int: Comparison.Cell]] = [:]
            for row in comparison.rows {
                guard let year = row.report.year, let cell = row.cells[column] else { continue }
                cells[row.report.body ?? row.report.name, default: [:]][year] = cell
            }
            guard !cells.isEmpty else { continue }
            let title = names[indicator] ?? indicator
            html += "<section class=\"panel\"><h2>\(HTML.escape(title))</h2><table class=\"years\"><tr><th>报告主体</th>"
            html += years.map { "<th class=\"num\">\($0)</th>" }.joined() + "<th class=\"num\">变化</th></tr>"
            var series: [(name: String, points: [(year: Int, value: Double)])] = []
            for body in bodies {
                guard let byYear = cells[body] else { continue }
                html += "<tr><td>\(HTML.escape(body))</td>"
                html += years.map { year in byYear[year].map { "<td class=\"num\">\(display($0))</td>" } ?? "<td class=\"num muted\">—</td>" }.joined()
                let known = years.compactMap { byYear[$0] }
                // The change from the first year stated to the last, when both are in one unit.
                if let first = known.first, let last = known.last, known.count >= 2, first.unit == last.unit {
                    // A rate moves by percentage points, not by a percentage.
                    let change = last.value - first.value, unit = last.unit == "%" ? "个百分点" : last.unit ?? ""
                    html += "<td class=\"num\">\(change > 0 ? "+" : "")\(change)\(HTML.escape(unit))</td>"
                } else {
                    html += "<td class=\"num muted\">—</td>"
                }
                html += "</tr>"
                series.append((body, years.compactMap { year in byYear[year].map { (year, NSDecimalNumber(decimal: $0.value).doubleValue) } }))
            }
            html += "</table>" + SVGChart.lines(series.filter { $0.points.count >= 2 }, title: title) + "</section>"
        }
        return html
    }

    /// ≥ 1,200件, ≈ 35%: the value with its qualifier and unit.
    static func display(_ cell: Comparison.Cell) -> String {
        let mark = switch Qualifier(rawValue: cell.qualifier) {
        case .atLeast: "≥"
        case .about: "≈"
        case .lessThan: "<"
        default: ""
        }
        return HTML.escape(mark + "\(cell.value)" + (cell.unit ?? ""))
    }
}
