@testable import FazhiCore
import FazhiTesting
import Testing

@Suite("outline: heading grammar, levels, lost markers and mandated parts")
struct OutlineTests {
    static let markerCases: [(String, MarkerStyle?, Int)] = [
        ("一、总体情况", .chineseOrdinal, 1),
        ("十二、其他", .chineseOrdinal, 12),
        ("二十一．附则", .chineseOrdinal, 21),
        ("（三）加强领导", .chineseParenthesized, 3),
        ("(三)加强领导", .chineseParenthesized, 3),
        ("（十）完善机制", .chineseParenthesized, 10),
        ("1.建立制度", .arabicOrdinal, 1),
        ("１．建立制度", .arabicOrdinal, 1),
        ("12、建立制度", .arabicOrdinal, 12),
        ("（2）完善流程", .arabicParenthesized, 2),
        ("(2)完善流程", .arabicParenthesized, 2),
        ("3）完善流程", .arabicParenthesized, 3),
        ("二)完善流程", .chineseParenthesized, 2),
        ("三）强化考核", .chineseParenthesized, 3),
        ("⑴完善流程", .arabicParenthesized, 1),
        ("②强化考核", .circled, 2),
        ("一是加强领导", nil, 0),
        ("一方面", nil, 0),
        ("2023年，我县", nil, 0),
        ("123.5万元", nil, 0),
        ("一、", nil, 0),
        ("（一", nil, 0),
        ("统一思想", nil, 0),
    ]

