/// Where each position of the cleaned text stands in the original file, kept compactly with the analysis so that
/// every command and page can show original line numbers (the ones an editor shows) without cleaning again.
///
/// An anchor is recorded wherever the cleaned text stops following the original scalar by scalar (a line starts,
/// text was removed or replaced); between anchors the original column grows with the cleaned offset. Encoded as one
/// flat array of (cleaned offset, line, column) triples.
public struct PositionMap: Codable, Hashable, Sendable {
    private var anchors: [Int]

    /// No positions: every lookup gives nil.
    public init() {
        anchors = []
    }

    /// The map of a cleaned document onto its original.
    public init(_ document: CleanedDocument) {
        let origins = document.text.origins
        let lineStarts = document.source.lineStarts
        var anchors: [Int] = []
        var line = 0  // 0-based index into lineStarts of the previous origin's line
        var previous: Int32 = -2
        for (offset, origin) in origins.enumerated() {
            let value = Int(origin)
            // The original line of this origin: found by walking forward while origins grow, else looked up afresh.
            if origin < previous { line = document.source.location(of: value).line - 1 }
            while line + 1 < lineStarts.count, lineStarts[line + 1] <= value { line += 1 }
            if origin != previous + 1 || lineStarts[line] == value {
                anchors += [offset, line + 1, value - lineStarts[line] + 1]
            }
            previous = origin
        }
        self.anchors = anchors
    }

    /// The original line and column of a cleaned-text offset (an offset past the end takes the last position's).
    public func location(ofCleaned offset: Int) -> SourceLocation? {
        guard anchors.count >= 3, offset >= 0 else { return nil }
        var low = 0, high = anchors.count / 3
        while low < high {
            let middle = (low + high) / 2
            if anchors[middle * 3] <= offset { low = middle + 1 } else { high = middle }
        }
        let anchor = max(low - 1, 0) * 3
        return SourceLocation(line: anchors[anchor + 1], column: anchors[anchor + 2] + offset - anchors[anchor])
    }

    public init(from decoder: any Decoder) throws {
        anchors = try decoder.singleValueContainer().decode([Int].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(anchors)
    }
}
