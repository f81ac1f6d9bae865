import Foundation

/// Charts drawn on the server as inline SVG: no script, no external files, works offline.
enum SVGChart {
    /// A horizontal bar chart of labelled values, largest scale at the longest bar.
    static func bars(_ items: [(label: String, value: Double, display: String)], title: String, width: Int = 560) -> String {
        guard !items.isEmpty else { return "<p class=\"muted\">（无数据）</p>" }
        let rowHeight = 24, labelWidth = 150, valueWidth = 70
        let barSpace = Double(width - labelWidth - valueWidth - 10)
        let maximum = max(items.map(\.value).max() ?? 0, 1e-9)
        let height = items.count * rowHeight + 8
        var svg = """
            <svg class="chart" role="img" aria-label="\(HTML.escape(title))" viewBox="0 0 \(width) \(height)" \
            width="\(width)" height="\(height)" xmlns="http://www.w3.org/2000/svg"><title>\(HTML.escape(title))</title>
            """
        for (index, item) in items.enumerated() {
            let y = index * rowHeight + 4
            let length = max(item.value, 0) / maximum * barSpace
            let label = item.label.count > 12 ? String(item.label.prefix(11)) + "…" : item.label
            svg += """
                <g><text x="\(labelWidth - 6)" y="\(y + 16)" text-anchor="end" class="label">\(HTML.escape(label))</text>\
                <rect x="\(labelWidth)" y="\(y + 3)" width="\(String(format: "%.1f", length))" height="\(rowHeight - 8)" class="bar"/>\
                <text x="\(labelWidth + Int(length) + 6)" y="\(y + 16)" class="value">\(HTML.escape(item.display))</text></g>
                """
        }
        return svg + "</svg>"
    }
}
