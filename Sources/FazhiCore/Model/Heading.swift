/// The numbering style of a heading marker, in the order GB/T 9704 nests them.
public enum MarkerStyle: String, Codable, Sendable, CaseIterable, Comparable {
    /// 一、
    case chineseOrdinal
    /// （一）
    case chineseParenthesized
    /// 1. or 1、
    case arabicOrdinal
    /// （1） or 1）
    case arabicParenthesized
    /// ①
    case circled

    /// Nesting rank: lower opens a shallower level.
    public var rank: Int {
        switch self {
        case .chineseOrdinal: return 1
        case .chineseParenthesized: return 2
        case .arabicOrdinal: return 3
        case .arabicParenthesized: return 4
        case .circled: return 5
        }
    }

    public static func < (lhs: MarkerStyle, rhs: MarkerStyle) -> Bool { lhs.rank < rhs.rank }

    /// The canonical (full-width) marker for a number in this style, e.g. （三）.
    public func marker(for number: Int) -> String {
        switch self {
        case .chineseOrdinal: return ChineseOrdinal.text(number) + "、"
        case .chineseParenthesized: return "（" + ChineseOrdinal.text(number) + "）"
        case .arabicOrdinal: return "\(number)."
        case .arabicParenthesized: return "（\(number)）"
        case .circled:
            return number >= 1 && number <= 20 ? String(Unicode.Scalar(0x245F + UInt32(number))!) : "(\(number))"
        }
    }
}

/// A heading of the report's outline, with its sub-headings.
public struct Heading: Codable, Hashable, Sendable {
    /// Depth in the outline, 1 for top-level headings.
    public var level: Int
    /// The marker as written (一、, （一）, 1.), or nil when the marker was lost in copying.
    public var marker: String?
    /// The marker the heading should have had, when it was lost.
    public var inferredMarker: String?
    /// The numbering style.
    public var style: MarkerStyle
    /// The heading's number within its level (inferred when the marker was lost).
    public var number: Int
    /// The heading's text, without marker and closing punctuation.
    public var title: String
    /// Line in the original file.
    public var line: Int
    /// Column in the original file.
    public var column: Int
    /// Scalar offset of its line in the cleaned text (nil in analyses stored before offsets were kept).
    public var offset: Int?
    /// The mandated part this heading opens, if any.
    public var part: MandatedPart?
    /// Sub-headings.
    public var children: [Heading]

    public init(level: Int, marker: String?, inferredMarker: String?, style: MarkerStyle, number: Int,
                title: String, line: Int, column: Int, part: MandatedPart?, children: [Heading], offset: Int? = nil) {
        self.level = level
        self.marker = marker
        self.inferredMarker = inferredMarker
        self.style = style
        self.number = number
        self.title = title
        self.line = line
        self.column = column
        self.part = part
        self.children = children
        self.offset = offset
    }
}
