/// Removes pinyin glued after characters by some sites' converters, such as 質(zhì) or 建設（shè）.
///
/// An annotation is an opening bracket right after a Chinese character, one pinyin syllable of
/// lowercase letters, and a closing bracket. A syllable with a tone mark is always removed; a
/// toneless one (neutral tone, 的(de)) only when the text already had tone-marked annotations,
/// so that real brackets such as (一), (App) or (2015-2020年) are never touched.
enum PinyinAnnotationRemover {
    /// The text without annotations, and the ranges (in the input) that were removed.
    static func apply(_ text: MappedText) -> (text: MappedText, removed: [Range<Int>]) {
        let scalars = text.scalars
        var marked: [Range<Int>] = []
        var toneless: [Range<Int>] = []
        var index = 1
        while index < scalars.count {
            if scalars[index].isOpeningParenthesis, scalars[index - 1].isHan,
               let (end, hasTone) = syllable(in: scalars, from: index + 1) {
                if hasTone { marked.append(index..<end) } else { toneless.append(index..<end) }
                index = end
                continue
            }
            index += 1
        }
        guard !marked.isEmpty else { return (text, []) }
        var removed = marked
        if marked.count >= 3 { removed = (marked + toneless).sorted { $0.lowerBound < $1.lowerBound } }
        var result = MappedText()
        result.reserveCapacity(text.count)
        var cursor = 0
        for range in removed {
            result.append(text, range: cursor..<range.lowerBound)
            cursor = range.upperBound
        }
        result.append(text, range: cursor..<text.count)
        return (result, removed)
    }

    /// The end (past the closing bracket) of a pinyin syllable starting at `start`, and whether it has a tone mark.
    private static func syllable(in scalars: [Unicode.Scalar], from start: Int) -> (Int, Bool)? {
        var index = start
        var hasTone = false
        while index < scalars.count, index - start <= 7 {
            let scalar = scalars[index]
            if scalar.isClosingParenthesis {
                let length = index - start
                return length >= 1 && length <= 6 ? (index + 1, hasTone) : nil
            }
            if (0x61...0x7A).contains(scalar.value) {
                index += 1
            } else if toneVowels.contains(scalar.value) {
                hasTone = true
                index += 1
            } else {
                return nil
            }
        }
        return nil
    }

    /// Vowels with tone marks (and ü), as used in pinyin.
    private static let toneVowels: Set<UInt32> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".unicodeScalars.map(\.value))
}
