/// Marks the words a reader searched for in a stretch of page text, HTML-escaping the rest.
struct TermMarker {
    private let needles: [[Unicode.Scalar]]

    /// A marker for the spellings of a search's terms; none marks nothing.
    init(_ spellings: [String]) {
        needles = spellings.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// The text as HTML, every occurrence of a term in `<mark class="match">`.
    func html(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard !needles.isEmpty else { return HTML.escape(String(String.UnicodeScalarView(scalars))) }
        var html = "", plainStart = scalars.startIndex, index = scalars.startIndex
        func flush(_ end: Int) { html += HTML.escape(String(String.UnicodeScalarView(scalars[plainStart..<end]))) }
        while index < scalars.endIndex {
            if let needle = needles.first(where: { index + $0.count <= scalars.endIndex && scalars[index..<index + $0.count].elementsEqual($0) }) {
                flush(index)
                html += "<mark class=\"match\">" + HTML.escape(String(String.UnicodeScalarView(scalars[index..<index + needle.count]))) + "</mark>"
                index += needle.count
                plainStart = index
            } else {
                index += 1
            }
        }
        flush(scalars.endIndex)
        return html
    }
}
