/// Finds where a position of the original file went in the cleaned text — the inverse of the
/// cleaned text's map back to the original, for showing figures and findings on the text a
/// reader sees.
public struct CleanedPositionIndex: Sendable {
    /// (origin in the original, offset in the cleaned text), sorted by origin.
    private let pairs: [(origin: Int32, cleaned: Int32)]
    private let lineStarts: [Int]
    private let cleanedLineStarts: [Int]

    /// Indexes a cleaned document.
    public init(_ document: CleanedDocument) {
        var pairs: [(origin: Int32, cleaned: Int32)] = []
        pairs.reserveCapacity(document.text.count)
        for (index, origin) in document.text.origins.enumerated() { pairs.append((origin, Int32(index))) }
        pairs.sort { ($0.origin, $0.cleaned) < ($1.origin, $1.cleaned) }
        self.pairs = pairs
        lineStarts = document.source.lineStarts
        var starts = [0]
        for (index, scalar) in document.text.scalars.enumerated() where scalar == "\n" { starts.append(index + 1) }
        cleanedLineStarts = starts
    }

    /// The cleaned-text offset of a 1-based line and column of the original, or of the first
    /// kept character after it; nil past the end or for a line the original does not have.
    public func cleanedOffset(line: Int, column: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        let target = Int32(clamping: lineStarts[line - 1] + column - 1)
        var low = 0, high = pairs.count
        while low < high {
            let middle = (low + high) / 2
            if pairs[middle].origin < target { low = middle + 1 } else { high = middle }
        }
        return low < pairs.count ? Int(pairs[low].cleaned) : nil
    }

    /// The 1-based line and column of a cleaned-text offset.
    public func cleanedLocation(of offset: Int) -> SourceLocation {
        var low = 0, high = cleanedLineStarts.count
        while low < high {
            let middle = (low + high) / 2
            if cleanedLineStarts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        let line = max(low, 1)
        return SourceLocation(line: line, column: offset - cleanedLineStarts[line - 1] + 1)
    }
}
