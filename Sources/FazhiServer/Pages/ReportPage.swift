import FazhiCore
import FazhiStore
import Foundation

/// `/reports/{id}`: the report's text with the outline beside it, every figure highlighted
/// (hover for value, unit, qualifier and indicator), every finding at its line, and the metadata.
enum ReportPage {
    /// A figure placed on a line of the cleaned text.
    private struct Placed {
        var start: Int
        var end: Int
        var quantity: Quantity
    }

    /// The most text one page shows, in characters: real reports fit on one page; a huge one is paged.
    static let charactersPerPage = 60_000

    /// Page `page` (from 0) of a report; `pages` is the report's text cut into pages. The report may hold only the
    /// figures and findings of that page.
    static func render(_ stored: StoredReport, pages: TextPages, page: Int, indicatorNames: [String: String],
                       sectorNames: [String: String], query: String? = nil, marker: TermMarker = TermMarker([]),
                       review: ReviewPanel) -> String {
        let findingHTML = review.finding
        let report = stored.report
        // Positions recorded at analysis time: each figure, finding and heading's offset in the text shown here, and
        // the map that numbers its lines as the original file does. Nothing is cleaned again.
        let shown = pages.range(of: page)
        var displayStarts: [Int] = []
        var lines: [[Unicode.Scalar]] = []
        var next = shown.lowerBound
        for line in pages.text(of: page, in: stored.text).split(separator: "\n", omittingEmptySubsequences: false) {
            displayStarts.append(next)
            lines.append(Array(line.unicodeScalars))
            next += lines[lines.count - 1].count + 1
        }
        func displayLine(of offset: Int) -> Int? {
            guard shown.contains(offset) || (offset == shown.upperBound && offset == pages.length && offset > shown.lowerBound)
            else { return nil }
            return TextPages.lastIndex(in: displayStarts, notAfter: offset)
        }
        let positions = report.positions
        var figuresByLine: [Int: [Placed]] = [:]
        var pageFigures: [Quantity] = []
        var findingsByLine: [Int: [Finding]] = [:]
        var unplacedFindings: [Finding] = []
        var headingLines: [Int: Heading] = [:]
        for quantity in report.quantities {
            guard let offset = quantity.offset, let index = displayLine(of: offset) else {
                if quantity.offset == nil { pageFigures.append(quantity) }
                continue
            }
            pageFigures.append(quantity)
            let start = offset - displayStarts[index]
            let placed = Placed(start: start, end: min(start + quantity.text.unicodeScalars.count, lines[index].count), quantity: quantity)
            if !(figuresByLine[index] ?? []).contains(where: { $0.start < placed.end && placed.start < $0.end }) {
                figuresByLine[index, default: []].append(placed)
            }
        }
        for finding in report.findings {
            if let offset = finding.offset {
                if let index = displayLine(of: offset) { findingsByLine[index, default: []].append(finding) }
            } else {
                unplacedFindings.append(finding)
            }
        }
        var stack = report.outline
        while let heading = stack.popLast() {
            if let offset = heading.offset, let index = displayLine(of: offset) { headingLines[index] = heading }
            stack.append(contentsOf: heading.children)
        }
        // The original's line number of each line shown (none on the rest of a line cut by a page end); the first
        // line shown of an original line carries its anchor.
        let numbers = displayStarts.map { start in
            pages.lineStarts[pages.line(containing: start)] == start ? positions?.location(ofCleaned: start)?.line : nil
        }
        var anchored: Set<Int> = []
        let link = PageLink(id: stored.summary.id, pages: pages, current: page, query: query)

        var body = "<h1>\(HTML.escape(report.metadata.title ?? stored.summary.body ?? stored.summary.name))</h1>"
        body += "<div class=\"report-layout\"><aside class=\"side\">"
        body += metadataPanel(stored, sectorNames: sectorNames)
        body += "<details class=\"panel outline fold\" open><summary><h2>提纲</h2></summary>"
        body += "\(outline(report.outline, placed: positions != nil, link: link))</details>"
        body += "</aside><section>"
        if positions == nil {
            body += "<p class=\"muted\">此报告由旧版本入库，文中位置未记录：重新入库（fazhi ingest）后数字和问题将标在原文行上；现在仅在下方列表中显示。</p>"
        }
        body += review.summary()
        if !unplacedFindings.isEmpty {
            body += "<div class=\"panel\"><h2>全文问题</h2>" + unplacedFindings.map(findingHTML).joined() + "</div>"
        }
        body += link.pager()
        body += "<div class=\"text\" id=\"text\">"
        for (index, scalars) in lines.enumerated() {
            let findings = findingsByLine[index] ?? []
            var classes = ["line"]
            let heading = headingLines[index]
            if heading != nil { classes.append("heading") }
            if findings.contains(where: { $0.severity == .error }) { classes.append("flagged") }
            let number = numbers[index].map(String.init) ?? ""
            let anchor = numbers[index].flatMap { anchored.insert($0).inserted ? " id=\"L\($0)\"" : nil } ?? ""
            body += "<div class=\"\(classes.joined(separator: " "))\"\(anchor)><span class=\"no\">\(number)</span>"
            // Only the heading itself is bold, not a paragraph that runs on after it (（一）持续深化改革。全年…).
            let titleLength = heading.map { ($0.marker?.unicodeScalars.count ?? 0) + $0.title.unicodeScalars.count + 1 } ?? 0
            let content = lineHTML(scalars, figures: figuresByLine[index] ?? [], names: indicatorNames, marker: marker,
                                   boldPrefix: min(titleLength, scalars.count))
            body += "<span class=\"content\">\(content)</span>"
            body += findings.map(findingHTML).joined()
            if !anchor.isEmpty, let line = numbers[index] { body += review.notes(on: line) }
            body += "</div>"
        }
        body += "</div>"
        body += link.pager()
        body += figureTable(pageFigures, total: stored.summary.figures, names: indicatorNames)
        body += "</section></div>"
        return Layout.page(title: stored.summary.body ?? "报告", active: .reports, body: body)
    }

