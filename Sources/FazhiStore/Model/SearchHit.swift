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
    /// 1-based line in the cleaned text.
    public var line: Int
    /// 1-based column (in characters) of the first match.
    public var column: Int
    /// The text shown: the line, shortened around the matches (… where cut).
    public var text: String
    /// Character ranges in `text` that matched, as [start, end) offsets.
    public var highlights: [[Int]]

    /// Creates a snippet.
    public init(line: Int, column: Int, text: String, highlights: [[Int]]) {
        self.line = line
        self.column = column
        self.text = text
        self.highlights = highlights
    }
}
