@testable import FazhiCore
import Foundation
import Testing

/// The figure a sentence should yield.
struct ExpectedFigure: Sendable, CustomStringConvertible {
    var text: String
    var value: String
    var unit: String?
    var qualifier: Qualifier
    var kind: QuantityKind
    var change: Change?
    var lower: String?
    var upper: String?
    var subject: String?

    var description: String { "\(text) \(value) \(unit ?? "-") \(qualifier) \(kind) \(subject ?? "-")" }
}

/// A golden row: a fictional sentence in the style of the reports and every figure it states.
struct ScannerCase: Sendable, CustomTestStringConvertible {
    var sentence: String
    var figures: [ExpectedFigure]

    var testDescription: String { sentence }
}

/// An expected figure; bounds follow from the qualifier unless a range gives them.
private func f(_ text: String, _ value: String, _ unit: String?, q: Qualifier = .exact, kind: QuantityKind = .count,
               change: Change? = nil, bounds: (String, String)? = nil, subject: String?) -> ExpectedFigure {
    ExpectedFigure(text: text, value: value, unit: unit, qualifier: q, kind: kind, change: change,
                   lower: bounds?.0 ?? (q == .atLeast ? value : nil),
                   upper: bounds?.1 ?? (q == .lessThan ? value : nil), subject: subject)
}

private func s(_ sentence: String, _ figures: ExpectedFigure...) -> ScannerCase {
    ScannerCase(sentence: sentence, figures: figures)
}

/// The scanner with the bundled resources, read from the source tree (no Bundle needed).
enum ScannerFixture {
    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/FazhiCore/Resources").standardized

    static func text(_ name: String) throws -> String {
        try String(contentsOf: resources.appendingPathComponent(name), encoding: .utf8)
    }

    static let scanner: QuantityScanner = {
        // swiftlint:disable:next force_try
        try! QuantityScanner(unitsTSV: text("units.tsv"), phrases: text("numeric-phrases.txt"))
    }()
}

