/// What the lines below a report's body say: the signing body and the date.
struct BackMatter {
    var signature: String?
    var signedDate: String?

    /// Reads the signature and date from the back matter lines.
    init(lines: ArraySlice<TextLine>, words: FrontMatterWords) {
        for line in lines {
            let text = line.text
            if text.hasPrefixUTF8("抄送") || text.containsUTF8("印发") || text.hasPrefixUTF8("主送") { continue }
            let scalars = text.scalarArray[...]
            if signedDate == nil, let iso = DateParser.dateAlone(scalars) {
                signedDate = iso
                continue
            }
            if signature == nil, let name = Self.signature(in: scalars, words: words) {
                signature = name.body
                if signedDate == nil, let date = name.date { signedDate = date }
            }
        }
    }

    /// A body's name alone on a line, optionally followed by a date (长海县人民政府  2019年1月30日).
    private static func signature(in scalars: ArraySlice<Unicode.Scalar>, words: FrontMatterWords) -> (body: String, date: String?)? {
        var end = scalars.endIndex
        var date: String?
        if let (iso, range) = DateParser.firstDate(in: scalars) {
            date = iso
            end = range.lowerBound
        }
        var name = scalars[scalars.startIndex..<end]
        while let last = name.last, last.isHorizontalSpace { name = name.dropLast() }
        let text = name.string.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).joined(separator: "、")
        guard (3...40).contains(name.count), !name.contains(where: { $0.isSentenceEnd || $0.isClausePunctuation }),
              words.endsAsOrgan(text) else { return nil }
        return (text, date)
    }
}
