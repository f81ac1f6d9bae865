/// A line's comparison key: letters and digits only, full-width forms folded to ASCII.
///
/// Two copies of a paragraph that differ only in spacing, punctuation or character width get
/// the same key. A heading marker keeps its canonical form, so 一、X and （一）X differ.
enum PassageKey {
    static func key(_ line: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        let marker = HeadingMarker.parse(line).map { Array($0.style.marker(for: $0.number).unicodeScalars) } ?? []
        // Written in place: an append's uniqueness and capacity checks were most of the cost of a scalar.
        return [Unicode.Scalar](unsafeUninitializedCapacity: marker.count + line.count) { view, count in
            for scalar in marker {
                view[count] = scalar
                count += 1
            }
            for scalar in line {
                if scalar.isHan {       // most of a line, and never folded
                    view[count] = scalar
                    count += 1
                    continue
                }
                var value = scalar.value
                if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
                guard let folded = Unicode.Scalar(value) else { continue }
                if folded.isHan || folded.isASCIILetter || folded.isDigit || (folded.value > 0x2FFF && folded.properties.isAlphabetic) {
                    view[count] = folded
                    count += 1
                }
            }
        }
    }
}
