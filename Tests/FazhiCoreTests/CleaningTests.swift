@testable import FazhiCore
import FazhiTesting
import Foundation
import Testing

@Suite("cleaning keeps the report, drops the noise, and maps back to the original")
struct CleaningTests {
    @Test("a passage key keeps exactly the alphabetic scalars of CJK Symbols and Punctuation (〇 and 々, not 。、《》)")
    func passageKeySymbols() {
        for value in UInt32(0x3000)...0x303F {
            let scalar = Unicode.Scalar(value)!
            let key = PassageKey.key(["中", scalar, "文"][...])
            #expect(key.contains(scalar) == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
        }
    }

    @Test("web chrome above and below the report is removed and recorded")
    func chrome() throws {
        let page = """
            首页 > 政务公开 > 法治政府建设
            发布时间：2023-03-10 09:30
            字号：大 中 小
            \(Fixtures.countyReport)
            【打印】【关闭】
            扫一扫在手机上查看当前页面
            相关新闻
            """
        let cleaned = try Shared.clean(page)
        let text = cleaned.text.string
        #expect(!text.contains("字号"))
        #expect(!text.contains("扫一扫"))
        #expect(!text.contains("相关新闻"))
        #expect(text.hasPrefix("开化县2022年法治政府建设年度报告"))
        #expect(text.hasSuffix("2023年2月20日"))
        #expect(cleaned.edits.filter { $0.kind == .webChrome }.count == 6)
        #expect(cleaned.chrome.contains { $0.text.hasPrefix("发布时间") && $0.location.line == 2 })
    }

    @Test("a line's text and scalars are its range of the cleaned text; lines joined by line feeds are the text")
    func linesAreTheText() throws {
        let page = "首页 > 政务公开\n发布时间：2023-03-10 09:30\n\(Fixtures.countyReport)\n【打印】【关闭】"
        let cleaned = try Shared.clean(page)
        #expect(cleaned.lines.count > 10)
        for line in cleaned.lines {
            #expect(Array(line.scalars) == Array(cleaned.text.scalars[line.range]))
            #expect(line.text == cleaned.text.scalars[line.range].string)
        }
        #expect(cleaned.lines.map(\.text).joined(separator: "\n") == cleaned.text.string)
        let chrome = try #require(cleaned.chrome.first { $0.text.hasPrefix("发布时间") })
        #expect(chrome.text == "发布时间：2023-03-10 09:30")
        #expect(chrome == chrome && chrome != cleaned.lines[0])
    }

    @Test("the marks of text decoded twice wrongly (锟斤拷, 烫烫烫, 屯屯屯) are unrecoverable; two of their characters are not")
    func knownGarbage() {
        for garbage in ["锟斤拷", "烫烫烫", "屯屯屯"] {
            let text = "全年办理案件\(garbage)起，同比增长".scalarArray
            let spans = MojibakeDetector.unrecoverableSpans(in: text)
            #expect(spans.count == 1)
            #expect(spans.first.map { text[$0].string }?.contains(garbage) == true)
        }
        #expect(MojibakeDetector.unrecoverableSpans(in: "全年办理案件锟斤起，烫烫".scalarArray).isEmpty)
    }

    @Test("chrome-like words inside the body are kept for review")
    func chromeInsideBody() throws {
        let text = Fixtures.countyReport.replacingOccurrences(
            of: "（二）严格规范公正文明执法", with: "打印\n（二）严格规范公正文明执法")
        #expect(try Shared.clean(text).lines.contains { $0.text == "打印" })
    }

    @Test("a body pasted twice is kept once, and the removal is located")
    func repeatedBody() throws {
        let body = Fixtures.countyReport.split(separator: "\n").dropFirst(2).dropLast(3).joined(separator: "\n")
        let doubled = "开化县2022年法治政府建设年度报告\n\(body)\n\(body)\n开化县人民政府\n2023年2月20日"
        let cleaned = try Shared.clean(doubled)
        let once = try Shared.clean("开化县2022年法治政府建设年度报告\n\(body)\n开化县人民政府\n2023年2月20日")
        #expect(cleaned.text.string == once.text.string)
        let edit = try #require(cleaned.edits.first { $0.kind == .repeatedPassage })
        #expect(edit.line == 2 + body.split(separator: "\n").count)
    }

