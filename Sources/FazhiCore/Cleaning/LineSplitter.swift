/// Splits text into trimmed, non-empty lines.
enum LineSplitter {
    /// Ranges of the lines of `scalars`, without leading or trailing white space; empty lines are skipped.
    static func lines(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        let count = scalars.count
        while start < count {
            var end = start
            while end < count, scalars[end] != "\n" { end += 1 }
            var low = start, high = end
            while low < high, scalars[low].isHorizontalSpace { low += 1 }
            while high > low, scalars[high - 1].isHorizontalSpace { high -= 1 }
            if low < high { lines.append(low..<high) }
            start = end + 1
        }
        return lines
    }
}
