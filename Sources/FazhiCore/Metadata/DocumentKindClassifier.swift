/// Decides what a document is — an annual rule-of-law report or a look-alike — from its title and its whole opening.
///
/// The words are data (Resources/document-kinds.tsv). A title's kind words decide first; a page
/// with no title (or a title that names no kind) is judged by its lead and opening: news
/// phrasing, a disclosure report's legal basis, a notice's closing formula. An annual report
/// speaks of rule-of-law government, has the shape of a report, and covers one year from 2016 on.
public struct DocumentKindClassifier: Sendable {
    private struct Rule: Sendable {
        var kind: String
        var zone: String
        var words: [String]
        /// The words' ids in `words` of the classifier.
        var wordIDs: [Int]
    }

    private let rules: [Rule]
    /// Every rule word, with its id.
    private let words: ScalarTrie
    private let wordCount: Int

    /// Parses the resource format: `#` comments, then kind, zone and `|`-separated words.
    public init(tsv: String) throws(ResourceError) {
        var rules: [Rule] = [], ids: [String: Int] = [:], words = ScalarTrie()
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, DocumentKind(rawValue: String(fields[0])) != nil || ["topic", "report", "multiYear"].contains(String(fields[0])),
                  ["title", "titleEnd", "opening", "lead", "body"].contains(String(fields[1]))
            else { throw .malformed(resource: "document-kinds.tsv", line: number + 1) }
            let ruleWords = fields[2].split(separator: "|").map(String.init)
            let wordIDs = ruleWords.map { word in
                if let id = ids[word] { return id }
                ids[word] = ids.count
                words.insert(word, ids.count - 1)
                return ids.count - 1
            }
            rules.append(Rule(kind: String(fields[0]), zone: String(fields[1]), words: ruleWords, wordIDs: wordIDs))
        }
        self.rules = rules
        self.words = words
        wordCount = ids.count
    }

    /// Where each rule word first ends in `text` (a scalar offset), by word id; `Int.max` where it does not occur.
    private func firstEnds(in text: [Unicode.Scalar]) -> [Int] {
        var ends = [Int](repeating: .max, count: wordCount)
        words.forEachOccurrence(in: text[...]) { start, length, id in ends[id] = min(ends[id], start + length) }
        return ends
    }

    /// The document's kind.
    /// - Parameters:
    ///   - title: the title, when the page has one.
    ///   - opening: the text from the first paragraph of the body on.
    ///   - reportYear: the year the document is about, when found.
    ///   - hasHeadings: whether the outline has first-level headings.
    public func kind(title: String?, opening: String, reportYear: Int?, hasHeadings: Bool) -> DocumentKind {
        kind(title: title, opening: opening.scalarArray, reportYear: reportYear, hasHeadings: hasHeadings)
    }

    /// The document's kind, from the opening's scalars.
    func kind(title: String?, opening openingScalars: [Unicode.Scalar], reportYear: Int?, hasHeadings: Bool) -> DocumentKind {
        let lead = openingScalars.prefix(60).string
        let start = openingScalars.prefix(300)
        // One pass over the text: a word is in the lead (60 scalars), the opening (300) or the body by where it first ends.
        let ends = firstEnds(in: openingScalars)
        let titleEnds = title.map { firstEnds(in: $0.scalarArray) }
        func inTitle(_ rule: Rule) -> Bool { titleEnds.map { ends in rule.wordIDs.contains { ends[$0] != .max } } ?? false }
        func within(_ limit: Int, _ rule: Rule) -> Bool { rule.wordIDs.contains { ends[$0] <= limit } }
        let limits = ["lead": 60, "opening": 300, "body": Int.max - 1]
        if let title {
            for rule in rules where matches(rule, title: title, inTitle: inTitle(rule)) {
                if let kind = DocumentKind(rawValue: rule.kind) { return kind }
            }
        }
        for zone in ["lead", "opening", "body"] {
            for rule in rules where rule.zone == zone && within(limits[zone]!, rule) {
                if let kind = DocumentKind(rawValue: rule.kind) { return kind }
            }
        }
        func has(_ kind: String, _ zone: String, within limit: Int) -> Bool {
            rules.contains { $0.kind == kind && $0.zone == zone && within(limit, $0) }
        }
        func titleHas(_ kind: String) -> Bool { rules.contains { $0.kind == kind && $0.zone == "title" && inTitle($0) } }
        let titleTopic = title != nil && titleHas("topic")
        let topic = titleTopic || has("topic", "opening", within: Int.max - 1)
        let shaped = (title != nil && titleHas("report") && titleTopic)
            || has("report", "opening", within: Int.max - 1)
            || (hasHeadings && ReportYearFinder.leadingYear(lead) != nil)
            || (title == nil && hasHeadings)
        let multiYear = (title.map { titleHas("multiYear") || Self.spansYears($0) } ?? false)
            || has("multiYear", "opening", within: 300)
        let early = reportYear.map { $0 < 2016 } ?? false
        // A page mostly in another language (a catalogue record, a translation) describes a report; it is not one.
        let chinese = start.filter(\.isHan).count * 10 >= start.count * 3
        return topic && shaped && !multiYear && !early && chinese ? .annualReport : .other
    }

    private func matches(_ rule: Rule, title: String, inTitle: Bool) -> Bool {
        switch rule.zone {
        case "title": return inTitle
        case "titleEnd":
            let bare = title.hasSuffixUTF8("的通知") ? String(title.dropLast(3)) : title
            return rule.words.contains { title.hasSuffixUTF8($0) || bare.hasSuffixUTF8($0) }
        default: return false
        }
    }

    /// Whether a title names a span of years (2015-2020年度, 2016—2020年), outside brackets and book-title marks
    /// (贯彻落实《纲要（2015-2020年）》情况 is about one year).
    static func spansYears(_ title: String) -> Bool {
        var scalars: [Unicode.Scalar] = [], depth = 0
        for scalar in title.unicodeScalars {
            if "《（(".unicodeScalars.contains(scalar) { depth += 1 } else if "》）)".unicodeScalars.contains(scalar) { depth = max(0, depth - 1) } else if depth == 0 { scalars.append(scalar) }
        }
        var index = 0
        while index + 9 <= scalars.count {
            if scalars[index..<index + 4].allSatisfy(\.isDigit), "-—–~至到".unicodeScalars.contains(scalars[index + 4]),
               scalars[index + 5..<index + 9].allSatisfy(\.isDigit) { return true }
            index += 1
        }
        return false
    }
}
