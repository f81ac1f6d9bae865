@testable import FazhiCore
import FazhiTesting
import Testing

/// Each rule finds its defect injected into clean text, and finds nothing in the clean text.
@Suite("review rules")
struct ReviewRuleTests {
    @Test("the clean county report has no findings at all")
    func clean() throws {
        #expect(try Shared.analyze(Fixtures.countyReport).findings.isEmpty)
    }

    @Test("missing-part: a report without its shortcomings part is an error")
    func missingPart() throws {
        let text = Fixtures.countyReport
            .replacingOccurrences(of: "三、存在的不足和原因\n一是基层执法力量仍然薄弱，二是部分单位对合法性审核重视不够，三是法治宣传的针对性有待增强。\n", with: "")
            .replacingOccurrences(of: "四、2023年主要安排", with: "三、2023年主要安排")
        let found = try Shared.findings(of: "missing-part", in: text)
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.expected == "shortcomings")
    }

    @Test("missing-part: the leaders' duty folded into another part is only a warning")
    func foldedPart() throws {
        let text = Fixtures.countyReport
            .replacingOccurrences(of: "二、党政主要负责人履行推进法治建设第一责任人职责情况\n", with: "")
            .replacingOccurrences(of: "县委、县政府主要负责同志带头学法", with: "县委、县政府主要负责同志认真履行第一责任人职责，带头学法")
        let found = try Shared.findings(of: "missing-part", in: text)
        #expect(found.map(\.severity) == [.warning])
    }

    @Test("missing-part: a document that is not an annual report is not held to the rules")
    func notAReport() throws {
        let text = "开化县2023年法治政府建设工作要点\n一、总体要求\n坚持以习近平法治思想为指导，全面推进依法行政，加快建设法治政府。"
        #expect(try Shared.findings(of: "missing-part", in: text).isEmpty)
    }

    @Test("repeated-passage: a paragraph pasted twice is found at its second copy")
    func repeated() throws {
        let paragraph = "全年新增告知承诺事项32项，压减申报材料近百份，企业开办时间压缩至1个工作日以内，群众办事满意率保持在较高水平。"
        let text = Fixtures.countyReport.replacingOccurrences(of: paragraph, with: paragraph + "\n" + paragraph)
        let found = try Shared.findings(of: "repeated-passage", in: text)
        #expect(found.count == 1)
        #expect(found.first?.line == 7)
    }

    @Test("garbled-text: pinyin is info, unrecoverable mojibake an error")
    func garbled() throws {
        let pinyin = try Shared.findings(of: "garbled-text", in: Fixtures.countyReport.replacingOccurrences(of: "执法人员", with: "执(zhí)法人员"))
        #expect(pinyin.map(\.severity) == [.info])
        let mojibake = try Shared.findings(of: "garbled-text", in: Fixtures.countyReport.replacingOccurrences(of: "压减申报材料", with: "压减申?qū)m椪料"))
        #expect(mojibake.map(\.severity) == [.error])
        #expect(mojibake.first?.line == 6)
    }

    static let placeholderCases: [(String, String?)] = [
        ("到20xx年底前完成评估。", "20xx"),
        ("到２０ＸＸ年底前完成评估。", "２０ＸＸ"),
        ("XX县司法局牵头负责。", "XX"),
        ("由×××同志负责。", "×××"),
        ("联系电话：【 】。", "【 】"),
        ("完成XXX项目的审查。", "XXX"),
        ("二○○九年以来，我县持续推进。", nil),
        ("推广使用XML格式的电子证照。", nil),
        ("开展“双随机、一公开”抽查12次。", nil),
    ]

    @Test("placeholder: template leftovers are errors; real text is not", arguments: placeholderCases)
    func placeholder(sentence: String, found: String?) throws {
        let text = Shared.countyReport(inserting: sentence)
        let findings = try Shared.findings(of: "placeholder", in: text)
        #expect(findings.first?.found == found)
        #expect(findings.count == (found == nil ? 0 : 1))
    }
}

/// The known findings of gold.jsonl that the rules written so far cover.
@Suite("review of the dev corpus")
struct DevCorpusReviewTests {
    @Test("every known finding of a written rule is reported", arguments: try DevCorpus.gold())
    func knownFindings(entry: GoldEntry) throws {
        let report = try Shared.analyzer.analyze(DevCorpus.bytes(entry.file), source: entry.file)
        let written = Set(RuleRegistry.rules.map(\.id))
        // gold.jsonl names numbering gaps `numbering-gap`; the rule that finds them is `numbering`.
        let aliases = ["numbering-gap": "numbering"]
        for known in entry.knownFindings {
            let rule = aliases[known.rule] ?? known.rule
            guard written.contains(rule) else { continue }
            #expect(report.findings.contains { $0.rule == rule }, "\(known.rule): \(known.about)")
        }
    }

