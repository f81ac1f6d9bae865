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
        var anchors: [Int] = []
        // Line starts are read through a buffer pointer and origins run by run: a run that advances with the original
        // needs an anchor only at its start and where an original line starts inside it.
        document.source.lineStarts.withUnsafeBufferPointer { lineStarts in
            var line = 0  // 0-based index into lineStarts of the previous origin's line
            var previous: Int32 = -2
            func anchor(_ offset: Int, column: Int) {
                anchors.append(offset)      // three appends: `+= [a, b, c]` builds an array for every anchor
                anchors.append(line + 1)
                anchors.append(column)
            }
            func add(_ offset: Int, _ origin: Int32) {
                let value = Int(origin)
                // The original line of this origin: found by walking forward while origins grow, else looked up afresh.
                if origin < previous { line = document.source.location(of: value).line - 1 }
                while line + 1 < lineStarts.count, lineStarts[line + 1] <= value { line += 1 }
                if origin != previous + 1 || lineStarts[line] == value {
                    anchor(offset, column: value - lineStarts[line] + 1)
                }
                previous = origin
            }
            let origins = document.text.origins
            for index in 0..<origins.runCount {
                let (offsets, first, repeats) = origins.run(at: index)
                add(offsets.lowerBound, first)
                if repeats {
                    for offset in offsets.dropFirst() { add(offset, first) }
                    continue
                }
                // After the first scalar each origin is one more than the one before: an anchor at each line start.
                let last = Int(first) + offsets.count - 1
                while line + 1 < lineStarts.count, lineStarts[line + 1] <= last {
                    line += 1
                    anchor(offsets.lowerBound + lineStarts[line] - Int(first), column: 1)
                }
                previous = Int32(truncatingIfNeeded: last)
            }
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

    /// Reads the map from its JSON form (an array of non-negative integers) in one pass over the bytes, many times
    /// faster than a JSON decoder on a long array; nil when the bytes are not such an array.
    public init?(json bytes: some Sequence<UInt8>) {
        var anchors: [Int] = []
        var number: Int?
        var opened = false, closed = false
        for byte in bytes {
            guard !closed else {
                if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { continue }
                return nil
            }
            switch byte {
            case 0x30...0x39:
                guard opened else { return nil }
                let (shifted, overflow) = (number ?? 0).multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                number = shifted + Int(byte - 0x30)
            case 0x2C, 0x5D:
                guard opened else { return nil }
                if let value = number { anchors.append(value) } else if byte == 0x2C || !anchors.isEmpty { return nil }
                number = nil
                closed = byte == 0x5D
            case 0x5B:
                guard !opened else { return nil }
                opened = true
            case 0x20, 0x0A, 0x0D, 0x09:
                guard number == nil else { return nil }
            default:
                return nil
            }
        }
        guard closed else { return nil }
        self.anchors = anchors
    }

    public init(from decoder: any Decoder) throws {
        anchors = try decoder.singleValueContainer().decode([Int].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(anchors)
    }
}
