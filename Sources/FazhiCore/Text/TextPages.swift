/// A report's text cut into pages of whole lines, so a page of a huge report costs what a page of a small one does.
///
/// Offsets count Unicode scalars, as a report's recorded positions do. A line longer than a page is cut as well.
public struct TextPages: Sendable {
    /// The scalar offset where each line starts.
    public let lineStarts: [Int]
    /// The scalar offset where each page starts.
    public let pageStarts: [Int]
    /// The text's length in scalars.
    public let length: Int

    /// Pages of at most `budget` scalars over `text`, in one pass over its UTF-8 bytes.
    public init(_ text: String, budget: Int) {
        precondition(budget > 0)
        var lineStarts = [0]
        var count = 0
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80 { count += 1 }
            if byte == 0x0A { lineStarts.append(count) }
        }
        var pageStarts = [0]
        var lastBoundary = 0
        for boundary in lineStarts.dropFirst() + [count] {
            while boundary - pageStarts[pageStarts.count - 1] > budget {
                let start = pageStarts[pageStarts.count - 1]
                pageStarts.append(lastBoundary > start ? lastBoundary : start + budget)
            }
            lastBoundary = boundary
        }
        self.lineStarts = lineStarts
        self.pageStarts = pageStarts
        length = count
    }

    /// How many pages there are (at least one, for an empty text too).
    public var count: Int { pageStarts.count }

    /// The scalar offsets page `page` covers.
    public func range(of page: Int) -> Range<Int> {
        pageStarts[page]..<(page + 1 < pageStarts.count ? pageStarts[page + 1] : length)
    }

    /// The page an offset is on.
    public func page(containing offset: Int) -> Int { Self.lastIndex(in: pageStarts, notAfter: offset) }

    /// The index of the line an offset is on.
    public func line(containing offset: Int) -> Int { Self.lastIndex(in: lineStarts, notAfter: offset) }

    /// The text of page `page`, without the line break that ends it when another page follows.
    public func text(of page: Int, in text: String) -> Substring {
        let range = range(of: page)
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
        let end = scalars.index(start, offsetBy: range.count)
        let slice = Substring(scalars[start..<end])
        return page + 1 < count && slice.hasSuffix("\n") ? slice.dropLast() : slice
    }

    /// The last index whose value is at most `offset` in an ascending array of starts beginning at or before it.
    public static func lastIndex(in starts: [Int], notAfter offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
