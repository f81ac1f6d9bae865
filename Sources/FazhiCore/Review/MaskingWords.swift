/// Words that show text was left out or replaced on a published page (Resources/masking.tsv).
public struct MaskingWords: Sendable {
    /// Notes that text was left out (（略）, 此处略) and strings a mirror site injects in place of words
    /// (威廉希尔, betway), each with its index in `words`.
    let trie: ScalarTrie
    /// The words as written.
    let words: [String]

    /// No words: only masks recognised by their shape are found.
    public init() {
        trie = ScalarTrie()
        words = []
    }

    /// Parses the resource format: `#` comments, then a role (omitted, spam) and `|`-separated words.
    public init(tsv: String) throws(ResourceError) {
        var omitted: [[Unicode.Scalar]] = [], spam: [[Unicode.Scalar]] = []
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let words = fields.count == 2 ? fields[1].split(separator: "|").map { $0.scalarArray } : []
            switch fields.first {
            case "omitted" where !words.isEmpty: omitted += words
            case "spam" where !words.isEmpty: spam += words
            default: throw .malformed(resource: "masking.tsv", line: number + 1)
            }
        }
        var trie = ScalarTrie()
        let all = omitted + spam
        for (index, word) in all.enumerated() { trie.insert(word.string, index) }
        self.trie = trie
        words = all.map(\.string)
    }
}
