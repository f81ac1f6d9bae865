/// `numbering`: gaps, repeats and jumps within a heading level, and lost markers.
///
/// Catches （四） followed by （六）, a second （三）, a level that does not start at 一, and a heading
/// whose marker was lost in copying (shown with the marker it should have had). Mixed styles are
/// not a separate finding: the outline nests a change of style (1. then （1）) as a sub-level.
struct NumberingRule: ReviewRule {
    let id = "numbering"
    let title = "序号缺失或错乱"

    func findings(in context: ReviewContext) -> [Finding] {
        var findings: [Finding] = []
        var groups: [[Heading]] = [context.report.outline]
        while let siblings = groups.popLast() {
            findings += check(siblings)
            groups += siblings.map(\.children).filter { !$0.isEmpty }
        }
        return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    private func check(_ siblings: [Heading]) -> [Finding] {
        var findings: [Finding] = []
        func add(_ heading: Heading, _ severity: Severity, _ message: String, expected: String?, found: String?) {
            findings.append(Finding(rule: id, severity: severity, message: message, line: heading.line,
                                    column: heading.column, excerpt: (heading.marker ?? "") + heading.title,
                                    expected: expected, found: found))
        }
        guard let first = siblings.first else { return [] }
        // Arabic task numbers often run on across sections (工作要点: 1–8 under （一）, 9– under （二）).
        if first.number != 1, first.marker != nil, first.style == .chineseOrdinal || first.style == .chineseParenthesized {
            add(first, .warning, "本级序号没有从第一个开始", expected: first.style.marker(for: 1), found: first.marker)
        }
        for (index, heading) in siblings.enumerated() {
            if heading.marker == nil, let inferred = heading.inferredMarker {
                add(heading, .error, "标题缺少序号，应为“\(inferred)”", expected: inferred, found: nil)
            }
            guard index > 0 else { continue }
            let previous = siblings[index - 1]
            if heading.number == previous.number {
                add(heading, .error, "标题序号重复", expected: heading.style.marker(for: previous.number + 1),
                    found: heading.marker)
            } else if heading.number != previous.number + 1 {
                add(heading, .error, heading.number > previous.number ? "标题序号跳跃" : "标题序号倒退",
                    expected: heading.style.marker(for: previous.number + 1), found: heading.marker)
            }
        }
        return findings
    }
}
