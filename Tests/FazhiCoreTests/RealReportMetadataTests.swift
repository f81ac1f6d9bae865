@testable import FazhiCore
import Testing

// Golden metadata for report pages in the forms real reports take: department names old and new,
// bodies named only in the opening sentence, townships, look-alike documents, years written in the
// body, and titles wrapped in page chrome. The texts are invented for these tests; the places,
// codes and department names are real (gazetteer.tsv, townships.tsv, sectors.tsv).

/// The rest of a report below its head: achievements, shortcomings and plans, naming no place, body or year.
private let reportBody = """
    一、主要举措和成效
    （一）坚持依法科学民主决策
    严格落实重大行政决策程序规定，全年审查规范性文件12件、行政合同46份，未发现违法决策情形。
    （二）严格规范公正文明执法
    组织行政执法人员培训3期，开展案卷评查2次，行政执法案卷合格率达到97%以上。
    二、存在的不足和原因
    基层执法力量仍然薄弱，部分执法人员法治素养有待提高。
    三、下一步工作安排
    下一步，将继续深化法治建设，进一步提升依法行政水平。
    """

/// A page: its head (chrome, title, opening) above `reportBody`, and a closing (signature, date) below it.
private func page(_ head: String, closing: String? = nil) -> String {
    [head, reportBody, closing].compactMap { $0 }.joined(separator: "\n")
}

/// A titled department report whose opening names no body (我单位), so only its title names it.
private func titledDepartment(_ title: String) -> String {
    page("\(title)\n一年来，我单位坚持以习近平法治思想为指导，认真落实法治政府建设各项任务，现将有关情况报告如下：")
}

/// A region, tersely: name, level, division type, prefecture, province, code.
private func region(_ name: String, _ level: RegionLevel, _ type: String, _ prefecture: String?, _ province: String?,
                    _ code: String?) -> Region {
    Region(name: name, level: level, divisionType: type, prefecture: prefecture, province: province, code: code)
}

