/// A report that matched a search, with the lines where it matched.
public struct SearchHit: Codable, Sendable {
    /// The report.
    public var report: ReportSummary
    /// Relevance: higher is better (negated BM25).
    public var score: Double
    /// The first matching lines, in document order.
    public var snippets: [Snippet]
    /// How many lines matched in all.
    public var matchingLines: Int

    /// Creates a hit.
    public init(report: ReportSummary, score: Double, snippets: [Snippet], matchingLines: Int) {
        self.report = report
        self.score = score
        self.snippets = snippets
        self.matchingLines = matchingLines
    }
}

/// A stretch of one line of cleaned text with the matches marked.
public struct Snippet: Codable, Sendable, Equatable {
    /// 1-based line of the first match in the original file (in the cleaned text for reports stored before
    /// positions were kept).
    public var line: Int
    /// 1-based column (in characters) of the first match, likewise.
    public var column: Int
    /// The text shown: the line, shortened around the matches (… where cut).
    public var text: String
    /// Character ranges in `text` that matched, as [start, end) offsets.
    public var highlights: [[Int]]
    /// Scalar offset of the first match in the cleaned text.
    public var offset: Int?

    /// The text cut at the highlights, in order: each piece and whether it matched.
    public var segments: [(text: String, isMatch: Bool)] {
        let scalars = Array(text.unicodeScalars)
        func piece(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        var segments: [(text: String, isMatch: Bool)] = []
        var position = 0
        for range in highlights where range.count == 2 && range[0] >= position && range[0] < range[1] && range[1] <= scalars.count {
            if range[0] > position { segments.append((piece(position..<range[0]), false)) }
            segments.append((piece(range[0]..<range[1]), true))
            position = range[1]
        }
        if position < scalars.count { segments.append((piece(position..<scalars.count), false)) }
        return segments
    }

    /// Creates a snippet.
    public init(line: Int, column: Int, text: String, highlights: [[Int]], offset: Int? = nil) {
        self.line = line
        self.column = column
        self.text = text
        self.highlights = highlights
        self.offset = offset
    }
}
