/// A line of the cleaned text (or a chrome line cut from around it), its text read on demand from the scalars that
/// hold it: a report's lines cost no copy of their text until one is asked for.
public struct TextLine: Sendable, Hashable {
    /// The line's range in the cleaned text (for a chrome line, in the text before chrome was removed).
    public var range: Range<Int>
    /// Where it starts in the original file.
    public var location: SourceLocation
    /// The scalars holding the line (shared with the text it was cut from), and where in them it stands.
    private let storage: [Unicode.Scalar]
    private let storageRange: Range<Int>

    /// A line that is `storageRange` of `storage`.
    init(range: Range<Int>, location: SourceLocation, in storage: [Unicode.Scalar], at storageRange: Range<Int>) {
        self.range = range
        self.location = location
        self.storage = storage
        self.storageRange = storageRange
    }

    /// The line's text.
    public var text: String { storage[storageRange].string }

    /// The line's scalars.
    public var scalars: ArraySlice<Unicode.Scalar> { storage[storageRange] }

    public static func == (lhs: TextLine, rhs: TextLine) -> Bool {
        lhs.range == rhs.range && lhs.location == rhs.location && lhs.scalars.elementsEqual(rhs.scalars)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(location)
    }
}