    @Test("the garbling in the traditional-script report is pointed at, line by line")
    func garbledPlaces() throws {
        let entry = try #require(try DevCorpus.gold().first { $0.noise.contains("mojibake") })
        let report = try Shared.analyzer.analyze(DevCorpus.bytes(entry.file), source: entry.file)
        let errors = report.findings.filter { $0.rule == "garbled-text" && $0.severity == .error }
        #expect(errors.count >= 2)
        #expect(errors.allSatisfy { $0.excerpt.contains("?") })
    }
}

@Suite("percentage-mismatch")
struct PercentageMismatchTests {
    @Test("a share that contradicts its counts is an error with the computed share")
    func mismatch() throws {
        let found = try Shared.findings(of: "percentage-mismatch", inserting: "全县政务服务事项820项，其中可网上办理事项700项，占比90.12%。")
        #expect(found.count == 1)
        #expect(found.first?.expected == "85.37%")
        #expect(found.first?.found == "90.12%")
    }

    static let agreeing = [
        "全县政务服务事项820项，其中可网上办理事项700项，占比85.37%。",
        "全县政务服务事项820项，其中可网上办理事项700项，占比85.36%。",
        "全县政务服务事项820项，其中可网上办理事项700项，占比85.4%。",
        "全县政务服务事项820项，其中可网上办理事项820项，占比100%。",
        "全年办理案件120件，群众满意率98%。",
        "其中可网上办理事项700项，占比85%。",
    ]

    @Test("shares that agree (rounded or truncated), other rates, and shares without a base pass", arguments: agreeing)
    func agreement(sentence: String) throws {
        #expect(try Shared.findings(of: "percentage-mismatch", inserting: sentence).isEmpty)
    }
}

@Suite("numbering")
struct NumberingRuleTests {
    static let body = "全年新增告知承诺事项32项，压减申报材料近百份，企业开办时间压缩至1个工作日以内。"

    @Test("a clean outline has no numbering findings")
    func clean() throws {
        #expect(try Shared.findings(of: "numbering", in: Fixtures.countyReport).isEmpty)
    }

    @Test("a jump, a repeat, a lost marker and a late start are each found")
    func defects() throws {
        let jump = try Shared.findings(of: "numbering", in: "一、主要举措和成效\n（一）深化改革\n\(Self.body)\n（三）规范执法\n\(Self.body)")
        #expect(jump.map(\.message) == ["标题序号跳跃"])
        #expect(jump.first?.expected == "（二）")
        let repeated = try Shared.findings(of: "numbering", in: "一、主要举措和成效\n（一）深化改革\n\(Self.body)\n（一）规范执法\n\(Self.body)")
        #expect(repeated.map(\.message) == ["标题序号重复"])
        let lost = try Shared.findings(of: "numbering", in: "一、主要举措和成效\n（一）深化改革\n\(Self.body)\n规范公正文明执法\n\(Self.body)\n（三）强化监督\n\(Self.body)")
        #expect(lost.map(\.expected) == ["（二）"])
        let late = try Shared.findings(of: "numbering", in: "一、主要举措和成效\n（二）深化改革\n\(Self.body)\n（三）规范执法\n\(Self.body)")
        #expect(late.map(\.message) == ["本级序号没有从第一个开始"])
    }

    @Test("arabic task numbers that run on across sections are not flagged")
    func runningNumbers() throws {
        let text = "一、主要任务\n（一）深化改革\n1.推行清单管理。\n2.优化营商环境。\n（二）规范执法\n3.落实三项制度。\n4.开展案卷评查。"
        #expect(try Shared.findings(of: "numbering", in: text).isEmpty)
    }
}

