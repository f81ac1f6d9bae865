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

    /// Colours of the lines, in order.
    private static let palette = ["#3d6a96", "#b3261e", "#2e7d32", "#8a6100", "#6a1b9a", "#00838f", "#5d4037", "#455a64"]

    /// A line chart over years, one line per series (a body), scaled from zero; each line is named at its end.
    static func lines(_ series: [(name: String, points: [(year: Int, value: Double)])], title: String, width: Int = 560) -> String {
        let years = Array(Set(series.flatMap { $0.points.map(\.year) })).sorted()
        guard years.count >= 2 else { return "" }
        let height = 220, left = 56, right = 120, top = 12, bottom = 28
        let maximum = max(series.flatMap { $0.points.map(\.value) }.max() ?? 0, 1e-9)
        func x(_ year: Int) -> Double {
            Double(left) + Double(years.firstIndex(of: year) ?? 0) / Double(years.count - 1) * Double(width - left - right)
        }
        func y(_ value: Double) -> Double { Double(top) + (1 - max(value, 0) / maximum) * Double(height - top - bottom) }
        var svg = """
            <svg class="chart" role="img" aria-label="\(HTML.escape(title))" viewBox="0 0 \(width) \(height)" \
            width="\(width)" height="\(height)" xmlns="http://www.w3.org/2000/svg"><title>\(HTML.escape(title))</title>
            <line x1="\(left)" y1="\(height - bottom)" x2="\(width - right)" y2="\(height - bottom)" stroke="#9aa5b1"/>
            <text x="\(left - 6)" y="\(top + 10)" text-anchor="end" class="label">\(Self.number(maximum))</text>
            <text x="\(left - 6)" y="\(height - bottom)" text-anchor="end" class="label">0</text>
            """
        for year in years {
            svg += "<text x=\"\(String(format: "%.1f", x(year)))\" y=\"\(height - 8)\" text-anchor=\"middle\" class=\"label\">\(year)</text>"
        }
        for (index, line) in series.prefix(palette.count).enumerated() {
            let points = line.points.sorted { $0.year < $1.year }
            guard let last = points.last else { continue }
            let colour = palette[index]
            let path = points.map { String(format: "%.1f,%.1f", x($0.year), y($0.value)) }.joined(separator: " ")
            svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
            for point in points {
                svg += String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%@\"/>", x(point.year), y(point.value), colour)
            }
            let name = line.name.count > 8 ? String(line.name.prefix(7)) + "…" : line.name
            svg += String(format: "<text x=\"%.1f\" y=\"%.1f\" class=\"label\" fill=\"%@\">", x(last.year) + 6, y(last.value) + 4, colour)
                + HTML.escape(name) + "</text>"
        }
        return svg + "</svg>"
    }

    /// A value as a short label: 12,000 → 12000, 98.5 → 98.5.
    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
