import FazhiCore
import Testing

@Suite("text pages: a long text cut at line ends, every scalar on exactly one page")
struct TextPagesTests {
    @Test("pages cover the text in order, each within the budget, cut at a line end where one fits",
          arguments: [("", 10), ("一行", 10), ("第一行\n第二行\n第三行\n", 4), ("甲乙丙\n丁戊己庚辛壬癸\n子\n", 5),
                      (String(repeating: "长", count: 23), 5), ("a\nb\nc\nd\ne\nf", 3), ("\n\n\n\n", 2)])
    func cover(_ text: String, budget: Int) {
        let pages = TextPages(text, budget: budget)
        #expect(pages.length == text.unicodeScalars.count)
        #expect(pages.range(of: 0).lowerBound == 0 && pages.range(of: pages.count - 1).upperBound == pages.length)
        var joined = ""
        for page in 0..<pages.count {
            let range = pages.range(of: page)
            #expect(range.count <= budget)
            #expect(page == 0 || range.lowerBound == pages.range(of: page - 1).upperBound)
            // A cut inside a line only where the whole line is longer than a page.
            let cutLine = !pages.lineStarts.contains(range.upperBound) && range.upperBound < pages.length
            #expect(!cutLine || pages.lineStarts.filter { range.contains($0) }.count <= 1, "page \(page) of \(text)")
            let shown = pages.text(of: page, in: text)
            joined += shown + (page + 1 < pages.count && pages.lineStarts.contains(range.upperBound) ? "\n" : "")
            #expect(pages.page(containing: range.lowerBound) == page)
        }
        #expect(joined == text)
    }

    @Test("a line number and a page are found for any offset")
    func lookups() {
        let pages = TextPages("一二三\n四五\n六七八九\n", budget: 7)
        #expect(pages.lineStarts == [0, 4, 7, 12])
        #expect(pages.pageStarts == [0, 7])
        #expect(pages.line(containing: 0) == 0 && pages.line(containing: 5) == 1 && pages.line(containing: 11) == 2)
        #expect(pages.page(containing: 6) == 0 && pages.page(containing: 7) == 1 && pages.page(containing: 12) == 1)
        #expect(pages.text(of: 0, in: "一二三\n四五\n六七八九\n") == "一二三\n四五")
    }
}
