/// Where in a line numerals are not figures, or only some are: fixed phrases, titles,
/// document numbers, quotations.
struct ProtectedSpans: Sendable {
    /// How a scalar of a line is protected.
    enum Protection: UInt8 {
        /// Free text.
        case none = 0
        /// Inside quotation marks (“两个100%”): only percentages are figures there.
        case quoted = 1
        /// Inside a fixed phrase, a 《title》 or a document number: no figures.
        case blocked = 2
    }

    private let phrases: ScalarTrie
    private let firstScalars: ScalarBitmap
    /// The scalars any rule looks at: phrases' first scalars, quotation and title marks, opening brackets. The rest
    /// of a line, most of it, is passed over with one lookup a scalar.
    private let marks: ScalarBitmap

    /// Parses numeric-phrases.txt: one phrase a line, # comments, blank lines ignored.
    init(phrases text: String) throws(FigureResourceError) {
        var trie = ScalarTrie()
        var firsts: [UInt32] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let phrase = raw.filter { !$0.isWhitespace }
            if phrase.isEmpty || phrase.hasPrefix("#") { continue }
            let hasNumeral = phrase.unicodeScalars.contains { ChineseNumeralReader.isNumeralScalar($0) || $0.isDigit }
            guard hasNumeral else {
                throw .phraseWithoutNumeral(line: offset + 1, text: phrase)
            }
            trie.insert(phrase, 1)
            firsts.append(phrase.unicodeScalars.first!.value)
        }
        phrases = trie
        firstScalars = ScalarBitmap(firsts)
        marks = ScalarBitmap(firsts + OpenQuotes.marks.values + Self.openingBrackets.values)
    }

    static let titleLimit = 80
    static let quoteLimit = 40

    /// The protection of every scalar of `line`, in one pass for all rules: each sets the strongest protection it
    /// gives, so their order does not matter.
    func protections(of line: [Unicode.Scalar]) -> [Protection] {
        var result = [Protection](repeating: .none, count: line.count)
        var quotes = OpenQuotes(), documentNumberEnd = 0
        for index in line.indices {
            let scalar = line[index]
            guard marks.contains(scalar.value) else { continue }
            quotes.see(scalar, at: index, marking: &result)
            if index >= documentNumberEnd, Self.isOpeningBracket(scalar), let end = Self.documentNumberEnd(line, from: index) {
                for offset in index..<end { result[offset] = .blocked }
                documentNumberEnd = end
            }
            if firstScalars.contains(scalar.value), let found = phrases.longestMatch(in: line, from: index) {
                for offset in index..<index + found.length { result[offset] = .blocked }
            }
        }
        return result
    }

    /// 《titles》 are blocked; “quotations” (and ‘’ 「」 『』 "") are quoted; short pairs only. The marks still open.
    private struct OpenQuotes {
        var title: Int?, double: Int?, single: Int?, corner: Int?, white: Int?, ascii: Int?

        /// The marks `see` acts on.
        static let marks: SmallScalarSet = "《》“”‘’「」『』\""

        /// Notes a mark at `index`; a closing mark protects its pair.
        mutating func see(_ scalar: Unicode.Scalar, at index: Int, marking result: inout [Protection]) {
            func close(_ open: inout Int?, limit: Int, as protection: Protection) {
                if let start = open, index - start <= limit {
                    for offset in start...index where result[offset].rawValue < protection.rawValue {
                        result[offset] = protection
                    }
                }
                open = nil
            }
            switch scalar {
            case "《": title = index
            case "》": close(&title, limit: ProtectedSpans.titleLimit, as: .blocked)
            case "“": double = index
            case "”": close(&double, limit: ProtectedSpans.quoteLimit, as: .quoted)
            case "‘": single = index
            case "’": close(&single, limit: ProtectedSpans.quoteLimit, as: .quoted)
            case "「": corner = index
            case "」": close(&corner, limit: ProtectedSpans.quoteLimit, as: .quoted)
            case "『": white = index
            case "』": close(&white, limit: ProtectedSpans.quoteLimit, as: .quoted)
            case "\"":
                if ascii == nil {
                    ascii = index
                } else {
                    close(&ascii, limit: ProtectedSpans.quoteLimit, as: .quoted)
                }
            default: break
            }
        }
    }

    private static let openingBrackets: SmallScalarSet = "〔［[【﹝（(〖"
    private static let closingBrackets: SmallScalarSet = "〕］]】﹞）)〗"

    private static func isOpeningBracket(_ scalar: Unicode.Scalar) -> Bool { openingBrackets.contains(scalar) }

    private static func isClosingBracket(_ scalar: Unicode.Scalar) -> Bool { closingBrackets.contains(scalar) }

    /// 〔2018〕21号, [2020]3号, (2019)粤1971行初123号: the end of the bracketed year and the number after it that opens
    /// at `start`, if one does.
    private static func documentNumberEnd(_ line: [Unicode.Scalar], from start: Int) -> Int? {
        let year = start + 1
        guard start + 5 < line.count, line[year].isDigit, line[year + 1].isDigit, line[year + 2].isDigit,
              line[year + 3].isDigit, isClosingBracket(line[year + 4]) else { return nil }
        var end = year + 5
        while end < line.count, line[end].isDigit, end - year < 16 { end += 1 }
        if end < line.count, line[end] == "号" { end += 1 }
        return end
    }
}
