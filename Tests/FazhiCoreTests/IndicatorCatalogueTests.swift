import Foundation
import Testing
@testable import FazhiCore

/// The bundled resources, read from the source tree so the suite needs no bundle.
private enum CatalogueFixtures {
    static func resource(_ name: String) -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = root.appendingPathComponent("Sources/FazhiCore/Resources").appendingPathComponent(name)
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    static let json = resource("indicators.json")
    static let tsv = resource("task-areas.tsv")
    static let catalogue = try! IndicatorCatalogue(json: json)
    static let classifier = try! TaskAreaClassifier(tsv: tsv)
}

/// A figure's context and the indicator it should map to.
struct CatalogueFigureCase: Sendable, CustomTestStringConvertible {
    var subject: String?
    var clause: String
    var unit: String?
    var kind: QuantityKind
    var expected: String?

    var testDescription: String { "\(subject.map { "[\($0)] " } ?? "")\(clause) …\(unit ?? "") → \(expected ?? "nil")" }
}

private func figure(_ clause: String, _ unit: String?, _ kind: QuantityKind, _ expected: String?) -> CatalogueFigureCase {
    CatalogueFigureCase(subject: nil, clause: clause, unit: unit, kind: kind, expected: expected)
}

private func figure(_ clause: String, _ unit: String?, _ expected: String?) -> CatalogueFigureCase {
    CatalogueFigureCase(subject: nil, clause: clause, unit: unit, kind: .count, expected: expected)
}

private func figure(_ clause: String, _ unit: String?, subject: String, _ expected: String?) -> CatalogueFigureCase {
    CatalogueFigureCase(subject: subject, clause: clause, unit: unit, kind: .count, expected: expected)
}

private func figure(_ clause: String, _ unit: String?, _ kind: QuantityKind, subject: String,
                    _ expected: String?) -> CatalogueFigureCase {
    CatalogueFigureCase(subject: subject, clause: clause, unit: unit, kind: kind, expected: expected)
}

