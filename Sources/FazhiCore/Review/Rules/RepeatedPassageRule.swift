/// `repeated-passage`: a paragraph, or the whole body, pasted twice.
///
/// Catches the second copy that cleaning removed, at its place in the original file. A short line
/// repeated (a page that shows its title above the document's own) is layout, not a defect.
struct RepeatedPassageRule: ReviewRule {
    let id = "repeated-passage"
    let title = "段落重复"

    /// Repeats shorter than this are a title or heading shown twice by the page.
    static let shortestPassage = 40

    func findings(in context: ReviewContext) -> [Finding] {
        context.report.edits.filter { $0.kind == .repeatedPassage && $0.length >= Self.shortestPassage }.map { edit in
            Finding(rule: id, severity: .warning, message: "重复段落：与前文重复的\(edit.length)个字符已去除",
                    line: edit.line, column: edit.column, excerpt: edit.text)
        }
    }
}
