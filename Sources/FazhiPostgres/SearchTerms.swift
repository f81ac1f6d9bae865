import FazhiStore

/// Texts and queries as PostgreSQL full-text values over character bigrams (see `BigramScanner`).
///
/// A text becomes one `tsvector` a chunk of `chunkBytes`, each chunk reaching `overlapBytes` into the next so that a
/// phrase of up to 200 Chinese characters lies whole in one chunk. A query becomes a `tsquery` that finds every report
/// holding all of a phrase's bigrams in one chunk; where a phrase has more than one token, the store then checks the
/// phrase itself in the text, so the answer is the same as the SQLite store's phrase search.
enum SearchTerms {
    static let chunkBytes = 60_000
    static let overlapBytes = 600
    /// Positions kept per lexeme and chunk: enough for ranking by frequency.
    static let positionsPerLexeme = 4
    /// Longer words are left out of the index (PostgreSQL's lexemes stop at 2 KB).
    static let longestToken = 256

    /// The text's chunks as `tsvector` literals (none for a text without tokens).
    static func chunks(of text: String) -> [String] {
        var text = text
        var chunks: [[String: [Int]]] = []
        let scanner = BigramScanner(emitsRunEnds: true)
        var ordinal = 0
        text.withUTF8 { buffer in
            scanner.scan(buffer) { token, start, _, colocated in
                guard token.count <= longestToken else { return true }
                if !colocated { ordinal += 1 }
                let lexeme = String(decoding: token, as: UTF8.self)
                // The chunk it starts in, and the one before when it lies in that chunk's overlap.
                let chunk = start / chunkBytes
                var owners = [chunk]
                if chunk > 0, start - chunk * chunkBytes < overlapBytes { owners.append(chunk - 1) }
                for owner in owners {
                    while chunks.count <= owner { chunks.append([:]) }
                    let position = min(ordinal, 16_383)
                    if chunks[owner][lexeme, default: []].count < positionsPerLexeme { chunks[owner][lexeme, default: []].append(position) }
                }
                return true
            }
        }
        return chunks.filter { !$0.isEmpty }.map { lexemes in
            lexemes.keys.sorted().map { "\(quoted($0)):\(lexemes[$0]!.map(String.init).joined(separator: ","))" }.joined(separator: " ")
        }
    }

    /// What a query searches for: the `tsquery` literal (spellings OR-ed, terms AND-ed), and, when some spelling has
    /// more than one token, the folded spellings of each term to check in the text; nil when nothing can be searched.
    struct Query {
        var tsquery: String
        var phrases: [[String]]?
    }

    static func query(_ query: SearchQuery) -> Query? {
        let scanner = BigramScanner(emitsRunEnds: false)
        var clauses: [String] = []
        var phrases: [[String]] = []
        var needsCheck = false
        for term in query.terms {
            var spellings: [String] = [], folded: [String] = []
            for spelling in term {
                let tokens = scanner.tokens(spelling).filter { $0.bytes.count <= longestToken }
                guard !tokens.isEmpty else { continue }
                if tokens.count == 1 {
                    let single = tokens[0].text.unicodeScalars.count == 1
                    spellings.append(quoted(tokens[0].text) + (single ? ":*" : ""))
                } else {
                    needsCheck = true
                    spellings.append("(" + tokens.map { quoted($0.text) }.joined(separator: " & ") + ")")
                }
                folded.append(String(String.UnicodeScalarView(SnippetFinder.fold(spelling).compactMap(Unicode.Scalar.init))))
            }
            guard !spellings.isEmpty else { continue }
            clauses.append("(" + spellings.joined(separator: " | ") + ")")
            phrases.append(folded)
        }
        guard !clauses.isEmpty else { return nil }
        return Query(tsquery: clauses.joined(separator: " & "), phrases: needsCheck ? phrases : nil)
    }

    /// A lexeme quoted for tsvector and tsquery input.
    private static func quoted(_ lexeme: String) -> String {
        "'" + lexeme.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
    }
}
