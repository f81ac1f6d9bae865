@testable import FazhiCore
import FazhiTesting
import Testing

/// masked-text and placeholder on sentences written for them, and on the labelled real openings.
@Suite("masked-text and placeholder: masks, template slots, elisions and their look-alikes")
struct MaskingRuleTests {
    static func rules(_ sentence: String) throws -> Set<String> {
        let text = Shared.countyReport(inserting: sentence)
        return Set(try Shared.analyze(text).findings.map(\.rule)).intersection(["masked-text", "placeholder"])
    }

    /// A sentence and the rule it must trigger.
    static let defects: [(String, String)] = [
        ("坚持以***同志为核心的党中央的坚强领导。", "masked-text"),
        ("在*区开展执法检查12次。", "masked-text"),
        ("**县司法局组织培训3期。", "masked-text"),
        ("用*严格制度*严密法治保护生态环境。", "masked-text"),
        ("深入学习贯彻_法治思想。", "masked-text"),
        ("（开头部分已省略650字）全年受理案件12件。", "masked-text"),
        ("本文仅展示628字，下载后查看全文。", "masked-text"),
        ("具体数据此处略。", "masked-text"),
        ("完善行政执法制度（略）。", "masked-text"),
        ("威廉希尔中文 法治政府建设实施纲要。", "masked-text"),
        ("到20XX年底全面完成。", "placeholder"),
        ("20__年以来，我局认真履行职责。", "placeholder"),
        ("__县教育局印发实施方案。", "placeholder"),
        ("深入学习贯彻____法治思想。", "placeholder"),
        ("某县司法局组织执法培训。", "placeholder"),
        ("某局全年办理案件xx件。", "placeholder"),
        ("XX乡建成法律服务站。", "placeholder"),
        ("由×××同志主持会议。", "placeholder"),
        ("***街道办事处全年调解纠纷86件。", "masked-text"),
        ("会议由**同志主持。", "masked-text"),
        ("取得积*进展。", "masked-text"),
        ("完善行_力监督制约机制。", "masked-text"),
        ("以下略。", "masked-text"),
        ("全文共3000字，开通会员后阅读。", "masked-text"),
        ("2023年，xx县全面推进依法行政。", "placeholder"),
        ("全年受理案件XX件，办结XX件。", "placeholder"),
        ("截至20xx年底完成清理。", "placeholder"),
        ("由某镇人民政府负责实施。", "placeholder"),
        ("经某区司法局审核同意。", "placeholder"),
        ("报请某市人民政府备案。", "placeholder"),
        ("贯彻落实党的__大精神。", "placeholder"),
    ]

    @Test("masks, elisions, injected strings and template slots are found", arguments: defects)
    func defect(sentence: String, rule: String) throws {
        #expect(try Self.rules(sentence).contains(rule))
    }

    /// Look-alikes that must stay silent.
    static let clean: [String] = [
        "建成5A级景区法治宣传点2个。",
        "打造3*3法治宣传矩阵。",
        "文件名为fazhi_report_2023.pdf。",
        "注：*为本年新增事项。",
        "某些部门仍存在执法不规范问题。",
        "某种程度上基层力量仍显不足。",
        "对某市民投诉事项及时处理。",
        "二○○九年以来持续推进依法行政。",
        "全年开展普法活动120场。",
        "严厉打击网络博彩等违法犯罪活动。",
        "X光安检设备全部配齐。",
        "规范性文件合法性审核率100%。",
        "全面推行“双随机、一公开”监管。",
        "网址为www.example_site.com。",
        "Ⅱ类水质比例达到90%。",
        "肥西县2024年度法治政府建设报告_法治政府建设年度报告_肥西县人民政府\n",
    ]

    @Test("an elision note: the earlier word of the list wins, then the earlier place; each word of the list is one")
    func elisionOrder() {
        let line = Array("全文共3000字，仅展示628字，已省略了字，已省略12字".unicodeScalars)[...]
        #expect(MaskedTextRule.elision(in: line)?.1 == "已省略12字")
        let later = Array("仅展示6字，全文共3000字，仅展示628字".unicodeScalars)[...]
        #expect(MaskedTextRule.elision(in: later)?.0 == 0)
        #expect(MaskedTextRule.elision(in: Array("已省略字，全文共字".unicodeScalars)[...]) == nil)
        for (number, word) in MaskedTextRule.elisionWords.words.enumerated() {
            #expect(MaskedTextRule.elision(in: (word + Array("12字".unicodeScalars))[...])?.1 == word.string + "12字", "\(number)")
        }
        #expect(MaskedTextRule.elision(in: Array("略12字".unicodeScalars)[...]) == nil)
    }

    @Test("real uses of *, x, _ and 某 stay silent", arguments: clean)
    func silent(sentence: String) throws {
        #expect(try Self.rules(sentence).isEmpty)
    }

    @Test("every labelled real opening gets its finding; no unlabelled one does")
    func openings() throws {
        let analyzer = try Analyzer.bundled()
        let checks: [(String, KeyPath<OpeningLabel, Bool>)] = [
            ("placeholder", \.placeholders), ("masked-text", \.masked), ("garbled-text", \.garbledPinyin),
        ]
        var misses: [String] = []
        for label in try OpeningsCorpus.labels() {
            let rules = Set(try analyzer.analyze(OpeningsCorpus.bytes(of: label), source: label.id).findings.map(\.rule))
            for (rule, labelled) in checks where rules.contains(rule) != label[keyPath: labelled] {
                misses.append("\(label.id) \(rule): labelled \(label[keyPath: labelled])")
            }
        }
        #expect(misses.isEmpty, "\(misses.joined(separator: "\n"))")
    }
}