    /// A line's HTML: figures highlighted, search terms marked, its first `boldPrefix` scalars (a heading) bold.
    private static func lineHTML(_ scalars: [Unicode.Scalar], figures: [Placed], names: [String: String],
                                 marker: TermMarker, boldPrefix: Int = 0) -> String {
        let marks = marker.matches(in: scalars[...])
        func plain(_ range: Range<Int>) -> String { marker.html(scalars[range], marks: marks) }
        func text(_ range: Range<Int>) -> String {
            guard boldPrefix > range.lowerBound else { return plain(range) }
            let split = min(boldPrefix, range.upperBound)
            return "<strong class=\"heading-title\">\(plain(range.lowerBound..<split))</strong>" + plain(split..<range.upperBound)
        }
        var html = "", position = 0
        for figure in figures.sorted(by: { $0.start < $1.start }) where figure.start >= position {
            let quantity = figure.quantity
            html += text(position..<figure.start)
            let indicator = quantity.indicator.map { names[$0] ?? $0 }
            var tip = ["数值 \(quantity.value)", "单位 \(quantity.unit ?? "—")", "限定 \(qualifierName(quantity.qualifier))",
                       "指标 \(indicator ?? "未对应指标")"]
            if let subject = quantity.subject { tip.append("对象 \(subject)") }
            tip.append("性质 \(quantity.status.chineseName) · \(quantity.scope.chineseName)")
            // The id compare's cells link to: the figure's place in the original.
            html += "<span class=\"figure\(quantity.indicator == nil ? "" : " indicator")\" id=\"F\(quantity.line)-\(quantity.column)\""
            html += " tabindex=\"0\" data-value=\"\(quantity.value)\" data-status=\"\(quantity.status.rawValue)\""
            html += " data-unit=\"\(HTML.escape(quantity.unit ?? ""))\" data-qualifier=\"\(quantity.qualifier.rawValue)\""
            html += " data-indicator=\"\(HTML.escape(quantity.indicator ?? ""))\">\(text(figure.start..<figure.end))"
            html += "<span class=\"tip\">\(tip.map(HTML.escape).joined(separator: "<br>"))</span></span>"
            position = figure.end
        }
        return html + text(position..<scalars.count)
    }

    static func qualifierName(_ qualifier: Qualifier) -> String {
        switch qualifier {
        case .exact: "精确"
        case .atLeast: "不少于（余、多、以上）"
        case .lessThan: "少于（近、不足）"
        case .about: "约数"
        case .range: "范围"
        }
    }