/// Written in the style of real reports (not taken from any of them).
let catalogueGoldenFigures: [CatalogueFigureCase] = [
    // functions
    figure("全县依申请政务服务事项", "项", "serviceItems"),
    figure("梳理公布政务服务事项清单", "项", "serviceItems"),
    figure("全面实行行政许可事项清单管理，清单内共有行政许可事项", "项", "licensingItems"),
    figure("向乡镇（街道）下放行政执法事项", "项", "delegatedItems"),
    figure("承接上级取消和下放的行政许可事项", "项", "delegatedItems"),
    figure("动态调整权责清单事项", "项", "powerListItems"),
    figure("精简申报材料", "份", "materialsCut"),
    figure("压减申报材料61份，压减审批环节", "个", "procedureStepsCut"),
    figure("企业办事申请材料平均压减", "%", .percent, "materialsCut"),
    figure("承诺办理时限比法定时限平均压缩", "%", .percent, "timeLimitCut"),
    figure("企业开办时间压缩至", "个工作日", .duration, "timeLimitCut"),
    figure("政务服务事项全程网办率达到", "%", .percent, "onlineRate"),
    figure("网上可办率较上年提高", "个百分点", .percentagePointChange, "onlineRate"),
    figure("实现“一网通办”的政务服务事项", "项", "onlineItems"),
    figure("推出“跨省通办”高频事项", "项", "onlineItems"),
    figure("对涉企经营许可事项实行告知承诺制的", "项", "pledgeItems"),
    figure("全面清理并取消各类证明事项", "项", "certificationsCancelled"),
    figure("对新出台的政策措施开展公平竞争审查", "件", "fairCompetitionReviews"),
    figure("开展“双随机、一公开”联合抽查", "次", "randomInspections"),
    figure("全年共受理办结行政许可", "件", "licensingProcessed"),
    figure("区政务服务中心全年受理各类业务", "件", "serviceCasesHandled"),
    figure("全年政务服务办件量", "万件", "serviceCasesHandled"),
    figure("全区新增各类市场主体", "户", "newMarketEntities"),
    figure("推出“高效办成一件事”重点事项", "项", "integratedServiceItems"),
    // rules
    figure("提请市人大常委会审议地方性法规草案", "件", "legislationProjects"),
    figure("年度立法计划安排正式项目", "件", "legislationProjects"),
    figure("对以政府名义印发的规范性文件进行合法性审核", "件", "normativeDocsReviewed"),
    figure("向市人大常委会和市政府报送备案规范性文件", "件", "normativeDocsFiled"),
    figure("规范性文件报备率、及时率和规范率均达到", "%", .percent, "normativeDocsFilingRate"),
    figure("全年制发行政规范性文件", "件", "normativeDocsIssued"),
    figure("集中清理涉及营商环境的规章和规范性文件", "件", "documentsCleared"),
    figure("宣布失效、废止规范性文件", "件", "documentsCleared"),
    figure("新设基层立法联系点", "个", "legislativeContactPoints"),
    figure("通过基层立法联系点征集立法意见建议", "条", "legislativeOpinions"),
    // decisions
    figure("纳入年度重大行政决策事项目录的事项", "项", "majorDecisions"),
    figure("对重大行政决策、行政协议开展合法性审查", "件", "legalityReviews"),
    figure("政府法律顾问出具法律意见书", "份", "legalityReviews"),
    figure("全市各级党政机关聘请法律顾问", "名", "legalAdvisers"),
    figure("配备公职律师", "名", "legalAdvisers"),
    figure("一村（社区）一法律顾问覆盖率达", "%", .percent, "legalAdviserCoverage"),
    figure("重大行政决策事项公开征求意见", "次", "publicConsultations"),
    figure("收到社会公众意见建议", "条", "publicConsultations"),
    figure("开展社会稳定风险评估", "次", "riskAssessments"),
    // enforcement
    figure("全县持有行政执法证件的人员", "人", "enforcementOfficers"),
    figure("现有在编执法人员", "名", "enforcementOfficers"),
    figure("行政执法人员持证率", "%", .percent, "enforcementCertificationRate"),
    // Sessions are not the participants the indicator counts (轮训两期，参训1120人次: the cell is 1120).
    figure("举办行政执法人员专题培训", "期", nil),
    figure("组织执法人员参加资格考试", "人次", "enforcementTraining"),
    figure("全年办理行政处罚案件", "件", "penaltyCases"),
    figure("市场监管部门查处各类违法案件", "宗", "penaltyCases"),
    figure("罚没款", "万元", .amount, "penaltyAmount"),
    figure("对轻微违法行为依法不予处罚", "件", "lenientEnforcement"),
    figure("制定免罚清单事项", "项", "lenientEnforcement"),
    figure("组织开展行政执法案卷评查，共评查案卷", "卷", "caseFileReviews"),
    figure("案卷评查优良率", "%", .percent, "caseFilePassRate"),
    figure("对重大执法决定进行法制审核", "件", "legalReviewsOfDecisions"),
    figure("开展行政执法监督检查", "次", "enforcementSupervision"),
    figure("发现并督促整改执法问题", "个", "enforcementSupervision"),
    figure("出动执法人员", "人次", "enforcementInspections"),
    figure("检查各类生产经营单位", "家", "enforcementInspections"),
    figure("检查各类市场主体", "户", "enforcementInspections"),
    figure("依法实施查封、扣押等行政强制措施", "件", "compulsoryMeasures"),
    figure("向公安机关移送涉嫌犯罪案件", "件", "criminalCaseTransfers"),
    figure("细化完善行政裁量权基准", "项", "discretionStandards"),
    figure("在公示平台公示行政执法信息", "条", "enforcementDisclosures"),
    // emergencies
    figure("修订完善各类应急预案", "件", "emergencyPlans"),
    figure("组织开展应急演练", "场次", "emergencyDrills"),
    figure("排查整改各类安全隐患", "处", "hazardsRectified"),
    figure("全年开展安全生产检查", "次", "safetyInspections"),
    figure("妥善处置各类突发事件", "起", "emergenciesHandled"),
    figure("全年发生生产安全事故", "起", "safetyAccidents"),
    // disputes: reconsideration
    figure("全年共收到行政复议申请", "件", "reconsiderationReceived"),
    figure("新收", "件", subject: "行政复议案件", "reconsiderationReceived"),
    figure("新收行政复议案件312件，审结", "件", "reconsiderationClosed"),
    figure("依法办结行政复议案件", "件", subject: "行政复议案件", "reconsiderationClosed"),
    figure("审结的案件中，通过撤销、变更、确认违法等方式直接纠错", "件", "reconsiderationCorrections"),
    figure("受理行政复议案件120件，其中维持80件，纠错", "件", "reconsiderationCorrections"),
    figure("行政复议直接纠错率为", "%", .percent, "reconsiderationCorrectionRate"),
    figure("行政复议案件按期审结率", "%", .percent, "reconsiderationClosedRate"),
    figure("全年市县两级行政复议机构共收到复议申请", "件", "reconsiderationReceived"),
    figure("审结行政复议案件150件，其中维持", "件", "reconsiderationUpheld"),
    figure("通过调解、和解方式化解行政复议案件", "件", "reconsiderationSettled"),
    figure("行政复议案件调撤率", "%", .percent, "reconsiderationSettlementRate"),
    figure("经行政复议后提起行政诉讼的案件", "件", "reconsiderationThenSued"),
    figure("复议后起诉率", "%", .percent, "reconsiderationThenSuedRate"),
    // disputes: litigation
    figure("全市各级行政机关新收行政诉讼一审案件", "件", "litigationCases"),
    figure("办理行政应诉案件", "件", "litigationCases"),
    figure("全年新收行政复议案件", "件", subject: "行政应诉案件", "litigationCases"),
    figure("一审判决败诉", "件", "litigationLost"),
    figure("行政诉讼案件败诉率", "%", .percent, "litigationLossRate"),
    figure("已审结的行政诉讼案件中胜诉", "件", "litigationWon"),
    figure("行政应诉胜诉率达", "%", .percent, "litigationWinRate"),
    // disputes: mediation, legal services
    figure("全县各级人民调解组织共排查调处矛盾纠纷", "件", "mediationCases"),
    figure("调处化解各类矛盾纠纷", "起", "mediationCases"),
    figure("调解成功率达", "%", .percent, "mediationSuccessRate"),
    figure("开展行政调解", "件", "administrativeMediation"),
    figure("办理行政裁决案件", "件", "administrativeAdjudication"),
    figure("全年办理法律援助案件", "件", "legalAidCases"),
    figure("调处矛盾纠纷1200件，办理法律援助案件", "件", "legalAidCases"),
    figure("调处矛盾纠纷1200件，其中涉及", "件", subject: "法律援助案件", "legalAidCases"),
    figure("为农民工等困难群众提供法律援助", "人次", "legalAidRecipients"),
    figure("为受援人挽回经济损失", "万元", .amount, "lossesRecovered"),
    figure("各级公共法律服务平台解答群众法律咨询", "人次", "legalServiceContacts"),
    figure("建成镇级公共法律服务工作站", "个", "legalServiceStations"),
    figure("办理各类公证", "件", "notarizations"),
    figure("受理群众来信来访", "批次", "petitions"),
    figure("信访事项按期办结率", "%", .percent, "petitionsOnTimeRate"),
    figure("受理劳动人事争议仲裁案件", "件", "laborArbitrationCases"),
    figure("全县共有人民调解委员会", "个", "mediationOrganizations"),
    // oversight
    figure("12345政务服务便民热线受理群众诉求", "件", "hotlineCases"),
    figure("热线工单按时办结率", "%", .percent, "hotlineRate"),
    figure("行政机关负责人出庭应诉率", "%", .percent, "headsInCourtRate"),
    figure("负责人出庭应诉率同比提高", "个百分点", .percentagePointChange, "headsInCourtRate"),
    figure("行政机关负责人出庭应诉", "人次", "headsInCourt"),
    figure("办理人大代表建议和政协提案", "件", "proposalsHandled"),
    figure("人大代表建议和政协提案办复率", "%", .percent, "proposalsSatisfaction"),
    figure("办理政府信息公开申请", "件", "disclosureRequests"),
    figure("通过政府网站主动公开政府信息", "条", "proactiveDisclosures"),
    figure("完成经济责任审计项目", "个", "auditItems"),
    figure("审计查出问题金额", "亿元", .amount, "auditItems"),
    figure("群众对法治政府建设满意度达", "%", .percent, "satisfaction"),
    figure("法律援助案件满意率", "%", .percent, nil),
    figure("办理法院司法建议和检察院检察建议", "件", "judicialRecommendations"),
    figure("对履职不力的干部问责", "人", "accountabilityCases"),
    // leadership
    figure("召开政府常务会议专题研究法治政府建设工作", "次", "rulesOfLawMeetings"),
    figure("组织政府常务会议会前学法", "次", "lawStudySessions"),
    figure("举办领导干部法治专题讲座", "场", "lawStudySessions"),
    figure("组织国家工作人员旁听庭审", "人次", "lawStudyParticipants"),
    figure("参加网上学法考法", "人", "lawStudyParticipants"),
    figure("领导干部学法考试合格率", "%", .percent, "lawExamPassRate"),
    figure("开展“宪法进万家”等普法宣传活动", "场次", "lawPromotionEvents"),
    figure("开展普法宣传活动1200场次，发放法治宣传资料", "份", "lawPromotionMaterials"),
    figure("开展普法宣传活动1200场次，发放法治宣传资料8万份，受教育群众", "万人次", "lawPromotionAudience"),
    figure("组织部门主要负责人现场述法", "人", "lawReportingOfficials"),
    figure("开展法治政府建设督察", "次", "ruleOfLawInspections"),
    figure("创建省级民主法治示范村（社区）", "个", "demonstrationUnits"),
    figure("新建法治文化公园（广场）", "个", "lawCultureVenues"),
    figure("在全省法治政府建设考核中位列第", "名", .rank, "assessmentRank"),
    // digital
    figure("累计归集电子证照", "类", "electronicLicences"),
    figure("发放电子营业执照", "张", "electronicLicences"),
    figure("累计汇聚政务数据", "亿条", "dataShared"),
    figure("通过共享交换平台共享数据", "万条", "dataShared"),
    figure("运用非现场执法方式查处交通违法", "起", "offSiteEnforcement"),
    // unit spellings
    figure("行政复议纠错率", "％", .percent, "reconsiderationCorrectionRate"),
    figure("出庭应诉率同比上升", "百分点", .percentagePointChange, "headsInCourtRate"),
    // a rate right after a count speaks of the count's subject
    figure("办理人大代表建议和政协提案215件，满意率", "%", .percent, "proposalsSatisfaction"),
    figure("全年调解矛盾纠纷860件，调解成功率", "%", .percent, "mediationSuccessRate"),
    figure("受理群众诉求3.2万件，按时办结率", "%", .percent, "hotlineRate"),
    figure("政务服务事项1200项，可全程网办事项1150项，占比", "%", .percent, "onlineRate"),
    // a window widens across earlier figures and short connectives only
    figure("受理行政复议案件120件，其中，维持", "件", "reconsiderationUpheld"),
    figure("党委理论学习中心组集中学法", "次", "lawStudySessions"),
    figure("全面落实向乡镇下放的审批权限，全县", "个", .count, nil),
    figure("严格落实规范性文件备案审查制度，年内", "件", .count, nil),
    // clauses that run to the figure's end, with the subject the extractor found
    figure("全年共调解案件1562宗", "宗", subject: "调解案件", "mediationCases"),
    figure("依法办结行政复议案件37件", "件", subject: "行政复议案件", "reconsiderationClosed"),
    figure("办理人大代表建议和政协提案215件，满意率100%", "%", .percent, subject: "满意率", "proposalsSatisfaction"),
    figure("组织开展普法宣传活动326场次，群众满意率98.6%", "%", .percent, subject: "群众满意率", "satisfaction"),
    figure("受理行政复议案件236件，同比增长15.2%", "%", .percent, nil),
    figure("行政机关负责人出庭应诉率同比提高12个百分点", "个百分点", .percentagePointChange, subject: "行政机关负责人出庭应诉率",
           "headsInCourtRate"),
    // nothing to map
    figure("全年共办理各类案件", "件", .count, nil),
    figure("受理行政复议案件236件，同比增长", "%", .percent, nil),
    figure("受理行政复议案件236件，同比增加", "件", .count, nil),
    figure("受理行政复议案件", "人", .count, nil),
    figure("办理法律援助案件", "%", .percent, nil),
    figure("行政机关负责人出庭应诉", "元", .amount, nil),
    figure("", "件", .count, nil),
    figure("全年共计", nil, .count, nil),
]