@Suite("real report forms: department names and sectors")
struct RealDepartmentNameTests {
    /// Title, body, sector id, region (nil for a ministry).
    static let cases: [(String, String, String, Region?)] = [
        ("广州市人力资源和社会保障局2023年法治政府建设年度报告", "广州市人力资源和社会保障局",
         "humanResourcesSocialSecurity", region("广州市", .prefecture, "市", "广州市", "广东省", "440100")),
        ("余姚市人社局2021年法治政府建设年度报告", "余姚市人社局",
         "humanResourcesSocialSecurity", region("余姚市", .county, "县级市", "宁波市", "浙江省", "330281")),
        ("泰州市环境保护局2017年法治政府建设情况报告", "泰州市环境保护局",
         "ecologyEnvironment", region("泰州市", .prefecture, "市", "泰州市", "江苏省", "321200")),
        ("宁海县工商行政管理局2016年依法行政工作报告", "宁海县工商行政管理局",
         "marketRegulation", region("宁海县", .county, "县", "宁波市", "浙江省", "330226")),
        ("绍兴市法制办公室2017年法治政府建设工作报告", "绍兴市法制办公室",
         "justice", region("绍兴市", .prefecture, "市", "绍兴市", "浙江省", "330600")),
        ("江西省食品药品监督管理局2017年法治政府建设情况报告", "江西省食品药品监督管理局",
         "marketRegulation", region("江西省", .province, "省", nil, "江西省", "360000")),
        ("台州市安全生产监督管理局2017年法治政府建设情况报告", "台州市安全生产监督管理局",
         "emergencyManagement", region("台州市", .prefecture, "市", "台州市", "浙江省", "331000")),
        ("鄞州区国土资源局2017年依法行政工作报告", "鄞州区国土资源局",
         "naturalResources", region("鄞州区", .county, "区", "宁波市", "浙江省", "330212")),
        ("司法部2022年法治政府建设年度报告", "司法部",
         "justice", nil),
        ("合肥高新区财政局2023年法治政府建设工作报告", "合肥高新区财政局",
         "finance", region("合肥高新技术产业开发区", .county, "开发区", "合肥市", "安徽省", nil)),
        ("青岛市经开区司法局2022年法治政府建设情况报告", "青岛市经开区司法局",
         "justice", region("青岛经济技术开发区", .county, "开发区", "青岛市", "山东省", nil)),
        ("绍兴市人民政府法制办公室2017年法治政府建设工作报告", "绍兴市人民政府法制办公室",
         "justice", region("绍兴市", .prefecture, "市", "绍兴市", "浙江省", "330600")),
        ("国家税务总局杭州市税务局2022年法治政府建设情况报告", "国家税务总局杭州市税务局",
         "taxation", region("杭州市", .prefecture, "市", "杭州市", "浙江省", "330100")),
        ("应急管理部2021年法治政府建设年度报告", "应急管理部",
         "emergencyManagement", nil),
        ("生态环境部2020年法治政府建设年度报告", "生态环境部",
         "ecologyEnvironment", nil),
        ("四川省交通运输厅2022年法治政府建设年度报告", "四川省交通运输厅",
         "transport", region("四川省", .province, "省", nil, "四川省", "510000")),
        ("景东县林草局2022年法治政府建设工作情况报告", "景东县林草局",
         "forestryGrassland", region("景东彝族自治县", .county, "自治县", "普洱市", "云南省", "530823")),
        ("嘉兴市市场监管局2023年法治政府建设年度报告", "嘉兴市市场监管局",
         "marketRegulation", region("嘉兴市", .prefecture, "市", "嘉兴市", "浙江省", "330400")),
        ("湖州市卫生健康委员会2022年法治政府建设年度报告", "湖州市卫生健康委员会",
         "health", region("湖州市", .prefecture, "市", "湖州市", "浙江省", "330500")),
        ("温州市卫健委2023年法治政府建设年度报告", "温州市卫健委",
         "health", region("温州市", .prefecture, "市", "温州市", "浙江省", "330300")),
        ("重庆市教育委员会2021年法治政府建设情况报告", "重庆市教育委员会",
         "education", region("重庆市", .province, "直辖市", nil, "重庆市", "500000")),
        ("北京市朝阳区司法局2023年法治政府建设年度报告", "北京市朝阳区司法局",
         "justice", region("朝阳区", .county, "区", "北京市", "北京市", "110105")),
        ("东阳市文化广电旅游局2019年法治政府建设年度报告", "东阳市文化广电旅游局",
         "cultureTourism", region("东阳市", .county, "县级市", "金华市", "浙江省", "330783")),
        ("长兴县教育体育局2020年法治政府建设年度报告", "长兴县教育体育局",
         "education", region("长兴县", .county, "县", "湖州市", "浙江省", "330522")),
        ("浙江省人民政府办公厅2022年法治政府建设年度报告", "浙江省人民政府办公厅",
         "generalOffice", region("浙江省", .province, "省", nil, "浙江省", "330000")),
    ]

    /// Departments under current, pre-reform and short names, from ministries to county bureaus: the title's
    /// issuer is the body as written, the sector comes from its organ, the region from the place it names.
    @Test("a department's title names its body, sector and region", arguments: cases)
    func department(title: String, body: String, sector: String, region: Region?) throws {
        let meta = try Shared.analyze(titledDepartment(title)).metadata
        #expect(meta.body == body)
        #expect(meta.bodyKind == .department)
        #expect(meta.sector == sector)
        #expect(meta.region == region)
    }
}

