import FazhiStore
/// Turns a `SearchQuery` into an FTS5 MATCH expression over the bigram index.
///
/// Each spelling becomes a quoted string, which FTS5 tokenizes into a phrase of consecutive
/// bigrams; a one-character spelling becomes a prefix query (法 → "法"*), which finds it as the
/// first character of a pair or as a run's last character. Spellings of a term are OR-ed, terms AND-ed.
enum FTSQuery {
    /// The MATCH expression, or nil when no term has a searchable character.
    static func expression(for query: SearchQuery) -> String? {
        expression(of: terms(of: query))
    }

    /// The MATCH expression of terms from ``terms(of:)``, or nil when there are none.
    static func expression(of terms: [(clause: String, phrases: Int)]) -> String? {
        terms.isEmpty ? nil : terms.map(\.clause).joined(separator: " AND ")
    }

    /// Each searchable term's MATCH clause and how many phrases (spellings) it holds, in the expression's order.
    static func terms(of query: SearchQuery) -> [(clause: String, phrases: Int)] {
        let scanner = BigramScanner(emitsRunEnds: false)
        var clauses: [(clause: String, phrases: Int)] = []
        for term in query.terms {
            var spellings: [String] = []
            for spelling in term {
                let tokens = scanner.tokens(spelling)
                guard !tokens.isEmpty else { continue }
                let quoted = "\"" + spelling.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                let isSingleCharacter = tokens.count == 1 && tokens[0].text.unicodeScalars.count == 1
                spellings.append(isSingleCharacter ? quoted + "*" : quoted)
            }
            guard !spellings.isEmpty else { continue }
            clauses.append((spellings.count == 1 ? spellings[0] : "(" + spellings.joined(separator: " OR ") + ")", spellings.count))
        }
        return clauses
    }
}
