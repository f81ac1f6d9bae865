import FazhiCore

/// The filter bar of the reports and compare pages: the same filters as the CLI.
enum FilterForm {
    /// The form's fields, filled from the current parameters; `extra` goes before the button.
    static func fields(_ parameters: QueryParameters, search: Bool, sectors: [Sector]) -> String {
        func text(_ key: String, _ label: String, _ placeholder: String, size: Int = 10) -> String {
            "<label>\(label)<input name=\"\(key)\" size=\"\(size)\" placeholder=\"\(placeholder)\" value=\"\(HTML.escape(parameters[key] ?? ""))\"></label>"
        }
        func select(_ key: String, _ label: String, _ options: [(String, String)]) -> String {
            let current = parameters[key]
            let items = options.map { value, name in
                "<option value=\"\(value)\"\(value == current ? " selected" : "")>\(HTML.escape(name))</option>"
            }.joined()
            return "<label>\(label)<select name=\"\(key)\"><option value=\"\">全部</option>\(items)</select></label>"
        }
        var html = search ? text("q", "全文检索", "如：行政复议", size: 18) : ""
        html += text("province", "省份", "浙江") + text("prefecture", "地市", "衢州") + text("body", "报告主体", "司法局")
        html += text("year", "年度", "2022 或 2021-2023", size: 12)
        html += select("level", "层级", RegionLevel.allCases.map { ($0.rawValue, $0.chineseName) })
        html += select("bodyKind", "主体类型", BodyKind.allCases.map { ($0.rawValue, $0.chineseName) })
        html += select("kind", "文件类型", DocumentKind.allCases.map { ($0.rawValue, $0.chineseName) })
        html += select("sector", "部门类别", sectors.map { ($0.id, $0.name) })
        html += select("missingPart", "缺少法定部分", MandatedPart.allCases.filter { $0 != .other }.map { ($0.rawValue, $0.chineseName) })
        html += select("finding", "存在问题", RuleRegistry.rules.map { ($0.id, $0.title) })
        return html
    }
}