@Suite("real report forms: bodies named by an untitled page's opening")
struct RealOpeningBodyTests {
    /// Head of an untitled page (opening sentence, or a metadata line and the opening), body, kind, sector, region.
    static let cases: [(String, String, BodyKind, String?, Region)] = [
        ("2022年，舟山市审计局坚持以习近平法治思想为指导，全面推进依法审计，审计监督效能持续提升。",
         "舟山市审计局", .department, "audit", region("舟山市", .prefecture, "市", "舟山市", "浙江省", "330900")),
        ("2023年，在区委、区政府的正确领导下，区审计局坚持以习近平法治思想为指导，扎实推进法治政府建设。全年完成思明区本级预算执行审计等项目18个，提出审计建议62条。",
         "思明区审计局", .department, "audit", region("思明区", .county, "区", "厦门市", "福建省", "350203")),
        ("2023年，在市委、市政府的坚强领导下，市人社局坚持依法行政，持续优化人社公共服务。我局制定的《金华市人力资源和社会保障局行政执法公示办法》全面施行。",
         "金华市人力资源和社会保障局", .department, "humanResourcesSocialSecurity", region("金华市", .prefecture, "市", "金华市", "浙江省", "330700")),
        ("根据《法治政府建设与责任落实督察工作规定》要求，现将台州市水利局2023年法治政府建设情况报告如下：",
         "台州市水利局", .department, "waterResources", region("台州市", .prefecture, "市", "台州市", "浙江省", "331000")),
        ("2021年，河北省委、省政府坚持以习近平法治思想为指导，把法治政府建设摆在全局工作的突出位置，各项工作取得新进展。",
         "河北省委、省政府", .partyAndGovernment, nil, region("河北省", .province, "省", nil, "河北省", "130000")),
        ("2022年，中共安吉县委、安吉县人民政府坚持以习近平法治思想为指导，统筹推进法治政府建设各项工作。",
         "中共安吉县委、安吉县人民政府", .partyAndGovernment, nil, region("安吉县", .county, "县", "湖州市", "浙江省", "330523")),
        ("2024年，渝中区坚持以习近平法治思想为指导，深入推进依法行政，法治政府建设取得新成效。",
         "渝中区人民政府", .government, nil, region("渝中区", .county, "区", "重庆市", "重庆市", "500103")),
        ("2023年，我区坚持以习近平法治思想为指导，深入推进依法行政。全区上下围绕滨江区经济社会发展大局，推动法治政府建设迈上新台阶。",
         "滨江区人民政府", .government, nil, region("滨江区", .county, "区", "杭州市", "浙江省", "330108")),
        ("一年来，岚天乡在县委、县政府的正确领导下，坚持依法行政，扎实推进基层法治建设，现将有关情况报告如下：",
         "岚天乡人民政府", .government, nil, region("岚天乡", .township, "乡", "重庆市", "重庆市", "500229219")),
        ("2022年，岳林街道坚持以习近平法治思想为指导，深入推进基层依法治理，法治街道建设取得新进展。",
         "岳林街道办事处", .government, nil, region("岳林街道", .township, "街道", "宁波市", "浙江省", "330213002")),
        ("2023年，乌镇镇党委、镇政府坚持以习近平法治思想为指导，扎实推进法治乡镇建设，现将有关情况报告如下：",
         "乌镇镇党委、镇政府", .partyAndGovernment, nil, region("乌镇镇", .township, "镇", "嘉兴市", "浙江省", "330483100")),
        ("2022年，乌镇镇党委、政府坚持以习近平法治思想为指导，扎实推进法治乡镇建设，现将有关情况报告如下：",
         "乌镇镇党委、政府", .partyAndGovernment, nil, region("乌镇镇", .township, "镇", "嘉兴市", "浙江省", "330483100")),
        ("2022年，在区委、区政府的正确领导下，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设。全年南浔镇综合行政执法队办理案件86件，调解矛盾纠纷210起。",
         "南浔镇人民政府", .government, nil, region("南浔镇", .township, "镇", "湖州市", "浙江省", "330503100")),
        ("发布机构：丽水市统计局\n2023年，我局坚持以习近平法治思想为指导，认真落实法治政府建设各项任务，现将有关情况报告如下：",
         "丽水市统计局", .department, "statistics", region("丽水市", .prefecture, "市", "丽水市", "浙江省", "331100")),
        // A province named only by its cities.
        ("2022年，省政府坚持以习近平法治思想为指导，扎实推进法治政府建设，宝鸡市、汉中市被命名为法治政府建设示范市，安康市法治化营商环境持续优化。",
         "陕西省人民政府", .government, nil, region("陕西省", .province, "省", nil, "陕西省", "610000")),
        // A short form built into a name with its place is written formally.
        ("2017年，在市委、市政府的正确领导下，市环保局坚持依法行政，全年在湖州市范围内查处环境违法案件120件，湖州市空气质量持续改善。",
         "湖州市环境保护局", .department, "ecologyEnvironment", region("湖州市", .prefecture, "市", "湖州市", "浙江省", "330500")),
        // 我局 under its provincial superior: the city's bureau, not the district bureau the text praises.
        ("2023年，在市委、市政府的正确领导下，在省人力资源和社会保障厅的关心指导下，我局坚持依法行政，温州市就业形势保持稳定，"
            + "温州市劳动关系总体和谐。鹿城区人社局获评全省人社系统先进集体。",
         "温州市人力资源和社会保障局", .department, "humanResourcesSocialSecurity", region("温州市", .prefecture, "市", "温州市", "浙江省", "330300")),
    ]