@Suite("late-report, year-mismatch, masked-text")
struct DateAndMaskRuleTests {
    @Test("a government report is late from 1 April, a department's from 1 March")
    func late() throws {
        #expect(try Shared.findings(of: "late-report", in: Fixtures.countyReport).isEmpty)
        let lateCounty = Fixtures.countyReport.replacingOccurrences(of: "2023年2月20日", with: "2023年4月2日")
        #expect(try Shared.findings(of: "late-report", in: lateCounty).map(\.found) == ["2023-04-02"])
        let department = Fixtures.countyReport
            .replacingOccurrences(of: "开化县2022年法治政府建设年度报告", with: "开化县司法局2022年法治政府建设年度报告")
            .replacingOccurrences(of: "开化县人民政府\n2023年2月20日", with: "开化县司法局\n2023年3月6日")
        #expect(try Shared.findings(of: "late-report", in: department).map(\.found) == ["2023-03-06"])
        let published = "发布时间：2023-04-10\n" + Fixtures.countyReport
        #expect(try Shared.findings(of: "late-report", in: published).map(\.found) == ["2023-04-10"])
    }

    @Test("plans for the report's own year, a title year that disagrees, and a signature before the year")
    func years() throws {
        #expect(try Shared.findings(of: "year-mismatch", in: Fixtures.countyReport).isEmpty)
        let ownYear = Fixtures.countyReport.replacingOccurrences(of: "四、2023年主要安排", with: "四、2022年主要安排")
        #expect(try Shared.findings(of: "year-mismatch", in: ownYear).map(\.expected) == ["2023"])
        let title = Fixtures.countyReport.replacingOccurrences(of: "开化县2022年法治政府建设年度报告", with: "开化县2021年法治政府建设年度报告")
        #expect(try Shared.findings(of: "year-mismatch", in: title).contains { $0.found == "2022" })
        let early = Fixtures.countyReport.replacingOccurrences(of: "2023年2月20日", with: "2021年2月20日")
        #expect(try Shared.findings(of: "year-mismatch", in: early).map(\.found) == ["2021-02-20"])
    }

    @Test("masked content is a warning where it stands")
    func masked() throws {
        #expect(try Shared.findings(of: "masked-text", in: Fixtures.countyReport).isEmpty)
        let text = Fixtures.countyReport.replacingOccurrences(of: "研究解决法治建设重大问题。", with: "研究解决法治建设重大问题（略）。")
        let found = try Shared.findings(of: "masked-text", in: text)
        #expect(found.map(\.line) == [10])
    }
}

@Suite("sum-mismatch")
struct SumMismatchTests {
    @Test("a complete list (ending in 其他) that does not add up is an error")
    func complete() throws {
        let found = try Shared.findings(of: "sum-mismatch", inserting: "全年审查涉法事务380件，审查合同150件，审查文件96件，其他事项120件。")
        #expect(found.map(\.found) == ["366"])
        #expect(found.first?.expected == "380")
    }

    @Test("after 其中, parts larger than the total are an error")
    func partsExceed() throws {
        #expect(try Shared.findings(of: "sum-mismatch", inserting: "受理行政复议案件86件，其中维持52件、撤销38件。").map(\.found) == ["90"])
    }

    /// A total and its parts that do not add up: the parts' sum and the severity (a complete split falling short warns).
    static let defects: [(String, String, Severity)] = [
        ("全年共办理法律援助案件300件，其中民事案件180件、刑事案件90件、行政案件10件。", "280", .warning),
        ("受理信访事项120件，其中来信45件、来访50件、网上信访15件。", "110", .warning),
        ("办理审批备案事项375个，其中审批149个、备案181个。", "330", .warning),
        ("全年开展普法活动260场，其中线上120场、线下100场。", "220", .warning),
        ("审结行政案件150件，其中一审98件、二审40件。", "138", .warning),
        ("培训执法人员500人，其中男性260人、女性200人。", "460", .warning),
        ("作出复议决定80件，其中维持50件、纠错20件、驳回5件、终止3件。", "78", .warning),
        ("办理应诉案件60件，其中胜诉40件、败诉5件、撤诉10件。", "55", .warning),
        ("调解纠纷1000件，其中城市400件、农村500件。", "900", .warning),
        ("收到公开申请268件，其中当面申请31件、网上申请187件、信函申请40件。", "258", .warning),
        ("建成公共法律服务平台230个，其中县级20个、乡级200个。", "220", .warning),
        ("受理信访事项120件，包括来信45件、来访50件、网上信访15件。", "110", .warning),
        ("受理行政复议案件86件，其中维持52件、撤销38件。", "90", .error),
        ("全年共办理法律援助案件300件，其中民事案件200件、刑事案件90件、行政案件20件。", "310", .error),
        ("全年审查涉法事务380件，审查合同150件，审查文件96件，其他事项120件。", "366", .error),
        ("民事、刑事、行政案件共300件，分别为180件、90件、10件。", "280", .warning),
        ("全年受理来信、来访共120件，分别为45件、80件。", "125", .error),
        ("受理信访事项120件，其中来信、来访、网上信访分别为45件、50件、15件。", "110", .warning),
    ]

