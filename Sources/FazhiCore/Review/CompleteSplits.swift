/// Kinds that together make a whole (民事|刑事|行政; 来信|来访|网上): a list naming every kind of
/// one of them is a complete split of its total (Resources/complete-splits.tsv).
public struct CompleteSplits: Sendable {
    private let splits: [[[Unicode.Scalar]]]

    /// No splits: no list is known to be complete.
    public init() {
        splits = []
    }

    /// Parses the resource format: `#` comments, then one split per line with its kinds separated by `|`.
    public init(tsv: String) throws(ResourceError) {
        var splits: [[[Unicode.Scalar]]] = []
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let kinds = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.scalarArray }
            guard kinds.count >= 2, kinds.allSatisfy({ !$0.isEmpty }) else {
                throw .malformed(resource: "complete-splits.tsv", line: number + 1)
            }
            splits.append(kinds)
        }
        self.splits = splits
    }

    /// Whether the parts, by the words naming each, are the kinds of one split, each kind once.
    public func isComplete(_ parts: [String]) -> Bool {
        let words = parts.map { $0.scalarArray[...] }
        return splits.contains { kinds in
            kinds.count == words.count && words.allSatisfy { word in kinds.filter { word.firstIndex(of: $0) != nil }.count == 1 }
                && kinds.allSatisfy { kind in words.filter { $0.firstIndex(of: kind) != nil }.count == 1 }
        }
    }
}
