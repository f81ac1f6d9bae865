/// Text derived from a `SourceText`, each scalar paired with the offset it came from.
///
/// Every reading and cleaning step consumes one `MappedText` and produces another, so a
/// position in the final cleaned text can always be traced back to the original file.
public struct MappedText: Sendable, Equatable {
    /// The scalars of the derived text.
    public private(set) var scalars: [Unicode.Scalar]
    /// For each scalar, its offset in the `SourceText` it derives from (kept as runs).
    public private(set) var origins: OriginRuns

    /// An empty text.
    public init() {
        scalars = []
        origins = OriginRuns()
    }

    /// The identity mapping of a source text.
    public init(identity source: SourceText) {
        scalars = source.scalars
        origins = OriginRuns(identity: source.scalars.count)
    }

    /// Text whose scalars all map to one origin (for synthetic text such as rendered numbering).
    public init(_ string: String, origin: Int32) {
        scalars = string.scalarArray
        origins = OriginRuns()
        for _ in scalars { origins.append(origin) }
    }

    /// The number of scalars.
    public var count: Int { scalars.count }

    /// Whether the text has no scalars.
    public var isEmpty: Bool { scalars.isEmpty }

    /// The text as a Swift string.
    public var string: String { scalars.string }

    /// The origin of the scalar at `index`; the end of the text maps past the last origin.
    public func origin(at index: Int) -> Int {
        if index < origins.count { return Int(origins[index]) }
        return origins.last.map { Int($0) + 1 } ?? 0
    }

    /// Reserves room for `capacity` scalars.
    public mutating func reserveCapacity(_ capacity: Int) {
        scalars.reserveCapacity(capacity)
    }

    /// Appends one scalar with its origin.
    @inline(__always)
    public mutating func append(_ scalar: Unicode.Scalar, origin: Int32) {
        scalars.append(scalar)
        origins.append(origin)
    }

    /// Appends a string whose scalars all map to `origin`.
    public mutating func append(_ string: String, origin: Int32) {
        for scalar in string.unicodeScalars {
            scalars.append(scalar)
            origins.append(origin)
        }
    }

    /// Appends a range of another mapped text, keeping its origins.
    public mutating func append(_ other: MappedText, range: Range<Int>) {
        scalars.append(contentsOf: other.scalars[range])
        origins.append(other.origins, range: range)
    }

    /// Appends all of another mapped text.
    public mutating func append(_ other: MappedText) {
        scalars.append(contentsOf: other.scalars)
        origins.append(other.origins, range: 0..<other.count)
    }

    /// A slice of this text as a new mapped text.
    public func slice(_ range: Range<Int>) -> MappedText {
        var result = MappedText()
        result.append(self, range: range)
        return result
    }

    /// Replaces the scalar at `index`, keeping its origin.
    public mutating func replaceScalar(at index: Int, with scalar: Unicode.Scalar) {
        scalars[index] = scalar
    }
}