    @Test("lists that should add up and do not", arguments: defects)
    func defect(sentence: String, sum: String, severity: Severity) throws {
        let found = try Shared.findings(of: "sum-mismatch", inserting: sentence)
        #expect(found.map(\.found) == [sum])
        #expect(found.map(\.severity) == [severity])
    }

    static let consistent = [
        "全年审查涉法事务380件，审查合同150件，审查文件110件，其他事项120件。",
        "受理行政复议案件86件，其中维持52件、撤销8件。",
        "共梳理事项14项，其中优化审批13项（含告知承诺5项），取消审批1项。",
        "全年办理案件120件，开展培训6场，发放资料3000份。",
        "全年共办理法律援助案件300件，其中民事案件180件、刑事案件110件、行政案件10件。",
        "受理信访事项120件，其中来信45件、来访50件。",
        "全年共办理法律援助案件300件，其中民事案件180件、刑事案件90件。",
        "办理审批备案事项375个，其中审批149个、备案226个。",
        "开展普法活动260场，其中线上160场、线下100场。",
        "调解纠纷1000件，其中婚姻家庭纠纷400件、邻里纠纷300件。",
        "培训执法人员500人，其中男性260人、女性240人。",
        "办理应诉案件60件，其中胜诉40件、败诉5件。",
        "收到公开申请268件，其中网上申请187件。",
        "建成法律服务站点230个，覆盖县级20个、乡级210个。",
        "全年共办理法律援助案件300件，其中民事案件180件、刑事案件90件、行政案件10件、其他20件。",
        "共查摆班子问题11个，其中5个突出问题纳入集中整治问题清单，查摆个人问题10个。",
        "民事、刑事、行政案件共300件，分别为180件、90件、30件。",
        "全年办理案件300件，分别为民事案件180件、刑事案件90件。",
        "受理信访事项120件，其中来信、来访分别为45件、50件。",
        "受理行政复议、行政诉讼案件分别为12件、8件、5件。",
    ]

    @Test("lists that add up, partial lists after 其中, bracketed sub-parts and unrelated figures pass", arguments: consistent)
    func passes(sentence: String) throws {
        #expect(try Shared.findings(of: "sum-mismatch", inserting: sentence).isEmpty)
    }
}

@Suite("rate-out-of-range, web-chrome, few-figures, title-year")
struct MoreRuleTests {
    static let clean = Fixtures.countyReport

    @Test("a rate above 100% is an error; growth above 100% is not")
    func rate() throws {
        #expect(try Shared.findings(of: "rate-out-of-range", in: Self.clean).isEmpty)
        let over = Self.clean.replacingOccurrences(of: "合格率达到98.5%", with: "合格率达到108.5%")
        #expect(try Shared.findings(of: "rate-out-of-range", in: over).map(\.found) == ["108.5%"])
        let growth = Self.clean.replacingOccurrences(of: "下一步，我县将", with: "线上办件量同比增长150%。下一步，我县将")
        #expect(try Shared.findings(of: "rate-out-of-range", in: growth).isEmpty)
    }

    @Test("chrome left inside the body is a warning; chrome around the page is removed silently")
    func chrome() throws {
        #expect(try Shared.findings(of: "web-chrome", in: "发布时间：2023-03-01\n打印\n" + Self.clean).isEmpty)
        let inside = Self.clean.replacingOccurrences(of: "二、党政主要负责人", with: "【打印】【关闭】\n二、党政主要负责人")
        #expect(try Shared.findings(of: "web-chrome", in: inside).map(\.found) == ["【打印】【关闭】"])
    }

    @Test("a long report with almost no figures is noted")
    func fewFigures() throws {
        #expect(try Shared.findings(of: "few-figures", in: Self.clean).isEmpty)
        let prose = String(repeating: "坚持依法行政，推进严格规范公正文明执法，不断提升法治政府建设水平。", count: 40)
        let text = "开化县2022年法治政府建设年度报告\n一、主要举措和成效\n\(prose)全年办理案件12件。"
        #expect(try Shared.findings(of: "few-figures", in: text).count == 1)
    }

    @Test("a title that names no year is a warning")
    func titleYear() throws {
        #expect(try Shared.findings(of: "title-year", in: Self.clean).isEmpty)
        let text = Self.clean.replacingOccurrences(of: "开化县2022年法治政府建设年度报告", with: "开化县法治政府建设年度报告")
        #expect(try Shared.findings(of: "title-year", in: text).count == 1)
    }
}