    @Test("one repeated paragraph is removed; a repeated short heading is not")
    func repeatedParagraph() throws {
        let paragraph = "全年共受理行政复议案件86件，审结79件，其中维持52件、撤销8件、确认违法3件，纠错率为13.9%。"
        let text = """
            一、主要举措和成效
            （一）加强组织领导
            \(paragraph)
            （二）强化复议监督
            \(paragraph)
            二、下一年度工作安排
            （一）加强组织领导
            继续完善法治建设考核办法，把法治建设成效纳入年度综合考核，压实各方责任。
            """
        let cleaned = try Shared.clean(text)
        #expect(cleaned.text.string.components(separatedBy: paragraph).count == 2)
        #expect(cleaned.text.string.components(separatedBy: "（一）加强组织领导").count == 3)
    }

    @Test("traditional script is converted, protected names kept, positions mapped")
    func traditional() throws {
        let cleaned = try Shared.clean(Fixtures.traditionalReport)
        #expect(cleaned.script == .traditional)
        let text = cleaned.text.string
        #expect(text.contains("开化县2022年法治政府建设年度报告"))
        #expect(text.contains("学习乾安县经验"))
        #expect(!text.contains("干安县"))
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex,
                                                  to: text.range(of: "存在的不足")!.lowerBound)
        #expect(cleaned.location(ofCleaned: offset) == SourceLocation(line: 8, column: 3))
    }

    @Test("simplified text is left alone, 显著 included")
    func simplifiedUntouched() throws {
        let text = Fixtures.countyReport + "\n成效显著。"
        let cleaned = try Shared.clean(text)
        #expect(cleaned.script == .simplified)
        #expect(cleaned.text.string.contains("成效显著"))
    }

    static let pinyinCases: [(String, String)] = [
        ("提高立法質(zhì)量", "提高立法質量"),
        ("加大執(zhí)法監(jiān)督力度", "加大執法監督力度"),
        ("營商環（huán）境", "營商環境"),
        ("(一)深入學習", "(一)深入學習"),
        ("規劃(2015-2020年)", "規劃(2015-2020年)"),
        ("開發(App)應用", "開發(App)應用"),
        ("第(1)項", "第(1)項"),
    ]

    @Test("pinyin after characters is removed, real brackets stay", arguments: pinyinCases)
    func pinyin(input: String, expected: String) {
        let source = SourceText(input)
        let (result, _) = PinyinAnnotationRemover.apply(MappedText(identity: source))
        #expect(result.string == expected)
    }

    @Test("pinyin removal keeps later positions pointing at the original")
    func pinyinPositions() throws {
        let text = "一、提高立法質(zhì)量，完善制度\n（一）加強執(zhí)法監(jiān)督，持續推進嚴格規範公正文明執法，全年開展專項檢查12次。"
        let cleaned = try Shared.clean(text)
        let line = try #require(cleaned.lines.last)
        #expect(cleaned.text.string.contains("加强执法监督"))
        let twelve = cleaned.text.string.unicodeScalars.distance(
            from: cleaned.text.string.unicodeScalars.startIndex, to: cleaned.text.string.range(of: "12次")!.lowerBound)
        let location = cleaned.location(ofCleaned: twelve)
        #expect(location.line == 2)
        let originalLine = text.split(separator: "\n")[1]
        let column = originalLine.unicodeScalars.distance(
            from: originalLine.unicodeScalars.startIndex, to: originalLine.range(of: "12次")!.lowerBound) + 1
        #expect(location.column == column)
        #expect(line.location.line == 2)
    }

    @Test("unrecoverable mojibake is marked, not guessed")
    func mojibakeMarked() throws {
        let text = Fixtures.countyReport.replacingOccurrences(of: "压减申报材料", with: "压减申?qū)m椪料")
        let cleaned = try Shared.clean(text)
        let span = try #require(cleaned.garbled.first)
        #expect(span.text.contains("?qū"))
        #expect(span.line == 6)
        #expect(cleaned.text.string.contains("?qū"))
    }

    @Test("a question mark ending a question is not mojibake")
    func questionMark() throws {
        let cleaned = try Shared.clean("如何让群众满意? 这是我们的追求。\n全年办理案件12件。")
        #expect(cleaned.garbled.isEmpty)
    }

    @Test("UTF-8 read as GBK is repaired when it round-trips cleanly")
    func mojibakeRepaired() throws {
        let original = "全面推进依法行政建设法治政府"
        let garbled = try #require(String(data: Data(original.utf8), encoding: String.Encoding(rawValue: 0x8000_0632)))
        let cleaned = try Shared.clean(Fixtures.countyReport + "\n" + garbled)
        #expect(cleaned.text.string.hasSuffix(original))
        #expect(cleaned.edits.contains { $0.kind == .mojibakeRepaired })
    }

    @Test("invisible characters and Kangxi radicals are normalised")
    func invisible() throws {
        let cleaned = try Shared.clean("\u{FEFF}法治\u{200B}政府\r\n建设\u{2F45}案\u{0007}件")
        #expect(cleaned.text.string == "法治政府\n建设方案件")
        #expect(cleaned.edits.contains { $0.kind == .invisibleCharacters && $0.length == 2 })
    }
}