    /// Without a title the opening sentence's subject names the body (2022年，X局坚持…); a level word (区审计局,
    /// 省委、省政府) takes the place the text names, a bare place its government, and 我局 the page's 发布机构.
    @Test("an untitled page's opening names its body", arguments: cases)
    func opening(head: String, body: String, kind: BodyKind, sector: String?, region: Region) throws {
        let meta = try Shared.analyze(page(head)).metadata
        #expect(meta.title == nil)
        #expect(meta.body == body)
        #expect(meta.bodyKind == kind)
        #expect(meta.sector == sector)
        #expect(meta.region == region)
    }
}

@Suite("real report forms: templates")
struct RealTemplateTests {
    /// A sample text from a template site keeps its slots: the body as written, no place resolved.
    @Test("a template's place slot names a body with no region", arguments: ["__县", "XX市", "××区"])
    func slot(place: String) throws {
        let head = "20__年以来，\(place)司法局认真贯彻落实上级关于法治建设的部署，不断提升依法行政水平。现将有关情况报告如下："
        let meta = try Shared.analyze(page(head)).metadata
        #expect(meta.body == "\(place)司法局")
        #expect(meta.bodyKind == .department)
        #expect(meta.sector == "justice")
        #expect(meta.region == nil)
    }
}

@Suite("real report forms: townships")
struct RealTownshipTests {
    /// Head of the page, body, region; a nil region marks a shared name nothing in the text resolves.
    static let cases: [(String, String, Region?)] = [
        ("古镇镇2023年法治政府建设年度报告\n2023年，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下：",
         "古镇镇人民政府", region("古镇镇", .township, "镇", "中山市", "广东省", "442000105")),
        ("一年来，七佛乡在县委、县政府的正确领导下，坚持依法行政，扎实推进基层法治建设，现将有关情况报告如下：",
         "七佛乡人民政府", region("七佛乡", .township, "乡", "广元市", "四川省", "510822220")),
        ("周山畲族乡2022年法治政府建设工作报告\n2022年，我乡坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下：",
         "周山畲族乡人民政府", region("周山畲族乡", .township, "民族乡", "温州市", "浙江省", "330328217")),
        ("2023年，在汉阴县委、县政府的正确领导下，城关镇坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下：",
         "城关镇人民政府", region("城关镇", .township, "镇", "安康市", "陕西省", "610921100")),
        ("卢氏县城关镇人民政府关于2022年度法治政府建设情况的报告\n2022年，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下：",
         "卢氏县城关镇人民政府", region("城关镇", .township, "镇", "三门峡市", "河南省", "411224100")),
        ("平利县长安镇人民政府关于2023年度法治政府建设情况的报告\n2023年，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下：",
         "平利县长安镇人民政府", region("长安镇", .township, "镇", "安康市", "陕西省", "610926108")),
        ("海宁市长安镇2022年法治政府建设年度报告\n2022年，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下：",
         "长安镇人民政府", region("长安镇", .township, "镇", "嘉兴市", "浙江省", "330481103")),
        ("2023年，在区委、区政府的正确领导下，龙门镇坚持以习近平法治思想为指导，扎实推进法治政府建设。全镇积极融入杭州市域治理现代化建设，基层依法治理水平持续提升。",
         "龙门镇人民政府", region("龙门镇", .township, "镇", "杭州市", "浙江省", "330111112")),
        ("渝中区解放碑街道办事处2023年法治政府建设年度报告\n2023年，我街道坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下：",
         "渝中区解放碑街道办事处", region("解放碑街道", .township, "街道", "重庆市", "重庆市", "500103003")),
        ("2022年，城关镇坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下：",
         "城关镇人民政府", nil),
        ("岚皋县城关镇人民政府关于2023年度法治政府建设情况的报告\n2023年，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设，全镇3个村被评为陕西省民主法治示范村。",
         "岚皋县城关镇人民政府", region("城关镇", .township, "镇", "安康市", "陕西省", "610925100")),
        ("2023年，在岚皋县委、县政府的正确领导下，城关镇坚持以习近平法治思想为指导，扎实推进法治政府建设。全镇创建安康市级民主法治示范村3个。",
         "城关镇人民政府", region("城关镇", .township, "镇", "安康市", "陕西省", "610925100")),
    ]

