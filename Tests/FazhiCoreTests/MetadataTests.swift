@testable import FazhiCore
import FazhiTesting
import Testing

@Suite("metadata: who, where, which year, to whom, when")
struct MetadataTests {
    @Test("a county report: title, body, region, year, recipients, dates")
    func county() throws {
        let meta = try Shared.analyze(Fixtures.countyReport).metadata
        #expect(meta.isAnnualReport)
        #expect(meta.title == "开化县2022年法治政府建设年度报告")
        #expect(meta.body == "开化县人民政府")
        #expect(meta.bodyKind == .government)
        #expect(meta.region == Region(name: "开化县", level: .county, divisionType: "县", prefecture: "衢州市",
                                      province: "浙江省", code: "330824"))
        #expect(meta.reportYear == 2022)
        #expect(meta.recipients == ["衢州市人民政府"])
        #expect(meta.signedDate == "2023-02-20")
        #expect(meta.publishedDate == nil)
    }

    static let dateCases: [(String, String?)] = [
        ("2019年1月30日", "2019-01-30"),
        ("2024-03-04", "2024-03-04"),
        ("2024/3/4", "2024-03-04"),
        ("2024.3.4", "2024-03-04"),
        ("二〇一九年一月三十日", "2019-01-30"),
        ("二○二三年十二月三十一日", "2023-12-31"),
        ("2023年2月30日", nil),
        ("2023年13月1日", nil),
        ("20230304", nil),
        ("12019年1月1日", nil),
    ]

    @Test("dates in every written form", arguments: dateCases)
    func dates(text: String, iso: String?) {
        #expect(DateParser.firstDate(in: Array(text.unicodeScalars)[...])?.iso == iso)
    }

    static let docNumberCases: [(String, String?)] = [
        ("长政发〔2019〕2号", "长政发〔2019〕2号"),
        ("衢政办发[2023]15号", "衢政办发〔2023〕15号"),
        ("开政发［2022］108号 签发人：王某某", "开政发〔2022〕108号"),
        ("〔2019〕2号", nil),
        ("辽委发〔2018〕21号文件精神", "辽委发〔2018〕21号"),
        ("规划(2015-2020年)", nil),
    ]

    @Test("document numbers with any bracket style", arguments: docNumberCases)
    func docNumbers(text: String, number: String?) {
        #expect(DocumentNumberScanner.first(in: Array(text.unicodeScalars)[...])?.number == number)
    }

    @Test("a document header: number, signer, addressee, web date")
    func header() throws {
        let text = """
            发布日期：2023-03-28
            开政发〔2023〕5号
            签发人：李明远
            开化县2022年法治政府建设进展情况报告
            衢州市人民政府、中共衢州市委：
            \(Fixtures.countyReport.split(separator: "\n").dropFirst(2).joined(separator: "\n"))
            """
        let meta = try Shared.analyze(text).metadata
        #expect(meta.docNumber == "开政发〔2023〕5号")
        #expect(meta.signer == "李明远")
        #expect(meta.recipients == ["衢州市人民政府", "中共衢州市委"])
        #expect(meta.publishedDate == "2023-03-28")
        #expect(meta.title == "开化县2022年法治政府建设进展情况报告")
    }

    static let titleCases: [(String, String?, BodyKind?, Bool)] = [
        ("浙江省人民政府关于2023年度法治政府建设情况的报告", "浙江省人民政府", .government, true),
        ("开化县司法局2021年法治政府建设年度报告", "开化县司法局", .department, true),
        ("中共开化县委 开化县人民政府关于2024年法治政府建设情况的报告", "中共开化县委 开化县人民政府", .partyAndGovernment, true),
        ("衢州市2025年法治政府建设年度报告", "衢州市人民政府", .government, true),
        ("开化县2023年法治政府建设实施方案", "开化县人民政府", .government, false),
        ("衢州市2024年法治政府建设工作要点", "衢州市人民政府", .government, false),
        ("衢州市人民政府2024年政府工作报告", "衢州市人民政府", .government, false),
        ("衢州市中级人民法院2023年工作报告", "衢州市中级人民法院", .other, false),
    ]

    @Test("titles name the body and tell reports from other documents", arguments: titleCases)
    func titles(title: String, body: String?, kind: BodyKind?, isReport: Bool) throws {
        let text = "\(title)\n\(Fixtures.countyReport.split(separator: "\n").dropFirst(2).dropLast(2).joined(separator: "\n"))"
        let meta = try Shared.analyze(text).metadata
        #expect(meta.title == title)
        #expect(meta.body == body)
        #expect(meta.bodyKind == kind)
        #expect(meta.isAnnualReport == isReport)
    }

    @Test("a research article about rule-of-law government is not an annual report")
    func article() throws {
        let text = """
            论县级法治政府建设的路径选择
            摘要：法治政府建设是全面依法治国的重点任务。本文从制度供给、执法能力和监督机制三个维度分析县级法治政府建设面临的困境。
            一、问题的提出
            近年来，法治政府建设取得明显进展，但县级政府在执法规范化方面仍有不足，学界对此讨论较多。
            二、研究方法
            本文采用案例研究方法，选取东部、中部和西部若干县域作为样本进行比较分析。
            """
        #expect(try Shared.analyze(text).metadata.isAnnualReport == false)
    }

    @Test("without a title the year comes from the opening, the body from self-references")
    func untitled() throws {
        let text = """
            2021年，在省委、省政府的坚强领导下，我市深入推进法治政府建设，衢州市各项工作取得新进展，全市依法行政水平持续提升。
            一、2021年法治政府建设主要情况
            （一）深化改革
            全年新增告知承诺事项32项，我市压减申报材料近百份，衢州市企业开办时间压缩至1个工作日以内。
            二、2022年工作安排
            我市将继续深化改革，全市上下进一步提升依法行政水平。
            """
        let meta = try Shared.analyze(text).metadata
        #expect(meta.title == nil)
        #expect(meta.reportYear == 2021)
        #expect(meta.body == "衢州市人民政府")
        #expect(meta.region?.level == .prefecture)
        #expect(meta.isAnnualReport)
    }

    @Test("a township is placed under the division its report mentions most")
    func township() throws {
        let text = """
            开化县2022年法治政府建设年度报告
            2022年，华埠镇在开化县委、县政府的领导下扎实推进法治政府建设，现将有关情况报告如下：
            一、主要举措和成效
            全镇调处矛盾纠纷120起，开化县司法局指导开展普法活动12场次，群众法治意识明显增强。
            二、下一步工作计划
            继续深化基层法治建设，进一步提升依法行政水平。
            华埠镇人民政府
            2023年1月15日
            """
        let meta = try Shared.analyze(text).metadata
        #expect(meta.body == "华埠镇人民政府")
        #expect(meta.region == Region(name: "华埠镇", level: .township, divisionType: "镇", prefecture: "衢州市",
                                      province: "浙江省", code: "330824101"))
    }

    @Test("a district name shared by several cities is resolved from context or left ambiguous")
    func sharedDistrictName() throws {
        let body = Fixtures.countyReport.split(separator: "\n").dropFirst(2).dropLast(2).joined(separator: "\n")
        let report = "鼓楼区2023年法治政府建设年度报告\n市人民政府：\n\(body)"
        let ambiguous = try Shared.analyze(report).metadata
        #expect(ambiguous.regionAmbiguous)
        #expect(ambiguous.region?.code == nil)
        let resolved = try Shared.analyze(report.replacingOccurrences(of: "市人民政府：", with: "福州市人民政府：")).metadata
        #expect(resolved.region?.code == "350102")
        #expect(resolved.region?.prefecture == "福州市")
    }
}