@Suite("quantity scanner: figures, units, qualifiers, kinds, changes and subjects")
struct QuantityScannerTests {
    static let sentences: [ScannerCase] = [
        s("全年共受理行政复议案件86件，审结79件，纠错率为13.9%。",
          f("86件", "86", "件", subject: "行政复议案件"),
          f("79件", "79", "件", subject: "审结"),
          f("13.9%", "13.9", "%", kind: .percent, subject: "纠错率")),
        s("调解矛盾纠纷3929宗，调解成功率达98.6%。",
          f("3929宗", "3929", "宗", subject: "调解矛盾纠纷"),
          f("98.6%", "98.6", "%", kind: .percent, subject: "调解成功率")),
        s("行政机关负责人出庭应诉率100%。",
          f("100%", "100", "%", kind: .percent, subject: "行政机关负责人出庭应诉率")),
        s("12345热线受理群众诉求5.6万件，按时办结率达到98.5%。",
          f("5.6万件", "56000", "件", subject: "群众诉求"),
          f("98.5%", "98.5", "%", kind: .percent, subject: "按时办结率")),
        s("组织培训6期，参训人员540人次。",
          f("6期", "6", "期", subject: "培训"),
          f("540人次", "540", "人次", subject: "参训人员")),
        s("开展法治讲座12场，发放宣传资料近2万份。",
          f("12场", "12", "场", subject: "法治讲座"),
          f("近2万份", "20000", "份", q: .lessThan, subject: "宣传资料")),
        s("审查合同318件，提出法律意见315条。",
          f("318件", "318", "件", subject: "合同"),
          f("315条", "315", "条", subject: "法律意见")),
        s("法律顾问覆盖率较上年提高4.1个百分点。",
          f("4.1个百分点", "4.1", "个百分点", kind: .percentagePointChange, change: .increase, subject: "法律顾问覆盖率")),
        s("全市违法犯罪警情同比下降12.7%。",
          f("12.7%", "12.7", "%", kind: .percent, change: .decrease, subject: "违法犯罪警情")),
        s("罚没款收入同比增长27%，达到3541.07万元。",
          f("27%", "27", "%", kind: .percent, change: .increase, subject: "罚没款收入"),
          f("3541.07万元", "35410700", "元", kind: .amount, subject: nil)),
        s("全年办理公证1,320件，法律援助案件865件。",
          f("1,320件", "1320", "件", subject: "公证"),
          f("865件", "865", "件", subject: "法律援助案件")),
        s("投入法治宣传经费2.3亿元。",
          f("2.3亿元", "230000000", "元", kind: .amount, subject: "法治宣传经费")),
        s("累计录入行政执法信息1.3万余条。",
          f("1.3万余条", "13000", "条", q: .atLeast, subject: "行政执法信息")),
        s("挽回经济损失860.5余万元。",
          f("860.5余万元", "8605000", "元", q: .atLeast, kind: .amount, subject: "经济损失")),
        s("政务服务事项网上可办率达99.2%以上。",
          f("99.2%以上", "99.2", "%", q: .atLeast, kind: .percent, subject: "政务服务事项网上可办率")),
        s("承诺办理时限比法定时限压缩60%左右。",
          f("60%左右", "60", "%", q: .about, kind: .percent, change: .decrease, subject: "承诺办理时限")),
        s("全县共有执业律师128人，基层法律服务工作者56人。",
          f("128人", "128", "人", subject: "执业律师"),
          f("56人", "56", "人", subject: "基层法律服务工作者")),
        s("聘请法律顾问15名，实现村（社区）法律顾问全覆盖。",
          f("15名", "15", "名", subject: "法律顾问")),
        s("排查化解矛盾纠纷2,315起，化解率96.8%。",
          f("2,315起", "2315", "起", subject: "矛盾纠纷"),
          f("96.8%", "96.8", "%", kind: .percent, subject: "化解率")),
        s("在全省法治政府建设考评中排名第3位，较上年前进5个名次。",
          f("第3位", "3", "位", kind: .rank, subject: "法治政府建设考评"),
          f("5个名次", "5", "名次", kind: .rank, change: .increase, subject: nil)),
        s("在全市依法行政考核中位列第一。",
          f("第一", "1", nil, kind: .rank, subject: "依法行政考核")),
        s("行政复议决定履行率达100%，败诉率为0。",
          f("100%", "100", "%", kind: .percent, subject: "行政复议决定履行率"),
          f("0", "0", nil, subject: "败诉率")),
        s("共办理人大代表建议和政协提案136件，满意率100%。",
          f("136件", "136", "件", subject: "人大代表建议和政协提案"),
          f("100%", "100", "%", kind: .percent, subject: "满意率")),
        s("全年行政处罚案件1,058件，罚没款1,256.3万元。",
          f("1,058件", "1058", "件", subject: "行政处罚案件"),
          f("1,256.3万元", "12563000", "元", kind: .amount, subject: "罚没款")),
        s("编印普法读本3万4000册。",
          f("3万4000册", "34000", "册", subject: "普法读本")),
        s("受益群众达十几万人次。",
          f("十几万人次", "110000", "人次", q: .range, bounds: ("110000", "190000"), subject: "受益群众")),
        s("每季度开展执法检查两到三次。",
          f("两到三次", "2", "次", q: .range, bounds: ("2", "3"), subject: "执法检查")),
        s("接待来访群众数百人次。",
          f("数百人次", "200", "人次", q: .range, bounds: ("200", "900"), subject: "来访群众")),
        s("整改问题二三十个。",
          f("二三十个", "20", "个", q: .range, bounds: ("20", "30"), subject: "问题")),
        s("现有法律援助律师不足50人。",
          f("不足50人", "50", "人", q: .lessThan, subject: "法律援助律师")),
        s("清理规范性文件约300件。",
          f("约300件", "300", "件", q: .about, subject: "规范性文件")),
        s("受理诉求超过5万件。",
          f("超过5万件", "50000", "件", q: .atLeast, subject: "诉求")),
        s("覆盖人口逾20万人。",
          f("逾20万人", "200000", "人", q: .atLeast, subject: "人口")),
        s("案卷评查合格率不低于90%。",
          f("不低于90%", "90", "%", q: .atLeast, kind: .percent, subject: "案卷评查合格率")),
        s("对每个项目给予1万元--5万元补助。",
          f("1万元--5万元", "10000", "元", q: .range, kind: .amount, bounds: ("10000", "50000"), subject: "补助")),
        s("举办法治讲座，上千名群众到场听讲。",
          f("上千名", "1000", "名", q: .atLeast, subject: "群众到场听讲")),
        s("清理涉企收费项目，为企业减负一千到两千万元。",
          f("一千到两千万元", "10000000", "元", q: .range, kind: .amount, bounds: ("10000000", "20000000"), subject: "为企业减负")),
        s("全市七成行政争议在复议阶段化解，三成半的乡镇实现矛盾不出镇。",
          f("七成", "70", "%", kind: .percent, subject: "行政争议"),
          f("三成半", "35", "%", kind: .percent, subject: "乡镇")),
        s("建成公共法律服务站点100多个。",
          f("100多个", "100", "个", q: .atLeast, subject: "公共法律服务站点")),
        s("审批时限压缩至3个工作日内。",
          f("3个工作日内", "3", "个工作日", q: .lessThan, kind: .duration, subject: "审批时限")),
        s("平均办理时间为1.5个工作日。",
          f("1.5个工作日", "1.5", "个工作日", kind: .duration, subject: "平均办理时间")),
        s("连续3年获评法治政府建设先进单位。",
          f("3年", "3", "年", kind: .duration, subject: "法治政府建设先进单位")),
        s("政务服务中心设置综合窗口24个，实行“一窗受理”。",
          f("24个", "24", "个", subject: "综合窗口")),
        s("完成项目投资3541.07万元2.3本项目要求",
          f("3541.07万元", "35410700", "元", kind: .amount, subject: "项目投资")),
        s("实现参考率、合格率“两个100%”",
          f("100%", "100", "%", kind: .percent, subject: "合格率")),
        s("每年至少开展1次法治督察",
          f("1次", "1", "次", q: .atLeast, subject: "法治督察")),
        s("历时3个多月完成清理",
          f("3个多月", "3", "个月", q: .atLeast, kind: .duration, subject: "清理")),
        s("经过两年多的努力",
          f("两年多", "2", "年", q: .atLeast, kind: .duration, subject: "努力")),
        s("全年共举办各类普法活动1,200余场次，受众达36.5万人次。",
          f("1,200余场次", "1200", "场次", q: .atLeast, subject: "各类普法活动"),
          f("36.5万人次", "365000", "人次", subject: "受众")),
        s("群众满意率达到百分之九十八点二。",
          f("百分之九十八点二", "98.2", "%", kind: .percent, subject: "群众满意率")),
        s("办结率100%；满意率99.6%。",
          f("100%", "100", "%", kind: .percent, subject: "办结率"),
          f("99.6%", "99.6", "%", kind: .percent, subject: "满意率")),
        s("全区12个镇街道建成矛调中心",
          f("12个", "12", "个", subject: "镇街道")),
        s("在3天内作出答复",
          f("3天内", "3", "天", q: .lessThan, kind: .duration, subject: "答复")),
        s("召开常务会议专题研究法治工作两次",
          f("两次", "2", "次", subject: "常务会议专题研究法治工作")),
        s("依法行政考核排名全省第二，荣获第3名",
          f("第二", "2", nil, kind: .rank, subject: "依法行政考核"),
          f("第3名", "3", "名", kind: .rank, subject: nil)),
        s("年度考核得分95.5分",
          f("95.5分", "95.5", "分", subject: "考核得分")),
        s("政务服务中心办件量123456，",
          f("123456", "123456", nil, subject: "政务服务中心办件量")),
        s("行政诉讼败诉率下降至5%以下",
          f("5%以下", "5", "%", q: .lessThan, kind: .percent, subject: "行政诉讼败诉率")),
        s("减少审批环节3个",
          f("3个", "3", "个", change: .decrease, subject: "审批环节")),
        s("12348法律服务热线接听咨询2,600余次",
          f("2,600余次", "2600", "次", q: .atLeast, subject: "法律服务热线接听咨询")),
        s("投入资金1，100万元",
          f("1，100万元", "11000000", "元", kind: .amount, subject: "资金")),
        s("全年受理案件７０６２起",
          f("７０６２起", "7062", "起", subject: "案件")),
        s("其中：维持52件、撤销8件、确认违法3件",
          f("52件", "52", "件", subject: "维持"),
          f("8件", "8", "件", subject: "撤销"),
          f("3件", "3", "件", subject: "确认违法")),
        s("对违规企业给予1万-5万元奖励",
          f("1万-5万元", "10000", "元", q: .range, kind: .amount, bounds: ("10000", "50000"), subject: "奖励")),
        s("处1-5万元罚款",
          f("1-5万元", "10000", "元", q: .range, kind: .amount, bounds: ("10000", "50000"), subject: "罚款")),
        s("年均增长5%-10%",
          f("5%-10%", "5", "%", q: .range, kind: .percent, change: .increase, bounds: ("5", "10"), subject: "年均")),
        s("执法人员考试合格率下降0.5个百分点",
          f("0.5个百分点", "0.5", "个百分点", kind: .percentagePointChange, change: .decrease, subject: "执法人员考试合格率")),
        s("共举办12场法治讲座，聘请的3家法律顾问全程参与",
          f("12场", "12", "场", subject: "法治讲座"),
          f("3家", "3", "家", subject: "法律顾问")),
        s("办理时限由20个工作日压缩到5个工作日",
          f("20个工作日", "20", "个工作日", kind: .duration, subject: "办理时限"),
          f("5个工作日", "5", "个工作日", kind: .duration, subject: nil)),
        s("全区共有行政执法人员1,865名，持证率100%，较上年增加126名。",
          f("1,865名", "1865", "名", subject: "行政执法人员"),
          f("100%", "100", "%", kind: .percent, subject: "持证率"),
          f("126名", "126", "名", change: .increase, subject: nil)),
        s("全县生产安全事故起数和死亡人数同比分别下降8.1%和5.4%。",
          f("8.1%", "8.1", "%", kind: .percent, change: .decrease, subject: "生产安全事故起数和死亡人数"),
          f("5.4%", "5.4", "%", kind: .percent, change: .decrease, subject: "生产安全事故起数和死亡人数")),
        s("立案查处违法行为415起，罚没款约1,280万元。",
          f("415起", "415", "起", subject: "违法行为"),
          f("约1,280万元", "12800000", "元", q: .about, kind: .amount, subject: "罚没款")),
        s("对五台县等4个县（市、区）开展实地督察。",
          f("4个", "4", "个", subject: "县（市、区）")),
        s("规范性文件报备及时率100%，报备率98%。",
          f("100%", "100", "%", kind: .percent, subject: "规范性文件报备及时率"),
          f("98%", "98", "%", kind: .percent, subject: "报备率")),
        s("新命名市级民主法治示范村（社区）27个。",
          f("27个", "27", "个", subject: "新命名市级民主法治示范村（社区）")),
        s("督促全市86个单位按时公开年度报告，公开率由上年的91%提高到100%。",
          f("86个", "86", "个", subject: "单位"),
          f("91%", "91", "%", kind: .percent, subject: "公开率"),
          f("100%", "100", "%", kind: .percent, subject: nil)),
        s("三项整改任务已全部完成，参考率和合格率均达到100%。",
          f("三项", "3", "项", subject: "整改任务"),
          f("100%", "100", "%", kind: .percent, subject: "参考率和合格率")),
        s("二是修订完善专项应急预案9部，组织开展应急演练31场次。",
          f("9部", "9", "部", subject: "专项应急预案"),
          f("31场次", "31", "场次", subject: "应急演练")),
        s("全镇共调解案件1,274宗，办结率达到98.5%。",
          f("1,274宗", "1274", "宗", subject: "调解案件"),
          f("98.5%", "98.5", "%", kind: .percent, subject: "办结率")),
    ]