@Suite("Indicator catalogue")
struct IndicatorCatalogueTests {
    let catalogue = CatalogueFixtures.catalogue

    @Test("a figure maps to the indicator its subject and clause name", arguments: catalogueGoldenFigures)
    func golden(_ figure: CatalogueFigureCase) {
        let found = catalogue.indicator(subject: figure.subject, clause: figure.clause, unit: figure.unit, kind: figure.kind)
        #expect(found?.id == figure.expected)
    }

    @Test("a clause read from its line's word occurrences maps as the clause alone does, words across its ends left out",
          arguments: catalogueGoldenFigures)
    func clauseInLine(_ figure: CatalogueFigureCase) {
        // Catalogue words before, after and straddling both ends of the clause (行政复|议, 复|议申请).
        let prefix = "上年度办理行政复议案件和行政复".scalarArray, suffix = "议申请与行政诉讼案件".scalarArray
        let clause = figure.clause.scalarArray
        let line = prefix + clause + suffix
        var occurrences = IndicatorCatalogue.WordOccurrences(), scratch = IndicatorCatalogue.Scratch()
        catalogue.findWords(in: line, into: &occurrences)
        let inLine = catalogue.indicatorPosition(subject: figure.subject?.scalarArray[...], clause: clause, occurrences: occurrences,
                                                 at: prefix.count, unit: figure.unit, kind: figure.kind, scratch: &scratch)
        let alone = catalogue.indicator(subject: figure.subject, clause: figure.clause, unit: figure.unit, kind: figure.kind)
        #expect(inLine.map { catalogue.indicators[$0].id } == alone?.id)
    }

