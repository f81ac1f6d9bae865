import FazhiCore

/// Links within a paged report: to another page, to a place on whichever page holds it, and the pager itself.
struct PageLink {
    /// The report's id.
    let id: Int64
    /// The report's pages.
    let pages: TextPages
    /// The page shown (from 0).
    let current: Int
    /// The search the reader came from, kept so its words stay marked on every page.
    let query: String?

    /// The address of page `page`, with an optional fragment.
    func href(page: Int, fragment: String? = nil) -> String {
        let pairs: [(String, String?)] = [("page", page == 0 ? nil : String(page)), ("q", query)]
        return "/reports/\(id)\(HTML.query(pairs))" + (fragment.map { "#\($0)" } ?? "")
    }

    /// A link to `fragment` at `offset`: the fragment alone on this page, else the page that holds it.
    func href(offset: Int, fragment: String) -> String {
        let page = pages.page(containing: offset)
        return page == current ? "#\(fragment)" : href(page: page, fragment: fragment)
    }

    /// 第 k / n 页 with the neighbouring pages; nothing for a report on one page.
    func pager() -> String {
        guard pages.count > 1 else { return "" }
        var links: [String] = []
        if current > 0 { links.append("<a href=\"\(HTML.escape(href(page: current - 1)))\" rel=\"prev\">← 上一页</a>") }
        links.append("<span class=\"muted\">第 \(current + 1) / \(pages.count) 页（每页至多 \(ReportPage.charactersPerPage) 字）</span>")
        if current + 1 < pages.count {
            links.append("<a href=\"\(HTML.escape(href(page: current + 1)))\" rel=\"next\">下一页 →</a>")
        }
        return "<div class=\"pager\">\(links.joined())</div>"
    }
}