@Suite("titles of saved web pages")
struct PageTitleTests {
    @Test("a page title with site segments yields the report title")
    func pageTitle() {
        let words = Shared.resources.frontMatter
        #expect(FrontMatter.title(fromPageTitle: "开化县人民政府关于2022年度法治政府建设情况的报告_政务公开_开化县人民政府门户网站", words: words)
                == "开化县人民政府关于2022年度法治政府建设情况的报告")
        #expect(FrontMatter.title(fromPageTitle: "首页 - 开化县2022年法治政府建设年度报告 - 开化县司法局", words: words)
                == "开化县2022年法治政府建设年度报告")
        #expect(FrontMatter.title(fromPageTitle: "开化县人民政府门户网站_首页", words: words) == nil)
    }
}

@Suite("report forms seen across provinces, levels and years")
struct ReportFormTests {
    static let body = Fixtures.countyReport.split(separator: "\n").dropFirst(2).dropLast(2).joined(separator: "\n")

    @Test("a title set in two lines is joined")
    func twoLineTitle() throws {
        let meta = try Shared.analyze("开化县人民政府\n关于2022年度法治政府建设情况的报告\n\(Self.body)").metadata
        #expect(meta.title == "开化县人民政府关于2022年度法治政府建设情况的报告")
        #expect(meta.body == "开化县人民政府")
        #expect(meta.reportYear == 2022)
    }

    @Test("a province's report")
    func province() throws {
        let meta = try Shared.analyze("浙江省人民政府关于2021年法治政府建设情况的报告\n\(Self.body)").metadata
        #expect(meta.region == Region(name: "浙江省", level: .province, divisionType: "省", prefecture: nil, province: "浙江省", code: "330000"))
        #expect(meta.reportYear == 2021)
    }

    @Test("a provincial department's report")
    func provincialDepartment() throws {
        let meta = try Shared.analyze("浙江省司法厅2023年法治政府建设年度报告\n\(Self.body)\n浙江省司法厅\n2024年2月26日").metadata
        #expect(meta.body == "浙江省司法厅")
        #expect(meta.bodyKind == .department)
        #expect(meta.region?.name == "浙江省")
        #expect(meta.signedDate == "2024-02-26")
    }

    @Test("a district of a municipality")
    func municipalDistrict() throws {
        let meta = try Shared.analyze("北京市海淀区2019年法治政府建设年度报告\n\(Self.body)").metadata
        #expect(meta.region == Region(name: "海淀区", level: .county, divisionType: "区", prefecture: "北京市", province: "北京市", code: "110108"))
    }

    @Test("an autonomous county and a league banner")
    func autonomous() throws {
        let county = try Shared.analyze("长阳土家族自治县2020年法治政府建设年度报告\n\(Self.body)").metadata
        #expect(county.region?.divisionType == "自治县")
        #expect(county.region?.prefecture == "宜昌市")
        let banner = try Shared.analyze("鄂托克旗2018年法治政府建设情况报告\n\(Self.body)").metadata
        #expect(banner.region?.divisionType == "旗")
        #expect(banner.region?.province == "内蒙古自治区")
    }

    @Test("a renamed division is found under its current name")
    func renamed() throws {
        let meta = try Shared.analyze("莱芜市2018年法治政府建设情况报告\n\(Self.body)").metadata
        #expect(meta.region?.name == "莱芜区")
        #expect(meta.region?.prefecture == "济南市")
    }

    @Test("a template placeholder year gives no year from the title; the opening still does")
    func placeholderYear() throws {
        let meta = try Shared.analyze("开化县20xx年法治政府建设年度报告\n\(Self.body)").metadata
        #expect(meta.reportYear == 2022)
    }
}