    /// Sentences full of numerals that state no figure.
    static let falseFriends: [String] = [
        "一是加强组织领导，二是完善制度机制。",
        "（一）深化“放管服”改革",
        "1.健全依法决策机制",
        "根据《某省行政执法条例》第十条规定",
        "按照市委发〔2021〕12号文件要求",
        "2021年1月19日上午9:30召开会议",
        "坚持“两个维护”，增强“四个意识”、坚定“四个自信”",
        "推行“一网通办”“最多跑一次”改革，实现一站式服务",
        "拨打12345政务服务便民热线咨询",
        "全面落实行政执法“三项制度”和“三重一大”决策制度",
        "“十四五”时期，深入学习贯彻党的二十大和十九届五中全会精神",
        "2015-2020年规划期内，2021年度考核优秀",
        "实施“5115”服务承诺和“1+N”工作机制",
        "统一、规范地开展工作，进一步完善一次性告知制度",
        "第三次全体会议审议通过",
        "建设数字政府2.0版，推进5G应用",
        "召开了一场行政执法全流程培训，形成一个流程",
        "落实“一村一法律顾问”制度，庆祝建国70周年",
        "1-10月份，全区经济平稳运行",
        "上午10时30分召开会议",
        "近三年来，全县法治建设成效明显",
        "入选第一批全国法治政府建设示范项目",
        "二〇二一年十二月三十一日",
        "市、县两级全面推行，(2020)粤01行初123号",
        "截至2021年底，自2022年3月1日起施行",
        "依据国务院令第711号，开展第十九届宪法宣传周",
        "升级至V3.0版本，建成4A级景区，推行1+X证书",
        "一季度工作推进会，执法证三年年检",
        "“12·4”国家宪法日，2021/12/04发布",
        "咨询电话0571-88888888，村（居）“两委”换届",
        "①加强领导 ②完善机制",
        "(一)加强党的领导",
        "一、主要举措和成效",
        "（1）完善制度",
        "2. 推进严格执法",
        "上午9时在市民中心召开",
        "联系电话为12345，邮政编码为100000。",
        "党的十九大以来，一方面加强学习，另一方面抓好落实",
        "7月2日至3日举办培训，1月21日召开会议",
        "一把手带头推进一带一路建设",
        "第一，强化责任；第二，完善机制",
        "辽委发[2018]21号",
        "12345热线平台和12345政务服务便民热线",
        "一件事一次办，两平台全面应用",
        "年满18岁的公民",
    ]