@Suite("PDF text: lines rejoined inside sentences, never across headings")
struct PDFTextTests {
    @Test("broken lines are joined, headings and page numbers respected")
    func rejoin() throws {
        let text = """
                      开化县2022年法治政府建设年度报告
            一、主要举措和成效
            全年新增告知承诺事项32项，压减申报材料近百份，企业开
            办时间压缩至1个工作日以内，群众办事满意率保持较高水平
            ，全县依法行政能力不断提升。
                                     - 1 -
            （一）深化放管服改革
            组织执法人员培训6期，参训人员达到540余人次，全县执法案
            卷评查合格率达到98.5%。
            """
        let report = try Shared.analyzer.analyze(Array(text.utf8), source: "x.pdf", format: .pdf, includeText: true)
        let lines = try #require(report.text).split(separator: "\n").map(String.init)
        #expect(lines.contains("全年新增告知承诺事项32项，压减申报材料近百份，企业开办时间压缩至1个工作日以内，群众办事满意率保持较高水平，全县依法行政能力不断提升。"))
        #expect(lines.contains("（一）深化放管服改革"))
        #expect(!lines.contains { $0.contains("- 1 -") })
        #expect(report.outline.first?.children.first?.title == "深化放管服改革")
    }

    @Test("a PDF without a text layer is an error, not a crash")
    func noTextLayer() {
        #expect(throws: ReadError.noTextLayer) {
            try Shared.analyzer.analyze(Array("\u{0C}\u{0C}\n  \n".utf8), source: "scan.pdf", format: .pdf)
        }
    }
}

@Suite("chrome lines")
struct ChromeLineTests {
    static let classifier = ChromeClassifier(terms: Shared.resources.chromeTerms)

    static let cases: [(String, Bool)] = [
        ("发布时间：2025-03-18 16:20　　信息来源：县司法局　　浏览次数：927　　【字体：大 中 小】", true),
        ("【打印】【关闭】", true),
        ("• 字号:", true),
        ("2024-03-04", true),
        ("扫一扫在手机上查看当前页面", true),
        ("来源：县司法局", true),
        ("来源于群众的意见建议全部得到办理，全年共办理群众来信来访1200余件，办结率达到百分之百，群众满意。", false),
        ("一、主要举措和成效", false),
        ("开化县2022年法治政府建设年度报告", false),
    ]

    @Test("chrome lines are told from report lines", arguments: cases)
    func lines(line: String, isChrome: Bool) {
        #expect(Self.classifier.isChrome(Array(line.unicodeScalars)[...]) == isChrome)
    }
}

@Suite("search queries in either script")
struct QueryScriptTests {
    @Test("a query with nothing to simplify is known without a converter, and the converter gives it back unchanged",
          arguments: ["复议", "行政执法三项制度", "12345", "ABC 法治"])
    func simplifiedQuery(_ query: String) throws {
        #expect(ScriptConverter.isSimplified(query))
        #expect(try Analyzer.bundled().simplifiedSpelling(query) == query)
    }

