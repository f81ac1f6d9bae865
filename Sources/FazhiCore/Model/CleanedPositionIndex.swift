/// Finds where a position of the original file went in the cleaned text — the inverse of the
/// cleaned text's map back to the original, for recording each finding's offset in the text a reader sees.
public struct CleanedPositionIndex: Sendable {
    /// (origin in the original, offset in the cleaned text), sorted by origin; empty when the origins themselves
    /// never decrease (the usual case), which are then searched directly.
    private let pairs: [(origin: Int32, cleaned: Int32)]
    private let origins: OriginRuns
    private let lineStarts: [Int]

    /// Indexes a cleaned document.
    public init(_ document: CleanedDocument) {
        origins = document.text.origins
        var pairs: [(origin: Int32, cleaned: Int32)] = []
        if !origins.isNonDecreasing {
            pairs.reserveCapacity(origins.count)
            for (index, origin) in origins.enumerated() { pairs.append((origin, Int32(index))) }
            pairs.sort { ($0.origin, $0.cleaned) < ($1.origin, $1.cleaned) }
        }
        self.pairs = pairs
        lineStarts = document.source.lineStarts
    }

    /// The cleaned-text offset of a 1-based line and column of the original, or of the first
    /// kept character after it; nil past the end or for a line the original does not have.
    public func cleanedOffset(line: Int, column: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        let target = Int32(clamping: lineStarts[line - 1] + column - 1)
        guard !pairs.isEmpty else { return origins.firstOffset(notBelow: target) }
        var low = 0, high = pairs.count
        while low < high {
            let middle = (low + high) / 2
            if pairs[middle].origin < target { low = middle + 1 } else { high = middle }
        }
        return low < pairs.count ? Int(pairs[low].cleaned) : nil
    }
}
