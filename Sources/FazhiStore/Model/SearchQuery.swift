/// A full-text query: terms that must all occur, each in one of its spellings.
///
/// 復議 調解 → two terms, each with its traditional and simplified spelling.
public struct SearchQuery: Sendable, Equatable {
    /// Every term must match; within a term, any spelling may.
    public var terms: [[String]]

    /// Splits text on white space into terms; `simplify` adds each term's simplified spelling.
    public init(_ text: String, simplify: (String) -> String = { $0 }) {
        terms = text.split(whereSeparator: { $0.isWhitespace }).map { word in
            let original = String(word)
            let simplified = simplify(original)
            return simplified == original ? [original] : [simplified, original]
        }
    }

    /// How many matching reports a search ranks, at least (2,000 unless set). A query matching more ranks only the
    /// most recently stored of them (as many as this, or as the page reaches), so its time is bounded whatever the
    /// corpus: an older report that would score higher is not shown, though the count of matches stays exact.
    public var rankedCandidates = 2_000

    /// Whether the query has no terms.
    public var isEmpty: Bool { terms.isEmpty }
}
