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
    }

    private let rules: [Rule]

    /// Parses the resource format: `#` comments, then kind, zone and `|`-separated words.
    public init(tsv: String) throws(ResourceError) {
        var rules: [Rule] = []
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, DocumentKind(rawValue: String(fields[0])) != nil || ["topic", "report", "multiYear"].contains(String(fields[0])),
                  ["title", "titleEnd", "opening", "lead", "body"].contains(String(fields[1]))
            else { throw .malformed(resource: "document-kinds.tsv", line: number + 1) }
            rules.append(Rule(kind: String(fields[0]), zone: String(fields[1]), words: fields[2].split(separator: "|").map(String.init)))
        }
        self.rules = rules
    }

    /// The document's kind.
    /// - Parameters:
    ///   - title: the title, when the page has one.
    ///   - opening: the text from the first paragraph of the body on.
    ///   - reportYear: the year the document is about, when found.
    ///   - hasHeadings: whether the outline has first-level headings.
    public func kind(title: String?, opening: String, reportYear: Int?, hasHeadings: Bool) -> DocumentKind {
        let lead = String(opening.unicodeScalars.prefix(60))
        let start = String(opening.unicodeScalars.prefix(300))
        if let title {
            for rule in rules where matches(rule, title: title) {
                if let kind = DocumentKind(rawValue: rule.kind) { return kind }
            }
        }
        for (zone, text) in [("lead", lead), ("opening", start), ("body", opening)] {
            for rule in rules where rule.zone == zone && DocumentKind(rawValue: rule.kind) != nil {
                if rule.words.contains(where: { text.contains($0) }) {
                    return DocumentKind(rawValue: rule.kind)!
                }
            }
        }
        let titleTopic = title.map { has("topic", "title", in: $0) } ?? false
        let topic = titleTopic || has("topic", "opening", in: start) || has("topic", "opening", in: opening)
        let shaped = (title.map { has("report", "title", in: $0) && titleTopic } ?? false)
            || has("report", "opening", in: opening)
            || (hasHeadings && ReportYearFinder.leadingYear(lead) != nil)
            || (title == nil && hasHeadings)
        let multiYear = (title.map { has("multiYear", "title", in: $0) || Self.spansYears($0) } ?? false)
            || has("multiYear", "opening", in: start)
        let early = reportYear.map { $0 < 2016 } ?? false
        // A page mostly in another language (a catalogue record, a translation) describes a report; it is not one.
        let chinese = start.unicodeScalars.filter(\.isHan).count * 10 >= start.unicodeScalars.count * 3
        return topic && shaped && !multiYear && !early && chinese ? .annualReport : .other
    }

    private func matches(_ rule: Rule, title: String) -> Bool {
        switch rule.zone {
        case "title": return rule.words.contains { title.contains($0) }
        case "titleEnd":
            let bare = title.hasSuffix("的通知") ? String(title.dropLast(3)) : title
            return rule.words.contains { title.hasSuffix($0) || bare.hasSuffix($0) }
        default: return false
        }
    }

    private func has(_ kind: String, _ zone: String, in text: String) -> Bool {
        rules.contains { $0.kind == kind && $0.zone == zone && $0.words.contains(where: text.contains) }
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
