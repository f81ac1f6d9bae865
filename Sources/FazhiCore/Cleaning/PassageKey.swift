/// A line's comparison key: letters and digits only, full-width forms folded to ASCII.
///
/// Two copies of a paragraph that differ only in spacing, punctuation or character width get
/// the same key. A heading marker keeps its canonical form, so 一、X and （一）X differ.
enum PassageKey {
    static func key(_ line: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        var view: [Unicode.Scalar] = []
        view.reserveCapacity(line.count + 4)
        if let marker = HeadingMarker.parse(line) {
            view.append(contentsOf: marker.style.marker(for: marker.number).unicodeScalars)
        }
        for scalar in line {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            guard let folded = Unicode.Scalar(value) else { continue }
            if folded.isHan || folded.isASCIILetter || folded.isDigit || (folded.value > 0x2FFF && folded.properties.isAlphabetic) {
                view.append(folded)
            }
        }
        return view
    }
}
