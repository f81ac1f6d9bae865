/// A heading marker at the start of a line: 一、 （一） 1. （1） ①, ASCII or full-width; 一) and 1) count as bracketed.
struct HeadingMarker: Equatable, Sendable {
    /// The numbering style.
    var style: MarkerStyle
    /// The number the marker carries.
    var number: Int
    /// Scalars the marker takes, including spaces after it.
    var length: Int
    /// Scalars of the marker itself, without the spaces after it.
    var markerLength: Int
    /// Whether an Arabic marker is followed by a digit (1.7月 — maybe a decimal, maybe a point).
    var followedByDigit: Bool

    /// Parses the marker that opens `line`, if any.
    static func parse(_ line: ArraySlice<Unicode.Scalar>) -> HeadingMarker? {
        guard let first = line.first else { return nil }
        let start = line.startIndex
        var found: (MarkerStyle, Int, Int)?
        if first.isOpeningParenthesis {
            let inner = line[(start + 1)...]
            if let (value, length) = ChineseOrdinal.parse(inner), closes(line, at: start + 1 + length) {
                found = (.chineseParenthesized, value, length + 2)
            } else if let (value, length) = arabic(inner), closes(line, at: start + 1 + length) {
                found = (.arabicParenthesized, value, length + 2)
            }
        } else if let (value, length) = ChineseOrdinal.parse(line[start...]) {
            let next = start + length
            if next < line.endIndex, ["、", "．", "."].contains(line[next]) {
                found = (.chineseOrdinal, value, length + 1)
            } else if next < line.endIndex, line[next].isClosingParenthesis {
                // 一)加强… is a （一） that lost its opening bracket.
                found = (.chineseParenthesized, value, length + 1)
            }
        } else if let (value, length) = arabic(line[start...]) {
            let next = start + length
            if next < line.endIndex {
                if ["、", "．", "."].contains(line[next]) {
                    found = (.arabicOrdinal, value, length + 1)
                } else if line[next].isClosingParenthesis {
                    found = (.arabicParenthesized, value, length + 1)
                }
            }
        } else if (0x2460...0x2473).contains(first.value) {
            found = (.circled, Int(first.value - 0x245F), 1)
        } else if (0x2474...0x2487).contains(first.value) {
            found = (.arabicParenthesized, Int(first.value - 0x2473), 1)
        } else if (0x2488...0x249B).contains(first.value) {
            found = (.arabicOrdinal, Int(first.value - 0x2487), 1)
        }
        guard let (style, number, markerLength) = found, number > 0 else { return nil }
        var end = start + markerLength
        while end < line.endIndex, line[end].isHorizontalSpace { end += 1 }
        guard end < line.endIndex else { return nil }
        let followedByDigit = (style == .arabicOrdinal) && line[end].isDigit
        return HeadingMarker(style: style, number: number, length: end - start, markerLength: markerLength,
                             followedByDigit: followedByDigit)
    }

    private static func closes(_ line: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        index < line.endIndex && line[index].isClosingParenthesis
    }

    /// One or two ASCII or full-width digits not followed by a third.
    private static func arabic(_ scalars: ArraySlice<Unicode.Scalar>) -> (Int, Int)? {
        var value = 0
        var length = 0
        var index = scalars.startIndex
        while index < scalars.endIndex, let digit = scalars[index].digitValue {
            value = value * 10 + digit
            length += 1
            index += 1
            if length > 2 { return nil }
        }
        return length > 0 ? (value, length) : nil
    }
}