    @Test("one scratch kept across every figure of a document, past what it remembers, maps each as a fresh lookup does")
    func scratchReused() {
        // More units than the scratch remembers, one longer than it packs, and the same units under other kinds.
        let strangers = (0..<40).map { "单位\($0)" } + ["一个相当长的计量单位名称"]
        var scratch = IndicatorCatalogue.Scratch(), occurrences = IndicatorCatalogue.WordOccurrences()
        for round in 0..<2 {
            for (position, figure) in catalogueGoldenFigures.enumerated() {
                let clause = figure.clause.scalarArray
                catalogue.findWords(in: clause, into: &occurrences)
                for unit in [strangers[(position + round) % strangers.count], strangers.last!] {
                    for kind in QuantityKind.allCases {
                        _ = catalogue.indicatorPosition(subject: nil, clause: clause, occurrences: occurrences, at: 0,
                                                        unit: unit, kind: kind, scratch: &scratch)
                    }
                }
                let reused = catalogue.indicatorPosition(subject: figure.subject?.scalarArray[...], clause: clause,
                                                         occurrences: occurrences, at: 0, unit: figure.unit,
                                                         kind: figure.kind, scratch: &scratch)
                let fresh = catalogue.indicator(subject: figure.subject, clause: figure.clause, unit: figure.unit,
                                                kind: figure.kind)
                #expect(reused.map { catalogue.indicators[$0].id } == fresh?.id, "\(figure.clause)")
                #expect(reused.map { catalogue.indicators[$0].id } == figure.expected, "\(figure.clause)")
            }
        }
    }

