@testable import FazhiCore
import FazhiTesting
import Testing

@Suite("hostile input: analysis finishes, never crashes, never recurses on input depth")
struct HostileInputTests {
    @Test("a 10 MB line")
    func longLine() throws {
        let sentence = "坚持依法行政，推进严格规范公正文明执法，不断提升法治政府建设水平，"
        let line = String(repeating: sentence, count: 10_000_000 / sentence.utf8.count)
        let report = try Shared.analyzer.analyze(Array(("一、主要举措和成效\n" + line).utf8), source: "long")
        #expect(report.statistics.lines == 2)
    }

    @Test("a 1 MB line dense with figures")
    func denseFigures() throws {
        let sentence = "全年办理行政复议案件86件，审结79件，纠错率为13.9%，"
        let line = String(repeating: sentence, count: 1_000_000 / sentence.utf8.count)
        let report = try Shared.analyzer.analyze(Array(("一、主要举措和成效\n" + line).utf8), source: "dense")
        #expect(report.quantities.count == 3 * (1_000_000 / sentence.utf8.count))
    }

    @Test("100,000 heading lines of every style")
    func manyHeadings() throws {
        let styles = ["一、标题", "（一）标题", "1.标题", "（1）标题", "①标题"]
        var text = ""
        for index in 0..<100_000 { text += styles[index % styles.count] + "\(index)\n" }
        let report = try Shared.analyzer.analyze(Array(text.utf8), source: "headings")
        #expect(report.outline.count == 20_000)
    }

    @Test("brackets, question marks and pinyin-like runs in bulk")
    func punctuationSoup() throws {
        let text = String(repeating: "(((（（質(zhì)??锟斤拷〔〔2019〕〕号)))", count: 50_000)
        _ = try Shared.analyzer.analyze(Array(text.utf8), source: "soup")
    }

    @Test("a repeated line 200,000 times is kept once")
    func repeatedLines() throws {
        let line = "全年共受理行政复议案件86件，审结79件，其中维持52件，纠错率为13.9%。\n"
        let report = try Shared.analyzer.analyze(Array(String(repeating: line, count: 200_000).utf8), source: "repeats",
                                                 includeText: true)
        #expect(report.statistics.lines == 1)
    }
}