    static func describe(_ found: [ScannedQuantity]) -> String {
        found.map {
            "\($0.text) \($0.value) \($0.unit ?? "-") \($0.qualifier) \($0.kind) \($0.change.map { "\($0)" } ?? "-") "
                + ($0.subject ?? "-")
        }.joined(separator: "; ")
    }

    @Test("every figure of a sentence, with unit, qualifier, kind, change and subject", arguments: sentences)
    func figures(row: ScannerCase) throws {
        let line = Array(row.sentence.unicodeScalars)
        let found = ScannerFixture.scanner.scan(line)
        try #require(found.count == row.figures.count, "found: \(Self.describe(found))")
        for (got, want) in zip(found, row.figures) {
            #expect(got.text == want.text)
            #expect(line[got.range].string == got.text)
            #expect(got.value == Decimal(string: want.value)!, "\(want)")
            #expect(got.unit == want.unit, "\(want)")
            #expect(got.qualifier == want.qualifier, "\(want)")
            #expect(got.kind == want.kind, "\(want)")
            #expect(got.change == want.change, "\(want)")
            #expect(got.lower == want.lower.flatMap { Decimal(string: $0) }, "\(want)")
            #expect(got.upper == want.upper.flatMap { Decimal(string: $0) }, "\(want)")
            #expect(got.subject == want.subject, "\(want)")
            #expect((got.subject?.unicodeScalars.count ?? 0) <= SubjectFinder.maxLength)
        }
    }