    private static func metadataPanel(_ stored: StoredReport, sectorNames: [String: String]) -> String {
        let meta = stored.report.metadata
        let summary = stored.summary
        var rows: [(String, String)] = [
            ("报告主体", meta.body ?? "—"),
            ("文件类型", meta.documentKind.chineseName),
            ("主体类型", meta.bodyKind?.chineseName ?? "—"),
            ("地区", ReportsPage.place(summary)),
            ("层级", meta.region.map { "\($0.level.chineseName)（\($0.divisionType)）" } ?? "—"),
            ("区划代码", meta.region?.code ?? "—"),
            ("报告年度", meta.reportYear.map(String.init) ?? "—"),
            ("成文日期", meta.signedDate ?? "—"),
            ("发布日期", meta.publishedDate ?? "—"),
        ]
        if let sector = meta.sector { rows.append(("部门类别", sectorNames[sector] ?? sector)) }
        if let number = meta.docNumber { rows.append(("文号", number)) }
        if !meta.recipients.isEmpty { rows.append(("主送", meta.recipients.joined(separator: "、"))) }
        let present = Set(stored.report.parts)
        let parts = MandatedPart.allCases.filter { $0 != .other && $0 != .rectification }.map { part in
            present.contains(part) ? "✓ \(part.chineseName)" : "✗ \(part.chineseName)"
        }
        rows.append(("法定部分", parts.joined(separator: "<br>")))
        rows.append(("文件", "\(stored.report.format.rawValue) · \(stored.report.encoding.rawValue) · \(stored.report.script == .traditional ? "繁体" : "简体")"))
        rows.append(("版本", "第 \(summary.version) 版 · \(summary.ingestedAt) · \(summary.ingestedBy.map { "上传：" + $0 } ?? "命令行入库")"))
        let cells = rows.map { name, value in
            "<dt>\(name)</dt><dd>\(name == "法定部分" ? value : HTML.escape(value))</dd>"
        }.joined()
        return """
            <details class="panel fold" open><summary><h2>元数据</h2></summary><dl class="meta">\(cells)</dl>
            <p><a href="/reports/\(summary.id)/original" download>下载原始文件</a> · \
            <a href="/api/v1/reports/\(summary.id)">JSON</a></p></details>
            """
    }

    /// Most outline entries one page lists; a real report's outline fits, a hostile one's is cut.
    static let outlineEntries = 300

    /// The outline as nested lists; each heading links to its original line when positions are recorded. On a report
    /// of several pages, the top-level headings and the branches leading to the page shown.
    private static func outline(_ headings: [Heading], placed: Bool, link: PageLink) -> String {
        guard !headings.isEmpty else { return "<p class=\"muted\">未识别出提纲。</p>" }
        let shown = link.pages.range(of: link.current)
        var entries = 0, total = 0
        func descendants(_ heading: Heading) -> Int { heading.children.reduce(heading.children.count) { $0 + descendants($1) } }
        func reachesPage(_ heading: Heading) -> Bool {
            if let offset = heading.offset, shown.contains(offset) { return true }
            return heading.children.contains(where: reachesPage)
        }
        func render(_ headings: [Heading], top: Bool) -> String {
            var items = ""
            for heading in headings {
                total += 1
                let children = link.pages.count == 1 || reachesPage(heading)
                guard top || children, entries < outlineEntries else {
                    total += descendants(heading)
                    continue
                }
                entries += 1
                let marker = heading.marker.map(HTML.escape) ?? "<span class=\"missing\" title=\"序号缺失\">[\(HTML.escape(heading.inferredMarker ?? "?"))]</span>"
                let target = placed ? heading.offset.map { link.href(offset: $0, fragment: "L\(heading.line)") } ?? "#text" : "#text"
                let part = heading.part.map { " <span class=\"badge\">\($0.chineseName)</span>" } ?? ""
                let nested = children ? render(heading.children, top: false) : { total += descendants(heading); return "" }()
                items += "<li><a href=\"\(HTML.escape(target))\">\(marker)\(HTML.escape(heading.title))</a>\(part)\(nested)</li>"
            }
            return items.isEmpty ? "" : "<ul>\(items)</ul>"
        }
        let html = render(headings, top: true)
        return entries < total ? html + "<p class=\"muted\">提纲共 \(total) 条，此处列出 \(entries) 条。</p>" : html
    }

    private static func figureTable(_ quantities: [Quantity], total: Int, names: [String: String]) -> String {
        guard !quantities.isEmpty else { return "" }
        let heading = quantities.count == total ? "全部数字（\(total)）" : "本页数字（\(quantities.count)，全文 \(total)）"
        var html = "<h2>\(heading)</h2><table><tr><th>原文行</th><th>原文</th><th class=\"num\">数值</th><th>单位</th><th>限定</th><th>指标</th></tr>"
        for quantity in quantities {
            let place = quantity.offset == nil ? "\(quantity.line)" : "<a href=\"#F\(quantity.line)-\(quantity.column)\">\(quantity.line)</a>"
            html += "<tr><td>\(place)</td><td>\(HTML.escape(quantity.text))</td><td class=\"num\">\(quantity.value)</td>"
            html += "<td>\(HTML.escape(quantity.unit ?? ""))</td><td>\(qualifierName(quantity.qualifier))</td>"
            html += "<td>\(HTML.escape(quantity.indicator.map { names[$0] ?? $0 } ?? ""))</td></tr>"
        }
        return html + "</table>"
    }
}