@Suite("percentage-mismatch: rates of the count before them")
struct RateMismatchTests {
    @Test("a completion rate that contradicts its counts is an error")
    func mismatch() throws {
        let found = try Shared.findings(of: "percentage-mismatch", inserting: "全年受理行政复议案件140件，办结131件，办结率95.8%。")
        #expect(found.map(\.expected) == ["93.57%"])
    }

    @Test("a rate that agrees, and a rate over several parts, pass")
    func agree() throws {
        #expect(try Shared.findings(of: "percentage-mismatch", inserting: "全年受理行政复议案件140件，办结131件，办结率93.57%。").isEmpty)
        #expect(try Shared.findings(of: "percentage-mismatch", inserting: "抽查案卷200卷，其中优秀80卷、合格110卷、不合格10卷，合格率95%。").isEmpty)
    }

    /// A rate that contradicts the counts of its sentence, and the value the counts give.
    static let defects: [(String, String)] = [
        ("今年共调解矛盾纠纷1200件，成功调解1080件，调解成功率95%。", "90%"),
        ("共受理法律援助申请350件，审查通过330件，通过率98%。", "94.29%"),
        ("组织执法人员参加考试420人，合格395人，合格率99%。", "94.05%"),
        ("受理信访事项560件，按期办结520件，按期办结率98.5%。", "92.86%"),
        ("全年收到政府信息公开申请86件，按时答复80件，按时答复率97%。", "93.02%"),
        ("应出庭应诉案件64件，负责人出庭58件，出庭率96.9%。", "90.63%"),
        ("承办人大代表建议120件，办复120件，办复率98%。", "100%"),
        ("审查规范性文件45件，审查合格43件，合格率100%。", "95.56%"),
        ("评查案卷300卷，优秀案卷200卷，优秀率70%。", "66.67%"),
        ("办理行政复议案件90件，纠错12件，纠错率15%。", "13.33%"),
        ("受理劳动人事争议案件800件，结案760件，结案率97%。", "95%"),
        ("调处纠纷2000件，成功1850件，成功率95%。", "92.5%"),
        ("接到12345热线诉求1.2万件，按时办结1.1万件，按时办结率95%。", "91.67%"),
        ("培训执法人员600人，考核合格570人，考核合格率97%。", "95%"),
        ("发放调查问卷500份，满意470份，满意率96%。", "94%"),
        ("今年共调解案件3929宗，成功调解案件3699宗，调解成功率99.23%。", "94.15%"),
    ]

    @Test("a rate named in its counts' sentence is checked against them", arguments: defects)
    func defect(sentence: String, expected: String) throws {
        let found = try Shared.findings(of: "percentage-mismatch", inserting: sentence).map(\.expected)
        #expect(found == [expected], "\(found)")
    }

    /// Sentences whose rates agree with their counts, or are no rate of them.
    static let clean: [String] = [
        "全年受理行政复议案件140件，办结131件，办结率93.5%。",
        "受理案件140件，办结131件，同比增长12%。",
        "全市受理案件140件，办结131件，全省办结率为90%。",
        "受理案件140件，办结131件，办结率较上年提高2个百分点。",
        "受理复议申请140件，不予受理12件，受理率91.4%。",
        "调解纠纷1200件，调解成功率98%，其中成功调解1176件。",
        "办结131件，办结率93.57%。",
        "受理案件140件，办结131件，办结率93.57%，群众满意率99%。",
        "培训执法人员600人次，考试合格率98%。",
        "共有执法人员500人，持证480人，持证率96%。",
        "受理申请86件，按时答复86件，按时答复率100%。",
        "受理案件1.4万件，办结1.31万件，办结率93.57%。",
        "共受理案件140件，其中办结131件、在办9件，办结率93.57%。",
        "今年共调解案件3929宗，成功调解案件3899宗，调解成功率99.23%。",
        "评查案卷300卷，优秀案卷200卷，优秀率66.7%。",
        "组织执法人员参加考试420人，合格395人，合格率94%。",
        "申请材料由247件精简至148件，减少比例达40%。",
        "全年收到复议申请687件，受理624件，审结598件，其中调解和解结案104件，调撤率17.39%；直接纠错63件，纠错率10.54%。",
    ]

    @Test("rates that agree with their counts, or measure something else, stay silent", arguments: clean)
    func silent(sentence: String) throws {
        #expect(try Shared.findings(of: "percentage-mismatch", inserting: sentence).isEmpty)
    }
}
