/// A 1-based line and column in the original file.
public struct SourceLocation: Codable, Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// The decoded original file: its Unicode scalars and where each line starts.
///
/// Offsets everywhere in Fazhi are scalar offsets into this text; `location(of:)`
/// turns one into the line and column a user sees in an editor.
public struct SourceText: Sendable {
    /// The decoded scalars of the original file, unchanged.
    public let scalars: [Unicode.Scalar]
    /// Scalar offset at which each line starts; the first entry is 0.
    public let lineStarts: [Int]

    /// Decodes line starts from the given scalars (LF, CR LF and lone CR end a line).
    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var starts = [0]
        var index = 0
        let count = scalars.count
        while index < count {
            let value = scalars[index].value
            if value == 0x0A {
                starts.append(index + 1)
            } else if value == 0x0D {
                if index + 1 < count, scalars[index + 1].value == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        self.lineStarts = starts
    }

    /// Creates a source text from a string.
    public init(_ string: String) {
        self.init(scalars: string.scalarArray)
    }

    /// The line and column (both 1-based, columns counted in scalars) of a scalar offset.
    public func location(of offset: Int) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(line: low + 1, column: offset - lineStarts[low] + 1)
    }
}
