/// `masked-text`: content left out of the published text or replaced on its way to the page.
///
/// Catches notes of omission (（略）, 此处略, 开头部分已省略650字, 仅展示628字), asterisk masks beside
/// Chinese (***同志, *区, 用*严格制度), a single underscore standing for a word (_法治思想), and
/// strings a mirror site injects (Resources/masking.tsv). Not flagged: an asterisk or underscore
/// among Latin letters or digits (a footnote mark after punctuation, file_name, 3*3), runs of two
/// or more underscores (template slots: the placeholder rule's).
struct MaskedTextRule: ReviewRule {
    let id = "masked-text"
    let title = "内容被遮盖"

    /// Words before a count of characters that say the page shows only part of the text.
    static let elisionWords: ScalarWords = ["已省略", "仅展示", "全文共", "省略了"]

    func findings(in context: ReviewContext) -> [Finding] {
        var findings: [Finding] = []
        let scalars = context.document.text.scalars
        for line in context.document.lines {
            let text = scalars[line.range]
            var found: [(Int, String)] = []
            var seen: Set<Int> = []
            var index = text.startIndex
            while index < text.endIndex {
                if let match = context.masking.trie.longestMatch(in: text, from: index) {
                    if seen.insert(match.value).inserted { found.append((index, context.masking.words[match.value])) }
                    index += match.length
                } else {
                    index += 1
                }
            }
            if let (start, note) = Self.elision(in: text) { found.append((start, note)) }
            if let (start, mask) = Self.mask(in: text) { found.append((start, mask)) }
            for (start, mark) in found.sorted(by: { $0.0 < $1.0 }) {
                let location = context.document.location(ofCleaned: start)
                findings.append(Finding(rule: id, severity: .warning, message: "正文有内容被省略或替换：“\(mark)”",
                                        line: location.line, column: location.column, excerpt: line.text, found: mark))
            }
        }
        return findings
    }

    /// 开头部分已省略650字, 仅展示628字: an elision word followed by a count of 字.
    /// The earlier word of `elisionWords` wins, then the earlier place.
    static func elision(in text: ArraySlice<Unicode.Scalar>) -> (Int, String)? {
        let words = elisionWords
        var found: (word: Int, start: Int, end: Int)?
        words.forEachMatch(in: text) { start, number in
            guard number < found?.word ?? .max else { return true }
            let wordEnd = start + words.words[number].count
            var end = wordEnd
            while end < text.endIndex, text[end].isDigit { end += 1 }
            if end > wordEnd, end < text.endIndex, text[end] == "字" { found = (number, start, end) }
            return true
        }
        return found.map { ($0.start, text[$0.start...$0.end].string) }
    }

    /// The first mask: asterisks beside Chinese (***同志, *区, 积*进展), or one underscore between Chinese in
    /// running text (行_力; a title line's underscores join the page's title segments).
    static func mask(in text: ArraySlice<Unicode.Scalar>) -> (Int, String)? {
        var prose: Bool?       // asked only of a line with an underscore
        var index = text.startIndex
        while index < text.endIndex {
            let scalar = text[index]
            let isStar = scalar == "*" || scalar == "＊"
            guard isStar || scalar == "_" || scalar == "＿" else {
                index += 1
                continue
            }
            var end = index
            while end < text.endIndex, text[end] == scalar { end += 1 }
            let before = index > text.startIndex ? text[index - 1] : nil
            let after = end < text.endIndex ? text[end] : nil
            let hanBefore = before?.isHan ?? false, hanAfter = after?.isHan ?? false
            // One asterisk stands for a word between Chinese (用*严格制度); a run beside Chinese (***同志, **县).
            let starMask = end - index == 1 ? hanBefore && hanAfter
                : (hanBefore || hanAfter) && !(before?.isASCIILetter ?? false) && !(after?.isASCIILetter ?? false)
            if isStar ? starMask : end - index == 1 && (hanBefore || before == nil) && hanAfter && isProse(text, &prose) {
                return (index, text[index..<end].string)
            }
            index = end
        }
        return nil
    }

    /// Whether the line is running text (it has a clause or sentence mark), found once.
    private static func isProse(_ text: ArraySlice<Unicode.Scalar>, _ known: inout Bool?) -> Bool {
        if let known { return known }
        let prose = text.contains { $0.isSentenceEnd || $0.isClausePunctuation }
        known = prose
        return prose
    }
}