    @Test("years, dates, times, codes, ordinals, markers and fixed phrases are not figures", arguments: falseFriends)
    func noFigures(sentence: String) {
        let found = ScannerFixture.scanner.scan(Array(sentence.unicodeScalars))
        #expect(found.isEmpty, "found: \(Self.describe(found))")
    }

    @Test("the golden tables hold at least 60 sentences")
    func tableSize() {
        #expect(Self.sentences.count + Self.falseFriends.count >= 60)
    }

    @Test("the scanner's quick filter passes every scalar a numeral may start with")
    func startersCoverMayStart() {
        let starters = ScannerFixture.scanner.starters
        let followers: [[Unicode.Scalar]] = [["十"], ["千"], ["万"], ["分", "之"], ["点", "五"], ["5"]]
        var missed: [UInt32] = []
        for value in UInt32(1)..<0x30000 {
            guard let scalar = Unicode.Scalar(value), !starters.contains(value) else { continue }
            if followers.contains(where: { QuantityScanner.mayStart([scalar] + $0, at: 0) }) { missed.append(value) }
        }
        #expect(missed.isEmpty, "mayStart accepts scalars the filter drops: \(missed.prefix(10))")
        #expect(!starters.contains(Unicode.Scalar("的").value))
    }

    @Test("units: the longest wins, 万/亿 fold into the value, ％ normalises to %")
    func units() throws {
        let lexicon = ScannerFixture.scanner.units
        #expect(lexicon.entry(for: "个百分点")?.kind == .percentagePointChange)
        #expect(lexicon.entry(for: "人次")?.unit == "人次")
        #expect(lexicon.entry(for: "％")?.unit == "%")
        #expect(lexicon.entry(for: "万元") == UnitEntry(written: "万元", unit: "元", kind: .amount, allowsFraction: true,
                                                     scale: 10000))
        #expect(lexicon.entry(for: "周年")?.kind == nil)
        let line = Array("收到申请12个工作日、3场次、5人次、2个百分点、6个".unicodeScalars)
        #expect(ScannerFixture.scanner.scan(line).map { $0.unit } == ["个工作日", "场次", "人次", "个百分点", "个"])
    }

    @Test("malformed resources are refused with their line")
    func malformedResources() {
        #expect(throws: FigureResourceError.unknownKind(line: 2, kind: "money")) {
            try QuantityScanner(unitsTSV: "件\tcount\n元\tmoney", phrases: "")
        }
        #expect(throws: FigureResourceError.malformedUnitRow(line: 1, text: "件")) {
            try QuantityScanner(unitsTSV: "件", phrases: "")
        }
        #expect(throws: FigureResourceError.unknownOption(line: 1, option: "huge")) {
            try QuantityScanner(unitsTSV: "件\tcount\t\thuge", phrases: "")
        }
        #expect(throws: FigureResourceError.phraseWithoutNumeral(line: 2, text: "证照分离")) {
            try QuantityScanner(unitsTSV: "", phrases: "# slogans\n证照分离")
        }
    }

    @Test("phrases come from the resource: a new fixed phrase silences its numerals")
    func phrasesAreData() throws {
        let units = try ScannerFixture.text("units.tsv")
        let line = Array("建立三张清单，公布12项".unicodeScalars)
        #expect(try QuantityScanner(unitsTSV: units, phrases: "").scan(line).map(\.text) == ["三张", "12项"])
        #expect(try QuantityScanner(unitsTSV: units, phrases: "三张清单").scan(line).map(\.text) == ["12项"])
    }

    @Test("random lines of numerals, units, qualifiers and brackets: figures stay ordered, apart and inside the line")
    func randomLines() {
        let alphabet = Array(("0123456789０１.．,，-－~至到余多万亿千百十几数点之分第年月日号时:：%％个件人次工作日"
            + "“”《》〔〕()（）、。是一二两三四五六七八九零〇壹拾佰萬几约近超过以上以下左右内来同比下降增长排名名位大共的对 aG+·/")
            .unicodeScalars)
        var state: UInt64 = 12345
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        for _ in 0..<20_000 {
            let line = (0..<next() % 40).map { _ in alphabet[next() % alphabet.count] }
            let found = ScannerFixture.scanner.scan(line)
            var previousEnd = 0
            for quantity in found {
                #expect(quantity.range.lowerBound >= previousEnd && quantity.range.upperBound <= line.count)
                #expect(line[quantity.range].string == quantity.text)
                previousEnd = quantity.range.upperBound
            }
            for index in line.indices {
                if let numeral = NumeralParser.parse(line, at: index) {
                    #expect(numeral.range.lowerBound == index && numeral.range.upperBound <= line.count)
                }
            }
        }
    }

    @Test("hostile lines: a megabyte of digits and 万/余, 100,000 brackets, stay linear and fast")
    func hostile() {
        var mixed: [Unicode.Scalar] = []
        let pieces = ["1234567", "万", "余", "3万4000", "1.3万余", "5240.84余万", "，100", "99.", "%", "个", "十",
                      "百分之", "二〇", "几十", "1-", "至", "一"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        while mixed.count < 1_000_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            mixed += pieces[Int(state >> 33) % pieces.count].unicodeScalars
        }
        let lines: [[Unicode.Scalar]] = [
            mixed,
            Array(repeating: "9", count: 1_000_000),
            Array(repeating: "〔", count: 100_000),
            Array(String(repeating: "〔2018〕", count: 20_000).unicodeScalars),
            Array(String(repeating: "“1件", count: 100_000).unicodeScalars),
            Array(repeating: "一", count: 500_000),
        ]
        let clock = ContinuousClock()
        for line in lines {
            let elapsed = clock.measure { _ = ScannerFixture.scanner.scan(line) }
            #expect(elapsed < .seconds(10), "\(line.count) scalars took \(elapsed)")
        }
        #expect(ScannerFixture.scanner.scan(Array(repeating: "9", count: 1_000_000)).isEmpty)
    }

    @Test("the extractor makes room for one figure a run of digits, ASCII or full-width, but at most one every 16 scalars")
    func roomForFigures() {
        let sentence = "全年共受理行政复议案件12件，依法办结１０件，行政复议决定全部在法定期限内作出，办结率同比增长3.5%，另有三件正在审理之中，相关工作均按计划稳步推进并落实到位。"
        #expect(sentence.unicodeScalars.count >= 4 * FigureExtractor.scalarsPerFigure)
        #expect(FigureExtractor.expectedFigures(in: ArraySlice(sentence.unicodeScalars)) == 4)
        #expect(FigureExtractor.expectedFigures(in: ArraySlice("没有数字".unicodeScalars)) == 0)
        #expect(FigureExtractor.expectedFigures(in: ArraySlice(String(repeating: "1a", count: 800).unicodeScalars)) == 100)
        #expect(FigureExtractor.expectedFigures(in: []) == 0)
    }
}
