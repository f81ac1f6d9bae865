import Testing
@testable import FazhiCore

@Suite("Gazetteer")
struct GazetteerTests {
    let gazetteer = Gazetteer.embedded

    /// name, code, level, divisionType, prefecture, province, parent
    static let golden: [(String, String, RegionLevel, String, String?, String?, String?)] = [
        ("罗定市", "445381", .county, "县级市", "云浮市", "广东省", "云浮市"),
        ("云浮市", "445300", .prefecture, "市", "云浮市", "广东省", "广东省"),
        ("长海县", "210224", .county, "县", "大连市", "辽宁省", "大连市"),
        ("临淄区", "370305", .county, "区", "淄博市", "山东省", "淄博市"),
        ("厦门市", "350200", .prefecture, "市", "厦门市", "福建省", "福建省"),
        ("东莞市", "441900", .prefecture, "市", "东莞市", "广东省", "广东省"),
        ("嘉峪关市", "620200", .prefecture, "市", "嘉峪关市", "甘肃省", "甘肃省"),
        ("海淀区", "110108", .county, "区", "北京市", "北京市", "北京市"),
        ("仙桃市", "429004", .county, "县级市", nil, "湖北省", "湖北省"),
        ("济源市", "419001", .county, "县级市", nil, "河南省", "河南省"),
        ("神农架林区", "429021", .county, "林区", nil, "湖北省", "湖北省"),
        ("广东省", "440000", .province, "省", nil, "广东省", nil),
        ("上海市", "310000", .province, "直辖市", nil, "上海市", nil),
        ("广西壮族自治区", "450000", .province, "自治区", nil, "广西壮族自治区", nil),
        ("香港特别行政区", "810000", .province, "特别行政区", nil, "香港特别行政区", nil),
        ("延边朝鲜族自治州", "222400", .prefecture, "自治州", "延边朝鲜族自治州", "吉林省", "吉林省"),
        ("锡林郭勒盟", "152500", .prefecture, "盟", "锡林郭勒盟", "内蒙古自治区", "内蒙古自治区"),
        ("鄂伦春自治旗", "150723", .county, "自治旗", "呼伦贝尔市", "内蒙古自治区", "呼伦贝尔市"),
    ]