    @Test("the golden table names only catalogue ids and covers every one")
    func goldenCoverage() {
        let ids = Set(catalogue.indicators.map(\.id))
        let named = Set(catalogueGoldenFigures.compactMap(\.expected))
        #expect(named.subtracting(ids).isEmpty, "unknown: \(named.subtracting(ids).sorted())")
        #expect(ids.subtracting(named).isEmpty, "untested: \(ids.subtracting(named).sorted())")
        #expect(catalogueGoldenFigures.count >= 60)
    }

    @Test("the bundled catalogue keeps every starting id and maps the common indicators")
    func startingIDs() {
        let starting = [
            "serviceItems", "licensingItems", "delegatedItems", "materialsCut", "timeLimitCut", "onlineRate",
            "pledgeItems", "fairCompetitionReviews", "randomInspections", "hotlineCases", "legislationProjects",
            "normativeDocsReviewed", "normativeDocsFiled", "documentsCleared", "majorDecisions", "legalityReviews",
            "legalAdvisers", "publicConsultations", "enforcementOfficers", "penaltyCases", "lenientEnforcement",
            "caseFileReviews", "legalReviewsOfDecisions", "enforcementSupervision", "reconsiderationReceived",
            "reconsiderationClosed", "reconsiderationCorrectionRate", "reconsiderationSettled", "litigationCases",
            "litigationLossRate", "headsInCourtRate", "mediationCases", "administrativeMediation", "legalAidCases",
            "legalServiceContacts", "notarizations", "petitions", "proposalsHandled", "disclosureRequests",
            "auditItems", "rulesOfLawMeetings", "lawStudySessions", "lawPromotionEvents", "satisfaction",
        ]
        #expect(starting.count == 44)
        for id in starting { #expect(catalogue.indicator(id: id) != nil, "\(id)") }
        #expect(catalogue.indicators.count >= 45)
        #expect(Set(catalogue.indicators.map(\.area)) == Set(TaskAreaClassifier.areas))
    }

    @Test("units agree with kinds: % for rates, 个百分点 for their changes, 元 for money, no multipliers")
    func unitsAgreeWithKinds() {
        for indicator in catalogue.indicators {
            let units = Set(indicator.units)
            if indicator.kinds.contains(.percent) { #expect(units.contains("%"), "\(indicator.id)") }
            if indicator.kinds.contains(.percentagePointChange) { #expect(units.contains("个百分点"), "\(indicator.id)") }
            if indicator.kinds.contains(.amount) { #expect(units.contains("元"), "\(indicator.id)") }
            if units.contains("%") { #expect(indicator.kinds.contains(.percent), "\(indicator.id)") }
            #expect(!units.contains("万元") && !units.contains("亿元"), "\(indicator.id)")
            #expect(!indicator.name.isEmpty && !indicator.description.isEmpty, "\(indicator.id)")
        }
    }

    @Test("rates are separate indicators from their counts")
    func ratesApartFromCounts() {
        for indicator in catalogue.indicators where indicator.kinds.contains(.percent) {
            let counts = indicator.units.filter { !["%", "个百分点", "个工作日", "工作日", "天", "日", "小时", "分钟", "分"].contains($0) }
            #expect(counts.isEmpty || ["materialsCut", "procedureStepsCut"].contains(indicator.id), "\(indicator.id) mixes a rate with \(counts)")
        }
    }

    @Test("an indicator round-trips through JSON")
    func codable() throws {
        let indicator = try #require(catalogue.indicator(id: "reconsiderationReceived"))
        let data = try JSONEncoder().encode(indicator)
        #expect(try JSONDecoder().decode(Indicator.self, from: data) == indicator)
        #expect(indicator.kinds == [.count])
        #expect(indicator.units == ["件"])
    }

    @Test("structured wordings: one word of each of domain, verbs and subjects; + joins words; explicit wordings follow")
    func structuredWordings() throws {
        let catalogue = try IndicatorCatalogue(json: #"""
            [{"id": "x", "area": "disputes", "name": "n", "domain": ["复议"], "verbs": ["审结", "作出+决定"],
              "units": ["件"], "kinds": ["count"]},
             {"id": "y", "area": "disputes", "name": "m", "domain": ["复议"], "subjects": ["申请", "案件"],
              "wordings": [["行政复议"]], "units": ["件"], "kinds": ["count"]}]
            """#)
        #expect(catalogue.indicator(id: "x")?.wordings == [["复议", "审结"], ["复议", "作出", "决定"]])
        #expect(catalogue.indicator(id: "y")?.wordings == [["复议", "申请"], ["复议", "案件"], ["行政复议"]])
        #expect(catalogue.indicator(subject: nil, clause: "复议机关作出撤销决定", unit: "件", kind: .count)?.id == "x")
        #expect(catalogue.indicator(subject: nil, clause: "收到复议申请", unit: "件", kind: .count)?.id == "y")
        #expect(catalogue.indicator(subject: nil, clause: "作出决定", unit: "件", kind: .count) == nil)
    }

    @Test("the core dispute indicators are told apart by their verbs within one domain")
    func coreIndicatorsStructured() throws {
        let ids = ["reconsiderationReceived", "reconsiderationClosed", "reconsiderationCorrections", "reconsiderationUpheld",
                   "reconsiderationSettled", "reconsiderationThenSued"]
        for id in ids {
            let indicator = try #require(catalogue.indicator(id: id))
            #expect(indicator.domain == ["复议"], "\(id)")
        }
        let verbs = ids.compactMap { catalogue.indicator(id: $0)?.verbs }.filter { !$0.isEmpty }
        #expect(verbs.count == 5)
        #expect(Set(verbs.joined()).count == verbs.joined().count, "a verb names one reconsideration stage only")
    }

    static let validationCases: [(String, CatalogueError)] = [
        ("not json", .unreadable("")),
        ("{\"id\": \"x\"}", .unreadable("")),
        (#"[{"area": "rules", "name": "n", "wordings": [["规章"]], "units": ["件"], "kinds": ["count"]}]"#, .missingID(index: 0)),
        (#"[{"id": "a", "name": "n", "wordings": [["规章"]], "units": ["件"], "kinds": ["count"]}]"#, .missingField(id: "a", field: "area")),
        (#"[{"id": "a", "area": "rules", "name": "n", "units": ["件"], "kinds": ["count"]}]"#, .missingField(id: "a", field: "wordings")),
        (#"[{"id": "a", "area": "rules", "name": "n", "wordings": [["规章"]], "units": ["件"], "kinds": ["count"]}, {"id": "a", "area": "rules", "name": "m", "wordings": [["法规"]], "units": ["件"], "kinds": ["count"]}]"#, .duplicateID("a")),
        (#"[{"id": "b", "area": "finance", "name": "n", "wordings": [["预算"]], "units": ["元"], "kinds": ["amount"]}]"#, .unknownArea(id: "b", area: "finance")),
        (#"[{"id": "c", "area": "rules", "name": "n", "wordings": [], "units": ["件"], "kinds": ["count"]}]"#, .emptyWordings(id: "c")),
        (#"[{"id": "d", "area": "rules", "name": "n", "wordings": [[]], "units": ["件"], "kinds": ["count"]}]"#, .emptyWord(id: "d")),
        (#"[{"id": "e", "area": "rules", "name": "n", "wordings": [["规章", ""]], "units": ["件"], "kinds": ["count"]}]"#, .emptyWord(id: "e")),
        (#"[{"id": "f", "area": "rules", "name": "n", "wordings": [["规章"]], "excludes": [[""]], "units": ["件"], "kinds": ["count"]}]"#, .emptyWord(id: "f")),
        (#"[{"id": "g", "area": "rules", "name": "n", "wordings": [["规章"]], "units": [], "kinds": ["count"]}]"#, .emptyUnits(id: "g")),
        (#"[{"id": "h", "area": "rules", "name": "n", "wordings": [["规章"]], "units": ["件"], "kinds": []}]"#, .emptyKinds(id: "h")),
        (#"[{"id": "i", "area": "rules", "name": "n", "wordings": [["规章"]], "units": ["件"], "kinds": ["ratio"]}]"#, .unknownKind(id: "i", kind: "ratio")),
    ]

    @Test("invalid catalogues are rejected with the id at fault", arguments: validationCases)
    func validation(_ json: String, _ expected: CatalogueError) {
        do {
            _ = try IndicatorCatalogue(json: json)
            Issue.record("accepted \(json)")
        } catch {
            if case .unreadable = expected {
                guard case .unreadable = error else { Issue.record("\(error)"); return }
            } else {
                #expect(error == expected)
                #expect(error.id == expected.id)
            }
            #expect(!error.description.isEmpty)
        }
    }

    @Test("a minimal catalogue loads; excludes are optional; a figure with another unit or kind cannot match")
    func minimal() throws {
        let catalogue = try IndicatorCatalogue(json: #"""
            [{"id": "x", "area": "disputes", "name": "n", "wordings": [["复议"]], "units": ["件"], "kinds": ["count"], "description": "d"}]
            """#)
        #expect(catalogue.indicators.map(\.id) == ["x"])
        #expect(catalogue.indicators[0].excludes.isEmpty)
        #expect(catalogue.indicator(subject: nil, clause: "受理复议", unit: "件", kind: .count)?.id == "x")
        #expect(catalogue.indicator(subject: nil, clause: "受理复议", unit: nil, kind: .count)?.id == "x")
        #expect(catalogue.indicator(subject: nil, clause: "受理复议", unit: "人", kind: .count) == nil)
        #expect(catalogue.indicator(subject: nil, clause: "受理复议", unit: "件", kind: .percent) == nil)
        #expect(catalogue.indicator(subject: nil, clause: "受理诉讼", unit: "件", kind: .count) == nil)
    }

    @Test("the subject wins over the clause, and words nearer the figure win ties")
    func preference() throws {
        let catalogue = try IndicatorCatalogue(json: #"""
            [{"id": "a", "area": "disputes", "name": "甲", "wordings": [["复议"]], "units": ["件"], "kinds": ["count"], "description": ""},
             {"id": "b", "area": "disputes", "name": "乙", "wordings": [["诉讼"]], "units": ["件"], "kinds": ["count"], "description": ""},
             {"id": "c", "area": "disputes", "name": "丙", "wordings": [["复议", "诉讼"]], "excludes": [["撤诉"]], "units": ["件"], "kinds": ["count"], "description": ""}]
            """#)
        #expect(catalogue.indicator(subject: "诉讼", clause: "复议", unit: "件", kind: .count)?.id == "b")
        #expect(catalogue.indicator(subject: nil, clause: "诉讼和复议", unit: "件", kind: .count)?.id == "c")
        #expect(catalogue.indicator(subject: nil, clause: "复议撤诉诉讼", unit: "件", kind: .count)?.id == "b")
        #expect(catalogue.indicator(subject: nil, clause: "复议120件，诉讼", unit: "件", kind: .count)?.id == "b")
        #expect(catalogue.indicator(subject: nil, clause: "诉讼120件，其中", unit: "件", kind: .count)?.id == "b")
    }

    @Test("unit spellings compare without multipliers")
    func units() {
        #expect(IndicatorCatalogue.normalizedUnit("万元") == "元")
        #expect(IndicatorCatalogue.normalizedUnit("亿元") == "元")
        #expect(IndicatorCatalogue.normalizedUnit("万人次") == "人次")
        #expect(IndicatorCatalogue.normalizedUnit("％") == "%")
        #expect(IndicatorCatalogue.normalizedUnit("百分点") == "个百分点")
        #expect(IndicatorCatalogue.normalizedUnit("个工作日") == "个工作日")
        #expect(IndicatorCatalogue.normalizedUnit("万") == "万")
    }
}

/// A heading or passage and the area it belongs to.
struct TaskAreaCase: Sendable, CustomTestStringConvertible {
    var text: String
    var expected: String?
    var testDescription: String { "\(text) → \(expected ?? "nil")" }
}

let taskAreaCases: [TaskAreaCase] = [
    TaskAreaCase(text: "（一）深化“放管服”改革，持续优化营商环境", expected: "functions"),
    TaskAreaCase(text: "健全政府机构职能体系，推动更好发挥政府作用", expected: "functions"),
    TaskAreaCase(text: "（二）加强重点领域立法，强化规范性文件备案审查", expected: "rules"),
    TaskAreaCase(text: "健全依法行政制度体系", expected: "rules"),
    TaskAreaCase(text: "（三）严格落实重大行政决策程序，充分发挥法律顾问作用", expected: "decisions"),
    TaskAreaCase(text: "健全行政决策制度体系", expected: "decisions"),
    TaskAreaCase(text: "（四）深化综合行政执法体制改革，全面推行行政执法三项制度", expected: "enforcement"),
    TaskAreaCase(text: "健全行政执法工作体系", expected: "enforcement"),
    TaskAreaCase(text: "（五）健全突发事件应对体系，依法做好防汛救灾和安全生产工作", expected: "emergencies"),
    TaskAreaCase(text: "修订完善应急预案，开展应急演练", expected: "emergencies"),
    TaskAreaCase(text: "（六）发挥行政复议化解行政争议主渠道作用", expected: "disputes"),
    TaskAreaCase(text: "健全社会矛盾纠纷行政预防调处化解体系", expected: "disputes"),
    TaskAreaCase(text: "坚持和发展新时代“枫桥经验”，深化人民调解、法律援助工作", expected: "disputes"),
    TaskAreaCase(text: "（七）自觉接受人大监督和政协民主监督，全面推进政务公开", expected: "oversight"),
    TaskAreaCase(text: "健全行政权力制约和监督体系", expected: "oversight"),
    TaskAreaCase(text: "（八）加快推进数字政府建设，推动“一网统管”", expected: "digital"),
    TaskAreaCase(text: "健全法治政府建设科技保障体系", expected: "digital"),
    TaskAreaCase(text: "依托执法信息平台实现执法全过程留痕", expected: "digital"),
    TaskAreaCase(text: "（一）坚持党的领导，认真履行推进法治建设第一责任人职责", expected: "leadership"),
    TaskAreaCase(text: "加强党的领导，完善推进机制", expected: "leadership"),
    TaskAreaCase(text: "落实“谁执法谁普法”责任制，深入开展八五普法", expected: "leadership"),
    TaskAreaCase(text: "一、2023年工作回顾", expected: nil),
    TaskAreaCase(text: "", expected: nil),
]

@Suite("Task areas")
struct TaskAreaClassifierTests {
    let classifier = CatalogueFixtures.classifier

    @Test("a heading or passage goes to the area its words name most", arguments: taskAreaCases)
    func golden(_ item: TaskAreaCase) {
        #expect(classifier.area(of: item.text) == item.expected)
    }

    @Test("every area has at least 15 words, among them the rules' characteristic words")
    func lexicon() {
        for area in TaskAreaClassifier.areas {
            #expect(classifier.words(of: area).count >= 15, "\(area)")
        }
        #expect(classifier.words(of: "functions").contains("放管服"))
        #expect(classifier.words(of: "disputes").contains("枫桥经验"))
        #expect(classifier.words(of: "digital").contains("互联网+监管"))
        #expect(classifier.words(of: "leadership").contains("谁执法谁普法"))
        #expect(classifier.words(of: "oversight").contains("12345"))
    }

    @Test("longer words are counted first and shorter ones inside them not again; a shared word counts for both")
    func overlap() throws {
        let classifier = try TaskAreaClassifier(words: [
            (area: "enforcement", word: "执法"), (area: "digital", word: "执法信息平台"),
            (area: "disputes", word: "出庭应诉"), (area: "oversight", word: "出庭应诉"), (area: "oversight", word: "问责"),
        ])
        #expect(classifier.area(of: "执法执法执法信息平台") == "digital")
        #expect(classifier.area(of: "执法执法执法执法信息平台") == "enforcement")
        #expect(classifier.area(of: "出庭应诉") == "disputes")
        #expect(classifier.area(of: "出庭应诉和问责") == "oversight")
    }

    @Test("the lexicon format: comments, blank lines and CRLF; bad rows are rejected with their line")
    func format() throws {
        let classifier = try TaskAreaClassifier(tsv: "# comment\r\n\r\nrules\t立法\r\ndigital\t数字政府\n")
        #expect(classifier.area(of: "推进科学立法") == "rules")
        #expect(classifier.area(of: "数字政府建设") == "digital")
        #expect(throws: CatalogueError.malformedRow(line: 2)) { try TaskAreaClassifier(tsv: "# c\nrules\n") }
        #expect(throws: CatalogueError.malformedRow(line: 1)) { try TaskAreaClassifier(tsv: "rules\t立法\t多余\n") }
        #expect(throws: CatalogueError.malformedRow(line: 1)) { try TaskAreaClassifier(tsv: "rules\t\n") }
        #expect(throws: CatalogueError.unknownTaskArea(line: 3, area: "finance")) {
            try TaskAreaClassifier(tsv: "rules\t立法\n\nfinance\t预算\n")
        }
    }
}