    @Test("a query in traditional script is not", arguments: ["復議", "開化縣", "法治政府建設"])
    func traditionalQuery(_ query: String) throws {
        #expect(!ScriptConverter.isSimplified(query))
        #expect(try Analyzer.bundled().simplifiedSpelling(query) != query)
    }

    @Test("the generated rules convert as ICU's transform does: the samples, a traditional report, and texts dense with word rules")
    func rulesAgreeWithICU() throws {
        func icu(_ text: String) -> String {
            text.applyingTransform(StringTransform("Traditional-Simplified"), reverse: false) ?? text
        }
        let rules = SimplificationRules.bundled
        let samples = PackageRoot.sampleFiles.filter { $0.hasSuffix(".txt") }.compactMap {
            try? String(contentsOf: PackageRoot.samples.appendingPathComponent($0), encoding: .utf8)
        }
        for text in samples + [Fixtures.traditionalReport] {
            #expect(rules.simplified(Array(text.unicodeScalars)).string == icu(text))
        }
        // Every rule's traditional side, shuffled and run together, so words meet words and single characters:
        // where ICU would take another rule, the texts differ.
        let table = try AnalysisResources.resourceText("traditional-simplified", extension: "tsv")
        let sides = table.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").first }
        #expect(sides.count > 4000)
        var random = SplitMix64(seed: 7)
        for _ in 0..<20 {
            var pieces = sides.map(String.init) + ["的", "人民", "政府", "于", "著"]
            for index in pieces.indices.reversed() { pieces.swapAt(index, Int(random.next() % UInt64(index + 1))) }
            let text = pieces.joined()
            let ours = rules.simplified(Array(text.unicodeScalars)).string
            let theirs = icu(text)
            #expect(ours == theirs, "first difference near \(Self.firstDifference(ours, theirs))")
        }
    }

    private static func firstDifference(_ left: String, _ right: String) -> String {
        let (a, b) = (Array(left.unicodeScalars), Array(right.unicodeScalars))
        guard let index = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) else { return "the end" }
        return String(String.UnicodeScalarView(a[max(0, index - 4)..<min(a.count, index + 4)])) + " / "
            + String(String.UnicodeScalarView(b[max(0, index - 4)..<min(b.count, index + 4)]))
    }

    @Test("a place name ICU would change (乾安县) goes through the converter, which keeps it")
    func protectedPlace() throws {
        #expect(!ScriptConverter.isSimplified("乾安县"))
        #expect(try Analyzer.bundled().simplifiedSpelling("乾安县") == "乾安县")
    }

    @Test("the invisible-character and mojibake passes keep a clean text as it is and change only from the first change on")
    func cleanTextPassesThrough() {
        let clean = MappedText(identity: SourceText("一、总体情况\n全年办理行政复议案件120件。\n"))
        #expect(InvisibleCharacterFilter.apply(clean) == (clean, []))
        #expect(MojibakeDetector.repair(clean).text == clean)
        #expect(MojibakeDetector.repair(clean).repaired.isEmpty)

        let windows = MappedText(identity: SourceText("依法行政\r\n二、\u{200B}主要举措\u{2F00}"))
        let (filtered, dropped) = InvisibleCharacterFilter.apply(windows)
        #expect(filtered.scalars.string == "依法行政\n二、主要举措一")
        #expect(Array(filtered.origins) == [0, 1, 2, 3, 5, 6, 7, 9, 10, 11, 12, 13])
        #expect(dropped == [8])

        // 浣犲ソ-style: UTF-8 read as GBK, on the second line only; the lines around it keep their scalars and origins.
        let garbled = "法治政府建设工作报告".data(using: .utf8)!
        let misread = String(data: garbled, encoding: String.Encoding(rawValue: 0x8000_0632))!
        let mixed = MappedText(identity: SourceText("第一行\n" + misread + "\n第三行"))
        let (repaired, ranges) = MojibakeDetector.repair(mixed)
        #expect(repaired.scalars.string == "第一行\n法治政府建设工作报告\n第三行")
        #expect(ranges == [4..<(4 + misread.unicodeScalars.count)])
        #expect(Array(repaired.origins.prefix(4)) == [0, 1, 2, 3])
        #expect(repaired.origins.last == Int32(mixed.count - 1))
    }
}
