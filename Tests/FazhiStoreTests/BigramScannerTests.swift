@testable import FazhiSQLite
import FazhiStore
import Testing

@Suite("Bigram scanner: the tokens the full-text index holds")
struct BigramScannerTests {
    static let documents: [(String, [String])] = [
        ("行政复议", ["行政", "政复", "复议", "议"]),
        ("法", ["法"]),
        ("复议、诉讼", ["复议", "议", "诉讼", "讼"]),
        ("2023年", ["2023", "年"]),
        ("ＡＢＣ１２３热线", ["abc123", "热线", "线"]),
        ("PDF文件", ["pdf", "文件", "件"]),
        ("  \n\t", []),
        ("第〇一", ["第〇", "〇一", "一"]),
        ("𠀀𠀁", ["𠀀𠀁", "𠀁"]),
        ("Café", ["café"]),
    ]

    @Test("documents: pairs, run ends colocated, words folded", arguments: documents)
    func document(_ input: String, _ expected: [String]) {
        #expect(BigramScanner(emitsRunEnds: true).tokens(input).map(\.text) == expected)
    }

    @Test("queries: no colocated run ends")
    func query() {
        let tokens = BigramScanner(emitsRunEnds: false).tokens("行政复议2023")
        #expect(tokens.map(\.text) == ["行政", "政复", "复议", "2023"])
        #expect(!tokens.contains { $0.colocated })
    }

    @Test("tokens carry the byte range of their source")
    func offsets() {
        let text = "a 复议"
        let tokens = BigramScanner(emitsRunEnds: true).tokens(text)
        #expect(tokens[0].start == 0 && tokens[0].end == 1)
        #expect(tokens[1].start == 2 && tokens[1].end == 8)
        #expect(tokens[2].colocated && tokens[2].start == 5)
    }

    @Test("invalid UTF-8 separates tokens and never traps")
    func invalidBytes() {
        let bytes: [UInt8] = [0xE5, 0xA4, 0x8D, 0xFF, 0xE8, 0xAE, 0xAE, 0xE5, 0xA4]
        var texts: [String] = []
        bytes.withUnsafeBufferPointer { buffer in
            BigramScanner(emitsRunEnds: false).scan(buffer) { token, _, _, _ in
                texts.append(String(decoding: token, as: UTF8.self))
                return true
            }
        }
        #expect(texts == ["复", "议"])
    }
}

@Suite("FTS query expressions")
struct FTSQueryTests {
    static let cases: [(String, String?)] = [
        ("复议", "\"复议\""),
        ("法", "\"法\"*"),
        ("调解 成功率", "\"调解\" AND \"成功率\""),
        ("say\"hi", "\"say\"\"hi\""),
        ("，。！", nil),
        ("", nil),
    ]

    @Test("terms become phrases, single characters prefixes", arguments: cases)
    func expression(_ input: String, _ expected: String?) {
        #expect(FTSQuery.expression(for: SearchQuery(input)) == expected)
    }

    @Test("a traditional term searches both spellings")
    func spellings() {
        let query = SearchQuery("復議", simplify: { $0 == "復議" ? "复议" : $0 })
        #expect(query.terms == [["复议", "復議"]])
        #expect(FTSQuery.expression(for: query) == "(\"复议\" OR \"復議\")")
    }
}

@Suite("Snippets: matching lines, cut and marked")
struct SnippetFinderTests {
    @Test("finds every matching line and marks each match")
    func lines() {
        let text = "第一行没有\n行政复议案件12件，复议纠错3件\n无关\n复议"
        let found = SnippetFinder(SearchQuery("复议")).snippets(in: text)
        #expect(found.matchingLines == 2)
        #expect(found.snippets.map(\.line) == [2, 4])
        #expect(found.snippets[0].column == 3)
        #expect(found.snippets[0].highlights == [[2, 4], [10, 12]])
    }

    @Test("long lines are cut around the match with ellipses")
    func cut() {
        let line = String(repeating: "甲", count: 100) + "复议" + String(repeating: "乙", count: 100)
        let snippet = SnippetFinder(SearchQuery("复议")).snippets(in: line).snippets[0]
        #expect(snippet.text.hasPrefix("…") && snippet.text.hasSuffix("…"))
        let scalars = Array(snippet.text.unicodeScalars)
        let range = snippet.highlights[0]
        #expect(String(String.UnicodeScalarView(scalars[range[0]..<range[1]])) == "复议")
        #expect(snippet.column == 101)
    }

    @Test("matching folds case and full-width letters")
    func folding() {
        let found = SnippetFinder(SearchQuery("pdf")).snippets(in: "上传ＰＤＦ文件")
        #expect(found.snippets.first?.highlights == [[2, 5]])
    }

    @Test("every term counts, a match never spans lines, offsets count characters of every width, three snippets at most")
    func termsLinesAndOffsets() {
        let text = "é𠀀复\n议Ab复议\n𠀀x听证\n复议\n无\n听证会\nＡＢ"
        let found = SnippetFinder(SearchQuery("复议 听证 ab")).snippets(in: text)
        #expect(found.matchingLines == 5)
        #expect(found.snippets.map(\.line) == [2, 3, 4])
        #expect(found.snippets[0].highlights == [[1, 3], [3, 5]])
        #expect(found.snippets.map(\.offset) == [5, 12, 15])
        #expect(found.snippets[1].column == 3)
        #expect(SnippetFinder(SearchQuery("复议")).snippets(in: "复\n议").matchingLines == 0)
    }
}
