/// A line's comparison key: letters and digits only, full-width forms folded to ASCII.
///
/// Two copies of a paragraph that differ only in spacing, punctuation or character width get
/// the same key. A heading marker keeps its canonical form, so 一、X and （一）X differ.
enum PassageKey {
    static func key(_ line: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        let symbolLetters = cjkSymbolLetters
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
                if folded.isHan || folded.isASCIILetter || folded.isDigit
                    || isOtherLetter(folded, symbolLetters: symbolLetters) {
                    view[count] = folded
                    count += 1
                }
            }
        }
    }

    /// Which scalars of CJK Symbols and Punctuation (U+3000–303F: 。、《》 but also 々 and 〇) are alphabetic, one bit
    /// each: the punctuation of every line lands there, and asking Unicode's property tables is costly.
    private static let cjkSymbolLetters: UInt64 = (0..<64).reduce(0) { mask, offset in
        Unicode.Scalar(0x3000 + UInt32(offset))!.properties.isAlphabetic ? mask | 1 << UInt64(offset) : mask
    }

    /// An alphabetic scalar from U+3000 on (〇, kana, hangul …); CJK punctuation (。、《》) is none.
    private static func isOtherLetter(_ scalar: Unicode.Scalar, symbolLetters: UInt64) -> Bool {
        let value = scalar.value
        guard value > 0x2FFF else { return false }
        if value < 0x3040 { return symbolLetters & 1 << UInt64(value - 0x3000) != 0 }
        return scalar.properties.isAlphabetic
    }
}
