import FazhiCore

/// Renders a report as readable Chinese text for the terminal.
enum ReportText {
    /// The report as text; `figureLimit` figures at most (nil: all), findings when asked.
    static func render(_ report: Report, figureLimit: Int? = 8, findings: Bool = false) -> String {
        let meta = report.metadata
        var lines: [String] = []
        lines.append("== \(report.source)")
        lines.append("  文件类型: \(meta.documentKind.chineseName)    格式: \(report.format.rawValue)    编码: \(report.encoding.rawValue)    字体: \(report.script == .traditional ? "繁体" : "简体")")
        lines.append("  标题: \(meta.title ?? "—")")
        lines.append("  报告主体: \(meta.body ?? "—")（\(meta.bodyKind.map(\.chineseName) ?? "—")\(meta.sector.map { "，\($0)" } ?? "")）")
        if let region = meta.region {
            let path = [region.province, region.prefecture, region.name].compactMap { $0 }
            var unique: [String] = []
            for name in path where !unique.contains(name) { unique.append(name) }
            lines.append("  地区: \(unique.joined(separator: " › "))  \(region.divisionType) · \(region.level.chineseName)\(region.code.map { " · \($0)" } ?? "")\(meta.regionAmbiguous ? "（有歧义）" : "")")
        } else {
            lines.append("  地区: \(meta.regionAmbiguous ? "有歧义，无法确定" : "—")")
        }
        lines.append("  报告年度: \(meta.reportYear.map(String.init) ?? "—")    成文日期: \(meta.signedDate ?? "—")    发布日期: \(meta.publishedDate ?? "—")")
        if meta.docNumber != nil || meta.signer != nil {
            lines.append("  文号: \(meta.docNumber ?? "—")    签发人: \(meta.signer ?? "—")")
        }
        if !meta.recipients.isEmpty { lines.append("  主送: \(meta.recipients.joined(separator: "、"))") }
        lines.append("  法定部分: \(report.parts.isEmpty ? "—" : report.parts.map(\.chineseName).joined(separator: "、"))")
        lines.append("  提纲:")
        var stack: [(Heading, Int)] = report.outline.reversed().map { ($0, 1) }
        while let (heading, depth) = stack.popLast() {
            let indent = String(repeating: "  ", count: depth + 1)
            let marker = heading.marker ?? "[\(heading.inferredMarker ?? "?")缺失]"
            let part = heading.part.map { "  〔\($0.chineseName)〕" } ?? ""
            lines.append("\(indent)\(marker)\(heading.title)\(part)  (第\(heading.line)行)")
            stack.append(contentsOf: heading.children.reversed().map { ($0, depth + 1) })
        }
        if !report.quantities.isEmpty {
            let mapped = report.quantities.filter { $0.indicator != nil }.count
            lines.append("  数字: \(report.quantities.count) 个（\(mapped) 个对应指标）")
            for quantity in report.quantities.prefix(figureLimit ?? report.quantities.count) {
                let indicator = quantity.indicator.map { " → \($0)" } ?? ""
                lines.append("    第\(quantity.line)行 \(quantity.text)  \(quantity.subject ?? "")\(indicator)")
            }
            if report.quantities.count > figureLimit ?? report.quantities.count { lines.append("    …") }
        }
        let editCounts = Dictionary(grouping: report.edits, by: \.kind).mapValues(\.count)
        if !editCounts.isEmpty {
            let summary = EditKind.allCases.compactMap { kind in editCounts[kind].map { "\(editName(kind)) \($0) 处" } }
            lines.append("  清理: \(summary.joined(separator: "，"))")
        }
        if !report.garbled.isEmpty {
            lines.append("  无法恢复的乱码: \(report.garbled.count) 处，如 第\(report.garbled[0].line)行 “\(report.garbled[0].text)”")
        }
        if findings {
            lines.append("  问题: \(report.findings.isEmpty ? "无" : "\(report.findings.count) 个")")
            for finding in report.findings {
                lines.append("    第\(finding.line)行 \(finding.severity.rawValue) [\(finding.rule)] \(finding.message)")
            }
        }
        lines.append("  篇幅: \(report.statistics.characters) 字符，\(report.statistics.lines) 行")
        return lines.joined(separator: "\n") + "\n"
    }




    static func editName(_ kind: EditKind) -> String {
        switch kind {
        case .webChrome: return "网页框架"
        case .repeatedPassage: return "重复段落"
        case .pinyinAnnotation: return "拼音注音"
        case .mojibakeRepaired: return "修复乱码"
        case .invisibleCharacters: return "不可见字符"
        }
    }
}
