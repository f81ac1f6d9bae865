/// `masked-text`: content left out of the published text, such as （略） or 此处略.
struct MaskedTextRule: ReviewRule {
    let id = "masked-text"
    let title = "内容被遮盖"

    static let marks = ["（略）", "(略)", "【略】", "[略]", "此处略", "内容略", "以下略"].map { Array($0.unicodeScalars) }

    func findings(in context: ReviewContext) -> [Finding] {
        var findings: [Finding] = []
        let scalars = context.document.text.scalars
        for line in context.document.lines {
            let text = scalars[line.range]
            for mark in Self.marks {
                guard let found = text.firstIndex(of: mark) else { continue }
                let location = context.document.location(ofCleaned: found)
                findings.append(Finding(rule: id, severity: .warning, message: "正文有内容被省略：“\(mark.string)”",
                                        line: location.line, column: location.column, excerpt: line.text, found: mark.string))
            }
        }
        return findings
    }
}
