import FazhiCore
import Testing

@Suite("roster: who must report, from the gazetteers and the office's department file")
struct RosterTests {
    static let builder = RosterBuilder(resources: Shared.resources)

    static func read(_ csv: String) -> DepartmentRoster {
        DepartmentRoster(csv: csv, gazetteer: Shared.resources.gazetteer, departments: Shared.resources.departments)
    }

    @Test("a prefecture's roster is its counties and districts; a county's, its townships and street offices")
    func governments() throws {
        let quzhou = try #require(Self.builder.scope("衢州市").first)
        let counties = Self.builder.governments(under: quzhou)
        #expect(counties.map(\.name) == ["柯城区人民政府", "衢江区人民政府", "常山县人民政府", "开化县人民政府", "龙游县人民政府", "江山市人民政府"])
        #expect(counties.allSatisfy { $0.identity.kind == .government && $0.level == .county })
        #expect(counties.map(\.identity.divisionCode) == ["330802", "330803", "330822", "330824", "330825", "330881"])
        let kaihua = try #require(Self.builder.scope("330824").first)
        let townships = Self.builder.governments(under: kaihua)
        #expect(townships.count >= 14)
        #expect(townships.first?.name == "华埠镇人民政府" && townships.first?.identity.divisionCode == "330824101")
        #expect(townships.contains { $0.name == "林山乡人民政府" && $0.level == .township })
        let kecheng = try #require(Self.builder.scope("柯城区").first)
        #expect(Self.builder.governments(under: kecheng).contains { $0.name == "府山街道办事处" })
        let zhejiang = try #require(Self.builder.scope("浙江省").first)
        #expect(Self.builder.governments(under: zhejiang).count == 11)
    }

    @Test("a scope is a name, a short name or a code; a shared name gives every candidate")
    func scopes() {
        #expect(Self.builder.scope("衢州").map(\.code) == ["330800"])
        #expect(Self.builder.scope(" 330800 ").map(\.name) == ["衢州市"])
        #expect(Self.builder.scope("鼓楼区").count >= 2)
        #expect(Self.builder.scope("不存在市").isEmpty)
    }

    @Test("a department file: Chinese or English headers, a BOM, sectors by id, Chinese name or the department's own name")
    func departments() {
        let roster = Self.read("\u{FEFF}名称,部门类别,所属政府\r\n衢州市司法局,,衢州市人民政府\r\n衢州市公安局,公安,衢州市\r\n衢州市财政局,finance,330800\r\n,,\r\n")
        #expect(roster.problems == [])
        #expect(roster.entries.map(\.name) == ["衢州市司法局", "衢州市公安局", "衢州市财政局"])
        #expect(roster.entries.map { $0.identity.sector ?? "" } == ["justice", "publicSecurity", "finance"])
        #expect(roster.entries.allSatisfy { $0.identity.divisionCode == "330800" && $0.identity.kind == .department })
        let english = Self.read("name,sector,parent\n开化县司法局,justice,开化县人民政府\n")
        #expect(english.entries.first?.identity == BodyIdentity(divisionCode: "330824", kind: .department, sector: "justice"))
    }

    @Test("bad rows are reported by their line and left out; the rest are read")
    func badRows() {
        let roster = Self.read("""
            名称,部门类别,所属政府
            衢州市司法局,,衢州市人民政府
            ,司法行政,衢州市
            衢州市某某中心,,衢州市
            衢州市教育局,不存在的类别,衢州市
            衢州市民政局,,火星市人民政府
            鼓楼区司法局,,鼓楼区
            衢州市司法行政局,司法行政,衢州市
            衢州市教育局,,衢州市
            """)
        #expect(roster.entries.map(\.name) == ["衢州市司法局", "衢州市教育局"])
        #expect(roster.problems.map(\.line) == [3, 4, 5, 6, 7, 8])
        #expect(roster.problems[0].reason.contains("缺少名称"))
        #expect(roster.problems[1].reason.contains("部门类别"))
        #expect(roster.problems[2].reason.contains("未知的部门类别"))
        #expect(roster.problems[3].reason.contains("找不到所属政府"))
        #expect(roster.problems[4].reason.contains("不唯一") && roster.problems[4].reason.contains("区划代码"))
        #expect(roster.problems[5].reason.contains("与第 2 行是同一部门"))
        #expect(Self.read("部门,上级\n甲,乙\n").problems.map(\.line) == [1])
    }

    @Test("a body's identity does not depend on how its name is spelled or whether the Party committee co-signs")
    func identity() {
        let government = BodyIdentity(regionCode: "445381", bodyKind: .government, sector: nil)
        #expect(government == BodyIdentity(regionCode: "445381", bodyKind: .partyAndGovernment, sector: nil))
        #expect(government == BodyIdentity(divisionCode: "445381", kind: .government, sector: "ignored"))
        #expect(BodyIdentity(regionCode: "445381", bodyKind: .department, sector: nil) == nil)
        #expect(BodyIdentity(regionCode: nil, bodyKind: .government, sector: nil) == nil)
        #expect(BodyIdentity(regionCode: "445381", bodyKind: .other, sector: nil) == nil)
        // The analysis gives one identity to the same government however it signs.
        let spellings = ["罗定市人民政府", "罗定市政府", "中共罗定市委 罗定市人民政府"].map { signer in
            "\(signer)2023年法治政府建设年度报告\n2023年，我市扎实推进法治政府建设。\n一、主要举措和成效\n全年办理行政复议案件12件。\n\(signer)\n2024年3月1日"
        }
        let identities = spellings.compactMap { text -> BodyIdentity? in
            guard let meta = try? Shared.analyze(text).metadata else { return nil }
            return BodyIdentity(regionCode: meta.region?.code, bodyKind: meta.bodyKind, sector: meta.sector)
        }
        #expect(identities.count == 3 && Set(identities) == [government], "\(identities)")
    }

    @Test("deadlines: 1 March for a department, 1 April for a government, of the next year")
    func deadlines() {
        let department = RosterEntry(name: "某局", identity: BodyIdentity(divisionCode: "330800", kind: .department, sector: "justice"),
                                     divisionName: "衢州市", level: .prefecture)
        #expect(department.deadline(reporting: 2023) == "2024-03-01")
        let government = RosterEntry(name: "开化县人民政府", identity: BodyIdentity(divisionCode: "330824", kind: .government),
                                     divisionName: "开化县", level: .county)
        #expect(government.deadline(reporting: 2023) == "2024-04-01")
    }
}
