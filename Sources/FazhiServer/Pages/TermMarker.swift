/// Marks the words a reader searched for in a stretch of page text, HTML-escaping the rest.
struct TermMarker {
    private let needles: [[Unicode.Scalar]]

    /// A marker for the spellings of a search's terms; none marks nothing.
    init(_ spellings: [String]) {
        needles = spellings.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// Where the terms occur in a line, left to right, longest first at each place, not overlapping.
    func matches(in line: ArraySlice<Unicode.Scalar>) -> [Range<Int>] {
        guard !needles.isEmpty else { return [] }
        var ranges: [Range<Int>] = [], index = line.startIndex
        while index < line.endIndex {
            if let needle = needles.first(where: { index + $0.count <= line.endIndex && line[index..<index + $0.count].elementsEqual($0) }) {
                ranges.append(index..<index + needle.count)
                index += needle.count
            } else {
                index += 1
            }
        }
        return ranges
    }

    /// A piece of a line as HTML, marking the parts of the line's `marks` that fall in it: a term that runs on into
    /// a highlighted figure stays marked on both sides.
    func html(_ scalars: ArraySlice<Unicode.Scalar>, marks: [Range<Int>]) -> String {
        func escaped(_ range: Range<Int>) -> String { HTML.escape(String(String.UnicodeScalarView(scalars[range]))) }
        var html = "", position = scalars.startIndex
        for mark in marks where mark.upperBound > scalars.startIndex && mark.lowerBound < scalars.endIndex {
            let start = max(mark.lowerBound, position), end = min(mark.upperBound, scalars.endIndex)
            guard start < end else { continue }
            html += escaped(position..<start) + "<mark class=\"match\">" + escaped(start..<end) + "</mark>"
            position = end
        }
        return html + escaped(position..<scalars.endIndex)
    }
}