    /// A township is placed by its own name when unique, by the county or city its name or text gives when
    /// shared (城关镇, 长安镇), and left ambiguous, with no code, when nothing says which one it is.
    @Test("a township's report is placed under its county, or left ambiguous", arguments: cases)
    func township(head: String, body: String, region: Region?) throws {
        let meta = try Shared.analyze(page(head)).metadata
        #expect(meta.body == body)
        #expect(meta.bodyKind == .government)
        if let region {
            #expect(meta.region == region)
            #expect(!meta.regionAmbiguous)
        } else {
            #expect(meta.regionAmbiguous)
            #expect(meta.region?.code == nil)
        }
    }
}

@Suite("real report forms: annual reports and their look-alikes")
struct RealDocumentKindTests {
    /// Page text, document kind.
    static let cases: [(String, DocumentKind)] = [
        (page("滨江区2023年法治政府建设年度报告\n2023年，滨江区坚持以习近平法治思想为指导，深入推进依法行政，现将有关情况报告如下："), .annualReport),
        (page("2022年，我县坚持以习近平法治思想为指导，全面推进法治政府建设，全县依法行政水平进一步提升。"), .annualReport),
        ("""
            舟山市2024年法治政府建设工作要点
            2024年是实施“八五”普法规划的关键之年。为深入推进依法行政，加快建设法治政府，制定本要点。
            一、深入学习贯彻习近平法治思想
            1.健全领导干部学法用法制度，年内组织专题学法不少于4次。
            二、推进政府职能依法全面履行
            2.全面推行证明事项告知承诺制，持续优化营商环境。
            """, .workPlan),
        ("""
            关于印发《安吉县2023年法治政府建设工作方案》的通知
            各乡镇人民政府，县政府各部门：
            现将《安吉县2023年法治政府建设工作方案》印发给你们，请认真贯彻执行。
            安吉县人民政府办公室
            2023年3月6日
            """, .workPlan),
        ("""
            政府工作报告
            ——2024年1月9日在金华市第八届人民代表大会第四次会议上
            各位代表：
            现在，我代表市人民政府向大会报告工作，请予审议，并请市政协各位委员和其他列席人员提出意见。
            一、2023年工作回顾
            过去一年，全市地区生产总值增长6.1%，一般公共预算收入增长7.3%，法治政府建设扎实推进。
            """, .governmentWorkReport),
        ("""
            各位代表：
            现在，我代表县人民政府向大会报告政府工作，请予审议，并请各位政协委员和其他列席人员提出意见。
            一、过去一年的工作回顾
            过去一年，全县经济运行稳中有进，依法行政水平持续提升，民生福祉不断增进。
            """, .governmentWorkReport),
        ("""
            台州市司法局2023年政府信息公开工作年度报告
            本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据统计期限自2023年1月1日起至2023年12月31日止。
            一、总体情况
            2023年，我局主动公开政府信息286条，依申请公开办理12件，均在法定期限内答复。
            """, .disclosureReport),
        ("""
            本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和有关要求编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等内容。
            一、总体情况
            全年主动公开政府信息1035条，其中规范性文件18件，政策解读材料46篇。
            """, .disclosureReport),
        ("""
            安吉县司法局局长2023年度履行推进法治建设第一责任人职责情况报告
            2023年，本人认真履行推进法治建设第一责任人职责，带头尊法学法守法用法，现将有关情况报告如下：
            一、履职情况
            全年主持召开党组会专题研究法治建设工作5次，带头讲授法治课2次。
            """, .dutyReport),
        ("""
            渝中区区长2022年度述法报告
            根据区委全面依法治区委员会办公室的安排，现将本人2022年度履行法治建设职责情况报告如下：
            一、学法用法情况
            带头学习习近平法治思想，全年参加区政府常务会议会前学法10次。
            """, .dutyReport),
        ("""
            长兴县2022年法治政府建设自查报告
            根据市委依法治市办的统一部署，我县对照督察内容逐项开展自查，现将自查情况报告如下：
            一、自查工作开展情况
            县政府成立自查工作小组，对42个部门和乡镇进行了全面检查。
            """, .selfAssessment),
        ("""
            本报讯 近日，宁海县召开县政府常务会议，审议并原则通过《宁海县2023年法治政府建设年度报告》。会议指出，要坚持以习近平法治思想为指导，持续推进依法行政，为全县高质量发展提供法治保障。
            会议还研究了其他事项。
            """, .news),
        ("""
            关于2022年度法治政府建设考核结果的通报
            各乡镇人民政府、街道办事处，县政府各部门：
            根据年度考核办法，经县委全面依法治县委员会研究，现将2022年度法治政府建设考核结果通报如下：
            一、考核优秀单位
            县司法局、县市场监管局、县自然资源和规划局等10个单位。
            """, .notice),
        ("""
            余姚市2023年度法治政府建设示范项目公示
            根据省市法治政府建设示范创建活动有关要求，经单位申报、初审和专家评审，拟确定以下项目为2023年度法治政府建设示范项目，现予以公示。
            公示期为5个工作日。
            """, .notice),
        ("""
            金华市中级人民法院工作报告
            ——2024年1月10日在金华市第八届人民代表大会第四次会议上
            各位代表：
            现在，我代表金华市中级人民法院向大会报告工作，请予审议。
            一、2023年主要工作
            全年受理各类案件21万余件，审结执结19.8万件，同比分别增长5.2%和4.7%。
            """, .courtReport),
        ("""
            宁海县人民检察院工作报告
            ——2024年1月8日在宁海县第十八届人民代表大会第四次会议上
            各位代表：
            现在，我代表县人民检察院向大会报告工作，请予审议。
            一、2023年主要工作
            全年批准和决定逮捕各类犯罪嫌疑人326人，提起公诉892人。
            """, .procuratorateReport),
        ("""
            浙江省法治政府建设白皮书
            本白皮书全面反映2022年浙江省法治政府建设的主要进展和成效，供社会各界了解和监督。
            一、依法全面履行政府职能
            全省持续深化“放管服”改革，政务服务事项网上可办率达到100%。
            """, .research),
        ("""
            乡镇法治政府建设的现实困境与路径选择
            摘要：本文以东部某省12个乡镇为样本，分析乡镇法治政府建设面临的执法力量不足、权责不清等困境，并提出对策建议。
            一、问题的提出
            乡镇政府处于国家治理的最末端，其依法行政水平直接影响群众对法治的感受。
            """, .research),
        ("""
            台州市2016-2020年法治政府建设工作总结
            “十三五”期间，台州市坚持以法治政府建设为统领，全面推进依法行政，现将五年来工作情况总结如下：
            一、主要成效
            五年来，全市共审查规范性文件386件，办理行政复议案件4120件。
            """, .other),
        (page("宁海县2013年依法行政工作报告\n2013年，县政府认真贯彻落实依法行政各项要求，全面推进依法行政工作，现将有关情况报告如下："), .other),
    ]