    @Test("golden divisions have the expected code, level, type, prefecture, province and parent")
    func goldenTable() throws {
        for (name, code, level, type, prefecture, province, parent) in Self.golden {
            guard case .unique(let division) = gazetteer.resolve(name) else {
                Issue.record("\(name) does not resolve uniquely")
                continue
            }
            #expect(division.code == code, "\(name)")
            #expect(division.level == level, "\(name)")
            #expect(division.divisionType == type, "\(name)")
            #expect(gazetteer.prefecture(of: division)?.name == prefecture, "\(name)")
            #expect(gazetteer.province(of: division)?.name == province, "\(name)")
            #expect(gazetteer.parent(of: division)?.name == parent, "\(name)")
            #expect(gazetteer.division(code: code) == division, "\(name)")
            let region = gazetteer.region(for: division)
            #expect(region == Region(name: name, level: level, divisionType: type,
                                     prefecture: prefecture, province: province, code: code), "\(name)")
        }
    }

    @Test("the gazetteer covers every province-, prefecture- and county-level division")
    func counts() {
        let byLevel = Dictionary(grouping: gazetteer.divisions, by: \.level).mapValues(\.count)
        #expect(byLevel[.province] == 34)
        #expect((byLevel[.prefecture] ?? 0) >= 333)
        #expect((byLevel[.county] ?? 0) >= 2840)
        #expect(gazetteer.divisions(named: "市辖区").isEmpty)
        #expect(gazetteer.divisions.allSatisfy { $0.code.count == 6 })
    }

    @Test("a shared name is ambiguous alone and unique near its prefecture or a sibling")
    func sharedName() throws {
        guard case .ambiguous(let options) = gazetteer.resolve("鼓楼区") else {
            Issue.record("鼓楼区 should be ambiguous")
            return
        }
        #expect(Set(options.compactMap { gazetteer.prefecture(of: $0)?.name }) == ["南京市", "徐州市", "福州市", "开封市"])
        let fuzhou = try #require(gazetteer.division(code: "350100"))
        #expect(gazetteer.resolve("鼓楼区", near: [fuzhou]) == .unique(try #require(gazetteer.division(code: "350102"))))
        let fujian = try #require(gazetteer.division(code: "350000"))
        #expect(gazetteer.resolve("鼓楼区", near: [fujian]) == .unique(try #require(gazetteer.division(code: "350102"))))
        let xuanwu = try #require(gazetteer.divisions(named: "玄武区").first)
        #expect(gazetteer.resolve("鼓楼区", near: [xuanwu]) == .unique(try #require(gazetteer.division(code: "320106"))))
        #expect(gazetteer.resolve("不存在县") == .unknown)
    }

    @Test("a former name finds its successor")
    func formerName() throws {
        let laiwu = try #require(gazetteer.divisions(named: "莱芜市").first)
        #expect(laiwu.name == "莱芜区")
        #expect(laiwu.formerNames.contains("莱芜市"))
        #expect(gazetteer.region(for: laiwu).prefecture == "济南市")
        #expect(gazetteer.resolve("莱芜市") == .unique(laiwu))
        #expect(gazetteer.resolve("襄樊市") == .unique(try #require(gazetteer.division(code: "420600"))))
        #expect(gazetteer.resolve("延庆县") == .unique(try #require(gazetteer.division(code: "110119"))))
    }

    @Test("short forms without the type suffix are found by divisions(named:) but not by mentions")
    func shortForms() throws {
        #expect(gazetteer.divisions(named: "罗定").map(\.code) == ["445381"])
        #expect(gazetteer.divisions(named: "临淄").map(\.code) == ["370305"])
        #expect(gazetteer.divisions(named: "长海").map(\.code) == ["210224"])
        #expect(gazetteer.divisions(named: "延边").map(\.code) == ["222400"])
        #expect(gazetteer.divisions(named: "广西").map(\.code) == ["450000"])
        #expect(gazetteer.divisions(named: "内蒙古").map(\.code) == ["150000"])
        #expect(gazetteer.divisions(named: "龙胜").map(\.name) == ["龙胜各族自治县"])
        #expect(Set(gazetteer.divisions(named: "东乡").map(\.name)) == ["东乡区", "东乡族自治县"])
        #expect(gazetteer.divisions(named: "忠").isEmpty)
        #expect(Set(gazetteer.divisions(named: "吉林").map(\.code)) == ["220000", "220200"])
        #expect(gazetteer.mentions(in: Array("罗定的临淄".unicodeScalars)).isEmpty)
    }

    @Test("mentions finds full and former names, longest first, without overlaps")
    func mentions() {
        let text = "广东省云浮市罗定市人民政府与大连市长海县、淄博市临淄区交流，原莱芜市并入济南市；福州市鼓楼区。"
        let found = gazetteer.mentions(in: Array(text.unicodeScalars))
        #expect(found.map(\.name) == ["广东省", "云浮市", "罗定市", "大连市", "长海县", "淄博市", "临淄区",
                                      "莱芜市", "济南市", "福州市", "鼓楼区"])
        #expect(found.first?.offset == 0)
        #expect(found.map(\.offset)[1...3] == [3, 6, 14])
        #expect(found.first { $0.name == "莱芜市" }?.candidates.map(\.name) == ["莱芜区"])
        #expect(found.last?.candidates.count == 4)
        let nested = gazetteer.mentions(in: Array("内蒙古自治区鄂伦春自治旗".unicodeScalars))
        #expect(nested.map(\.name) == ["内蒙古自治区", "鄂伦春自治旗"])
        let generic = gazetteer.mentions(in: Array("主城区和广西区域的矿区；阳泉市矿区，晋城市城区".unicodeScalars))
        #expect(generic.map(\.name) == ["阳泉市", "矿区", "晋城市", "城区"])
        #expect(generic[1].offset == 15)
    }

    @Test("malformed TSV throws with the line number")
    func malformed() {
        let good = "# comment\n110000\t北京市\tprovince\t直辖市\t\t\n110101\t东城区\tcounty\t区\t110000\t\n"
        #expect(throws: Never.self) { try Gazetteer(tsv: good) }
        #expect(throws: GazetteerError.malformedRow(line: 3, reason: "expected 6 tab-separated fields, found 5")) {
            try Gazetteer(tsv: "# c\n110000\t北京市\tprovince\t直辖市\t\t\n110101\t东城区\tcounty\t区\t110000\n")
        }
        #expect(throws: GazetteerError.malformedRow(line: 2, reason: "unknown level city")) {
            try Gazetteer(tsv: "110000\t北京市\tprovince\t直辖市\t\t\n110101\t东城区\tcity\t区\t110000\t\n")
        }
        #expect(throws: GazetteerError.malformedRow(line: 1, reason: "unknown parent code 990000")) {
            try Gazetteer(tsv: "110101\t东城区\tcounty\t区\t990000\t\n")
        }
    }
}
