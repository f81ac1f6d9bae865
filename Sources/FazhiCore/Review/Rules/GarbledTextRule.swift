/// `garbled-text`: pinyin glued after characters, mojibake, replacement characters.
///
/// Repaired garbling (质(zhì), UTF-8 read as GBK that decodes again) is info, one finding per
/// kind; unrecoverable garbling (专家?guī)熘贫?) is an error at each place.
struct GarbledTextRule: ReviewRule {
    let id = "garbled-text"
    let title = "乱码"

    func findings(in context: ReviewContext) -> [Finding] {
        var findings: [Finding] = []
        let pinyin = context.report.edits.filter { $0.kind == .pinyinAnnotation }
        if let first = pinyin.first {
            findings.append(Finding(rule: id, severity: .info, message: "字后夹注拼音\(pinyin.count)处，已去除",
                                    line: first.line, column: first.column, excerpt: first.text))
        }
        for edit in context.report.edits where edit.kind == .mojibakeRepaired {
            findings.append(Finding(rule: id, severity: .info, message: "乱码已按正确编码恢复",
                                    line: edit.line, column: edit.column, excerpt: edit.text))
        }
        for span in context.report.garbled {
            findings.append(Finding(rule: id, severity: .error, message: "无法恢复的乱码", line: span.line,
                                    column: span.column, excerpt: span.text))
        }
        return findings
    }
}