    /// Each kind of document a crawl brings in is told apart by its title, or by the lead and opening of an
    /// untitled page; only an annual report for one year from 2016 on counts as one.
    @Test("each look-alike document is told from an annual report", arguments: cases)
    func documentKind(text: String, kind: DocumentKind) throws {
        let meta = try Shared.analyze(text).metadata
        #expect(meta.documentKind == kind)
        #expect(meta.isAnnualReport == (kind == .annualReport))
    }
}

@Suite("real report forms: the year of an untitled report")
struct RealReportYearTests {
    /// Untitled page text, report year.
    static let cases: [(String, Int)] = [
        (page("2021年，长兴县坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。"), 2021),
        (page("根据《法治政府建设与责任落实督察工作规定》要求，现将2022年度法治政府建设情况报告如下："), 2022),
        ("""
            长兴县坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效，现将有关情况报告如下：
            一、2023年推进法治政府建设的主要举措和成效
            （一）深化“放管服”改革
            全面推行证明事项告知承诺制，减少证明材料120余项。
            二、存在的不足和原因
            基层执法力量仍然薄弱。
            三、下一步工作安排
            下一步，将继续深化法治建设，进一步提升依法行政水平。
            """, 2023),
        (page("2020 年，长兴县坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。"), 2020),
        (page("2021年度，长兴县坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。"), 2021),
        (page("2019年以来，长兴县坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。"), 2019),
        (page("长兴县认真贯彻落实《法治政府建设实施纲要（2021-2025年）》，2023年全县法治政府建设取得新成效，现将有关情况报告如下："), 2023),
        (page("长兴县认真贯彻落实《法治政府建设实施纲要（2021-2025年）》，全面推进依法行政，现将有关情况报告如下：", closing: "长兴县人民政府\n2024年1月15日"), 2023),
    ]

