import FazhiCore

/// Finds the lines of a text where a query's terms occur and cuts them into snippets.
///
/// Matching folds case and full-width letters and digits, as the index does.
package struct SnippetFinder {
    /// Characters kept on each side of the matches.
    var context = 30
    /// Snippets returned at most.
    var limit = 3

    private let needles: [[UInt32]]

    package init(_ query: SearchQuery) {
        needles = query.terms.flatMap { $0 }.map { Self.fold($0) }.filter { !$0.isEmpty }
    }

    /// The first `limit` matching lines as snippets, and how many lines matched in all.
    package func snippets(in text: String, positions: PositionMap? = nil) -> (snippets: [Snippet], matchingLines: Int) {
        var text = text
        return text.withUTF8 { snippets(inUTF8: $0, positions: positions) }
    }

    /// One pass over the text's bytes that keeps only the last few folded characters of the line, to see whether a
    /// needle ends at each; only a line that gives a snippet is decoded into characters.
    private func snippets(inUTF8 bytes: UnsafeBufferPointer<UInt8>, positions: PositionMap?) -> (snippets: [Snippet], matchingLines: Int) {
        guard let longest = needles.map(\.count).max() else { return ([], 0) }
        var snippets: [Snippet] = []
        var matching = 0
        var lineNumber = 0, lineStartByte = 0, lineStart = 0, offset = 0
        // The line's last folded characters, in a ring of a power-of-two size at least the longest needle's.
        var ringSize = 1
        while ringSize < longest { ringSize <<= 1 }
        var recent = [UInt32](repeating: 0, count: ringSize)
        var lineLength = 0
        var lineMatched = false
        func finishLine(end: Int) {
            lineNumber += 1
            guard lineMatched else { return }
            matching += 1
            guard snippets.count < limit else { return }
            let scalars = Unicode.Scalar.array(decoding: UnsafeBufferPointer(rebasing: bytes[lineStartByte..<end]))
            let ranges = matches(in: scalars.map { Self.fold($0.value) })
            var found = snippet(scalars, line: lineNumber, ranges: ranges)
            found.offset = lineStart + ranges[0].lowerBound
            // Shown where an editor shows it: the first match's line and column in the original file.
            if let location = positions?.location(ofCleaned: lineStart + ranges[0].lowerBound) {
                found.line = location.line
                found.column = location.column
            }
            snippets.append(found)
        }
        var index = 0
        while index < bytes.count {
            let (value, width) = bytes.scalarValue(at: index)
            if value == 0x0A {
                finishLine(end: index)
                lineStartByte = index + 1
                lineStart = offset + 1
                lineLength = 0
                lineMatched = false
            } else if !lineMatched {
                let folded = Self.fold(value)
                recent[lineLength & (ringSize - 1)] = folded
                lineLength += 1
                for needle in needles where needle[needle.count - 1] == folded && needle.count <= lineLength {
                    var equal = true
                    for (position, element) in needle.enumerated()
                    where recent[(lineLength - needle.count + position) & (ringSize - 1)] != element {
                        equal = false
                        break
                    }
                    if equal {
                        lineMatched = true
                        break
                    }
                }
            }
            offset += 1
            index += width
        }
        finishLine(end: bytes.count)
        return (snippets, matching)
    }

    /// Non-overlapping match ranges in a folded line, in order.
    private func matches(in folded: [UInt32]) -> [Range<Int>] {
        guard let first = needles.first?.first, needles.count > 1 || folded.contains(first) else { return [] }
        var ranges: [Range<Int>] = []
        for needle in needles where needle.count <= folded.count {
            var start = 0
            while start + needle.count <= folded.count {
                if folded[start] == needle[0], folded[start..<start + needle.count].elementsEqual(needle) {
                    ranges.append(start..<start + needle.count)
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in ranges {
            if let last = merged.last, range.lowerBound < last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    private func snippet(_ scalars: [Unicode.Scalar], line: Int, ranges: [Range<Int>]) -> Snippet {
        let from = max(0, ranges[0].lowerBound - context)
        let to = min(scalars.count, ranges[ranges.count - 1].upperBound + context)
        let cut = min(to, max(ranges[0].upperBound + context, from + 2 * context + 20))
        let prefix = from > 0 ? "…" : ""
        var text = prefix
        text.unicodeScalars.append(contentsOf: scalars[from..<cut])
        if cut < scalars.count { text += "…" }
        let shift = prefix.unicodeScalars.count - from
        let highlights = ranges.filter { $0.upperBound <= cut }.map { [$0.lowerBound + shift, $0.upperBound + shift] }
        return Snippet(line: line, column: ranges[0].lowerBound + 1, text: text, highlights: highlights)
    }

    /// A text's scalars folded as the index folds them (ASCII and full-width letters lower-cased, full-width digits to
    /// ASCII), without white space.
    package static func fold(_ text: String) -> [UInt32] {
        text.unicodeScalars.filter { !$0.properties.isWhitespace }.map { fold($0.value) }
    }

    private static func fold(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x41...0x5A: value + 0x20
        case 0xFF10...0xFF19, 0xFF41...0xFF5A: value - 0xFEE0
        case 0xFF21...0xFF3A: value - 0xFEE0 + 0x20
        default: value
        }
    }
}
