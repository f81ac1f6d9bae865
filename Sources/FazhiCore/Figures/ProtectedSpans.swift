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
    }

    static let titleLimit = 80
    static let quoteLimit = 40

    /// The protection of every scalar of `line`, in one pass per rule.
    func protections(of line: [Unicode.Scalar]) -> [Protection] {
        var result = [Protection](repeating: .none, count: line.count)
        markQuotes(line, &result)
        markDocumentNumbers(line, &result)
        for index in line.indices where firstScalars.contains(line[index].value) {
            if let found = phrases.longestMatch(in: line, from: index) {
                for offset in index..<index + found.length { result[offset] = .blocked }
            }
        }
        return result
    }

    /// 《titles》 are blocked; “quotations” (and ‘’ 「」 『』 "") are quoted; short pairs only.
    private func markQuotes(_ line: [Unicode.Scalar], _ result: inout [Protection]) {
        var openTitle: Int?, openDouble: Int?, openSingle: Int?, openCorner: Int?, openWhite: Int?, openASCII: Int?
        func close(_ open: inout Int?, at index: Int, limit: Int, as protection: Protection) {
            if let start = open, index - start <= limit {
                for offset in start...index where result[offset].rawValue < protection.rawValue {
                    result[offset] = protection
                }
            }
            open = nil
        }
        for (index, scalar) in line.enumerated() {
            switch scalar {
            case "《": openTitle = index
            case "》": close(&openTitle, at: index, limit: Self.titleLimit, as: .blocked)
            case "“": openDouble = index
            case "”": close(&openDouble, at: index, limit: Self.quoteLimit, as: .quoted)
            case "‘": openSingle = index
            case "’": close(&openSingle, at: index, limit: Self.quoteLimit, as: .quoted)
            case "「": openCorner = index
            case "」": close(&openCorner, at: index, limit: Self.quoteLimit, as: .quoted)
            case "『": openWhite = index
            case "』": close(&openWhite, at: index, limit: Self.quoteLimit, as: .quoted)
            case "\"":
                if openASCII == nil {
                    openASCII = index
                } else {
                    close(&openASCII, at: index, limit: Self.quoteLimit, as: .quoted)
                }
            default: break
            }
        }
    }

    private static let openingBrackets: SmallScalarSet = "〔［[【﹝（(〖"
    private static let closingBrackets: SmallScalarSet = "〕］]】﹞）)〗"

    private static func isOpeningBracket(_ scalar: Unicode.Scalar) -> Bool { openingBrackets.contains(scalar) }

    private static func isClosingBracket(_ scalar: Unicode.Scalar) -> Bool { closingBrackets.contains(scalar) }

    /// 〔2018〕21号, [2020]3号, (2019)粤1971行初123号: the bracketed year and the number after it.
    private func markDocumentNumbers(_ line: [Unicode.Scalar], _ result: inout [Protection]) {
        var index = 0
        while index + 5 < line.count {
            guard Self.isOpeningBracket(line[index]) else { index += 1; continue }
            let year = index + 1
            guard line[year].isDigit, line[year + 1].isDigit, line[year + 2].isDigit, line[year + 3].isDigit,
                  Self.isClosingBracket(line[year + 4]) else { index += 1; continue }
            var end = year + 5
            while end < line.count, line[end].isDigit, end - year < 16 { end += 1 }
            if end < line.count, line[end] == "号" { end += 1 }
            for offset in index..<end { result[offset] = .blocked }
            index = end
        }
    }
}
