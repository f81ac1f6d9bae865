/// Rejoins lines that a PDF broke inside sentences, and drops page-number lines.
///
/// pdftotext writes each printed line as a line. A line is joined to the next when it runs
/// (nearly) to the full printed width and does not end a sentence, unless the next line opens
/// with a heading marker: never across a heading.
enum PDFLineJoiner {
    static func apply(_ text: MappedText) -> MappedText {
        let lines = LineSplitter.lines(of: text.scalars)
        guard lines.count > 1 else { return text }
        let lengths = lines.map(\.count).sorted()
        let fullWidth = lengths[lengths.count * 9 / 10]
        var result = MappedText()
        result.reserveCapacity(text.count)
        var previous: Range<Int>?
        for line in lines {
            let scalars = text.scalars[line]
            if isPageNumber(scalars) { continue }
            if let previous {
                let last = text.scalars[previous.upperBound - 1]
                let runsOn = previous.count * 10 >= fullWidth * 8 && !last.isSentenceEnd && last != "：" && last != ":"
                if !(runsOn && HeadingMarker.parse(scalars) == nil) {
                    result.append("\n", origin: text.origins[previous.upperBound - 1])
                }
            }
            result.append(text, range: line)
            previous = line
        }
        return result
    }

    /// A line holding only a page number: 3, - 3 -, — 3 —, 第3页, 3/12.
    static func isPageNumber(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var digits = 0
        for scalar in line {
            if scalar.isDigit { digits += 1 } else if !"-—–－ 第页/共".unicodeScalars.contains(scalar) && !scalar.isHorizontalSpace {
                return false
            }
        }
        return digits > 0 && digits <= 4
    }
}