    @Test("markers are parsed by grammar, ASCII and full-width alike", arguments: markerCases)
    func markers(line: String, style: MarkerStyle?, number: Int) {
        let marker = HeadingMarker.parse(Array(line.unicodeScalars)[...])
        #expect(marker?.style == style)
        if style != nil { #expect(marker?.number == number) }
    }

    static func outline(_ text: String) throws -> [Heading] {
        try Shared.analyze(text).outline
    }

    static func flatten(_ headings: [Heading]) -> [Heading] {
        var result: [Heading] = []
        var stack = Array(headings.reversed())
        while let heading = stack.popLast() {
            result.append(heading)
            stack.append(contentsOf: heading.children.reversed())
        }
        return result
    }

    @Test("levels nest 一、 → （一） → 1. → （1）")
    func levels() throws {
        let text = """
            一、主要举措和成效
            （一）深化改革
            1.优化审批
            （1）压减材料
            全年压减申报材料120份，办理时限平均压缩60%，企业和群众满意度进一步提升。
            2.加强监管
            （二）规范执法
            二、存在的不足和原因
            基层执法力量不足，是当前面临的主要问题，也是下一步要着力解决的重点。
            """
        let flat = Self.flatten(try Self.outline(text))
        #expect(flat.map(\.level) == [1, 2, 3, 4, 3, 2, 1])
        #expect(flat.map(\.title) == ["主要举措和成效", "深化改革", "优化审批", "压减材料", "加强监管", "规范执法", "存在的不足和原因"])
    }

    @Test("a short report that uses 一、 then 1. nests 1. at level 2")
    func shortReport() throws {
        let text = """
            一、工作开展情况
            1.加强学法用法
            全年组织集中学法4次，参学干部职工达到一百二十余人次，学法成效明显。
            二、下一步工作打算
            1.继续抓好学法
            """
        let flat = Self.flatten(try Self.outline(text))
        #expect(flat.map(\.level) == [1, 2, 1, 2])
    }

    @Test("a heading that lost its marker is recognised and numbered")
    func lostMarker() throws {
        let text = """
            一、主要举措和成效
            （一）深化放管服改革
            全年新增告知承诺事项32项，压减申报材料近百份，企业开办时间压缩至1个工作日以内。
            严格规范公正文明执法
            组织执法人员培训6期，参训人员达到540余人次，全县行政执法案卷评查合格率达到98.5%。
            （三）强化行政监督
            自觉接受人大监督和政协民主监督，办理人大代表建议45件、政协提案62件，办复率100%。
            主要存在问题
            一是基层执法力量仍然薄弱，二是部分单位对合法性审核重视不够，有待进一步加强。
            """
        let headings = try Self.outline(text)
        try #require(headings.count == 2 && headings[0].children.count == 3)
        let lost = headings[0].children[1]
        #expect(lost.marker == nil)
        #expect(lost.inferredMarker == "（二）")
        #expect(lost.title == "严格规范公正文明执法")
        #expect(lost.line == 4)
        #expect(headings[0].children[2].marker == "（三）")
        #expect(headings[1].title == "主要存在问题")
        #expect(headings[1].inferredMarker == "二、")
        #expect(headings[1].part == .shortcomings)
    }

    @Test("a page extracted as one long line gets its breaks back before 一、 and （一） headings")
    func runOnLine() throws {
        let text = "城南街道 2023 年法治政府建设情况报告 2023 年，在区委、区政府的正确领导下，城南街道严格依法行政，"
            + "深入推进法 治政府建设，现将工作情况报告如下： 一、2023 年推进法治政府建设的主要举措和成效 （一）加强组织领导 "
            + "成立以街道主要领导为组长的法治建设领导小组，成员由班子成员担任，领导小组下设办公室，定期研究 法治建设工作。 "
            + "（二）严格规范执法 全年办理行政处罚案件 56 件，组织执法人员培训 3 次，案卷评查合格率 98%。 "
            + "二、存在的不足 基层执法力量仍然薄弱。 三、下一步工作安排 继续深化基层依法治理，提升执法规范化水平。"
        let outline = try Self.outline(text)
        // Where a heading's own text ran on after a space, the space may be a lost break or a space inside words: kept.
        #expect(outline.map(\.marker) == ["一、", "二、", "三、"])
        #expect(outline.first?.title == "2023 年推进法治政府建设的主要举措和成效")
        #expect(outline.first?.children.map(\.marker) == ["（一）", "（二）"])
        #expect(outline.first?.children.first?.title.hasPrefix("加强组织领导 成立") == true)
        // An ordinary long paragraph with a bracketed list and no scattered spaces stays one line.
        let paragraph = "全年围绕三个方面推进工作：（一）健全制度，（二）规范执法，（三）强化监督，各项任务均按时完成，"
            + String(repeating: "依法行政水平持续提升，群众满意度不断提高，", count: 10)
        #expect(try Shared.clean(paragraph).lines.count == 1)
    }

    @Test("一是…二是 inside paragraphs are points, not headings; short sentences are not lost headings")
    func pointsAreNotHeadings() throws {
        let text = """
            一、主要举措和成效
            一是加强组织领导，成立工作专班。
            二是完善制度建设，出台配套文件。
            全年共办理行政复议案件86件，审结79件，依法纠错11件，纠错率为13.9%。
            以上成绩来之不易。
            二、下一步工作打算
            继续深化改革，进一步提升依法行政能力和水平，推动法治政府建设再上新台阶。
            """
        let flat = Self.flatten(try Self.outline(text))
        #expect(flat.map(\.title) == ["主要举措和成效", "下一步工作打算"])
    }

    @Test("a heading embedded at the start of a paragraph takes its first sentence as title")
    func embeddedHeading() throws {
        let text = """
            一、主要举措和成效
            （一）持续优化营商环境。全年新增市场主体3200余户，企业开办全程网办率达到100%，为企业节省成本约280万元。
            （二）严格规范执法，提升执法质效。全年办理行政处罚案件1260件。
            """
        let flat = Self.flatten(try Self.outline(text))
        #expect(flat.map(\.title) == ["主要举措和成效", "持续优化营商环境", "严格规范执法，提升执法质效"])
    }

    static let partCases: [(String, [MandatedPart])] = [
        ("推进法治政府建设的主要举措和成效", [.achievements]),
        ("2022年主要工作完成情况", [.achievements]),
        ("党政主要负责人履行推进法治建设第一责任人职责情况", [.firstResponsible]),
        ("推进法治政府建设存在的不足和原因", [.shortcomings]),
        ("主要存在问题", [.shortcomings]),
        ("存在的问题及下步工作打算", [.shortcomings, .plans]),
        ("下一步工作计划", [.plans]),
        ("2024年推进法治政府建设的主要计划安排", [.plans]),
        ("2021年法治政府建设重点安排", [.plans]),
        ("2017年存在问题的整改情况", [.rectification]),
        ("上年度法治政府建设问题整改落实情况", [.rectification]),
        ("其他需要报告的情况", [.other]),
        ("深化行政执法体制改革", []),
    ]

    @Test("heading words tell which mandated part a heading opens", arguments: partCases)
    func partWords(title: String, parts: [MandatedPart]) {
        #expect(Shared.resources.partWords.parts(ofHeading: title) == parts)
    }

    @Test("a shortcomings part in an unnumbered paragraph counts; a passing mention in the plans does not")
    func paragraphParts() throws {
        let withParagraph = """
            一、2022年法治政府建设主要情况
            （一）深化改革
            全年新增告知承诺事项32项，压减申报材料近百份，企业开办时间压缩至1个工作日以内。
            2022年，我市法治政府建设取得积极成效，但也还存在一些短板弱项，主要表现在：基层法治队伍力量薄弱，执法规范化水平有待提升。
            二、2023年法治政府建设重点安排
            （一）持续深化改革
            """
        #expect(try Shared.analyze(withParagraph).parts == [.achievements, .shortcomings, .plans])
        let passing = """
            一、主要工作情况
            全年新增告知承诺事项32项，压减申报材料近百份，企业开办时间压缩至1个工作日以内。
            二、下一年工作计划
            今年工作虽取得一定成效，但仍存在短板，主要是队伍建设有待加强。下一步，我镇将继续加强法治建设。
            """
        #expect(try Shared.analyze(passing).parts == [.achievements, .plans])
    }

    @Test("unclassified top-level headings before the closing parts are achievements")
    func defaultAchievements() throws {
        let report = try Shared.analyze(Fixtures.countyReport)
        #expect(report.parts == [.achievements, .firstResponsible, .shortcomings, .plans])
        #expect(report.outline.map(\.part) == [.achievements, .firstResponsible, .shortcomings, .plans])
    }

    @Test("a paragraph's part is the same read from its String or in place from the middle of a text",
          arguments: ["下一步，我局将继续深化法治政府建设。", "下步工作中要持续发力。", "今后的情况尚不明朗。",
                      "但仍然存在一些短板弱项，主要表现在执法队伍专业化程度不高。", "工作中的不足之处需要正视。",
                      "全年办理行政复议案件32件，还有一些案件正在审理。", "依法行政水平持续提升。"])
    func paragraphPartInPlace(_ paragraph: String) {
        let classifier = Shared.resources.partWords
        let text = Array(("一、主要工作情况\n" + paragraph + "\n特此报告。").unicodeScalars)
        let start = "一、主要工作情况\n".unicodeScalars.count
        let inPlace = classifier.part(ofParagraph: text[start..<(start + paragraph.unicodeScalars.count)])
        #expect(inPlace == classifier.part(ofParagraph: paragraph))
    }

    @Test("paragraphs that state plans or shortcomings on their own, and ones that do not")
    func paragraphPartWords() {
        let classifier = Shared.resources.partWords
        #expect(classifier.part(ofParagraph: "下一步，我局将继续深化法治政府建设。") == .plans)
        #expect(classifier.part(ofParagraph: "今后的情况尚不明朗。") == nil)
        #expect(classifier.part(ofParagraph: "但仍然存在一些短板弱项，主要表现在执法队伍专业化程度不高。") == .shortcomings)
        #expect(classifier.part(ofParagraph: "工作中的不足之处需要正视。") == .shortcomings)
        #expect(classifier.part(ofParagraph: "全年办理行政复议案件32件，还有一些案件正在审理。") == nil)
    }
}