    /// Without a title the year comes from the opening time phrase (2020 年，/ 2019年以来), a 现将… clause, an
    /// achievements heading, or a plain year in the opening, never from a span (2021-2025年); then the signed date.
    @Test("an untitled report's year is read from its body", arguments: cases)
    func reportYear(text: String, year: Int) throws {
        let meta = try Shared.analyze(text).metadata
        #expect(meta.title == nil)
        #expect(meta.reportYear == year)
    }
}

@Suite("real report forms: titles in page chrome")
struct RealPageChromeTests {
    /// Page text, title, body, kind, region.
    static let cases: [(String, String, String, BodyKind, Region)] = [
        (page("""
            名 称: 西青区2019年法治政府建设情况报告
            发布日期: 2020-03-27
            2019年，在市委、市政府的坚强领导下，我区坚持以习近平法治思想为指导，全面推进依法行政，现将有关情况报告如下：
            """),
         "西青区2019年法治政府建设情况报告", "西青区人民政府", .government, region("西青区", .county, "区", "天津市", "天津市", "120111")),
        (page("""
            标  题 贵州省人民政府关于2022年法治政府建设情况的报告
            2022年，省委、省政府坚持以习近平法治思想为指导，全面推进依法行政，现将有关情况报告如下：
            """),
         "贵州省人民政府关于2022年法治政府建设情况的报告", "贵州省人民政府", .government, region("贵州省", .province, "省", nil, "贵州省", "520000")),
        (page("""
            标题：安吉县人民政府关于2021年度法治政府建设情况的报告
            发布时间：2022-02-18
            2021年，安吉县坚持以习近平法治思想为指导，全面推进依法行政，现将有关情况报告如下：
            """),
         "安吉县人民政府关于2021年度法治政府建设情况的报告", "安吉县人民政府", .government, region("安吉县", .county, "县", "湖州市", "浙江省", "330523")),
        (page("""
            长兴县2022年法治政府建设年度报告_政务公开_长兴县人民政府门户网站
            2022年，我县坚持以习近平法治思想为指导，全面推进依法行政，现将有关情况报告如下：
            """),
         "长兴县2022年法治政府建设年度报告", "长兴县人民政府", .government, region("长兴县", .county, "县", "湖州市", "浙江省", "330522")),
        (page("""
            南浔区退役军人事务局2024年度
            法治政府建设工作报告
            2024年，我局坚持以习近平法治思想为指导，认真落实法治政府建设各项任务，现将有关情况报告如下：
            """),
         "南浔区退役军人事务局2024年度法治政府建设工作报告", "南浔区退役军人事务局", .department, region("南浔区", .county, "区", "湖州市", "浙江省", "330503")),
        (page("""
            【权威发布】德清县2023年法治政府建设年度报告
            2023年，我县坚持以习近平法治思想为指导，全面推进依法行政，现将有关情况报告如下：
            """),
         "德清县2023年法治政府建设年度报告", "德清县人民政府", .government, region("德清县", .county, "县", "湖州市", "浙江省", "330521")),
    ]

    /// A title behind a spaced label (名 称:, 标  题), a removed 标题： line, a column tag (【权威发布】), a site
    /// suffix or a line break still yields the title and the body it names.
    @Test("a title wrapped in page chrome still names the body", arguments: cases)
    func chrome(text: String, title: String, body: String, kind: BodyKind, region: Region) throws {
        let meta = try Shared.analyze(text).metadata
        #expect(meta.title == title)
        #expect(meta.body == body)
        #expect(meta.bodyKind == kind)
        #expect(meta.region == region)
    }
}
