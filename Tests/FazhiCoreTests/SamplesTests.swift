import FazhiCore
import FazhiTesting
import Foundation
import Testing

/// The bundled fictional samples exercise every reader and cleaner; their expected metadata is in Samples/README.md.
@Suite("bundled fictional samples")
struct SamplesTests {
    struct Expected: Sendable, CustomStringConvertible {
        var file: String
        var encoding: TextEncoding
        var script: Script
        var body: String
        var region: Region
        var reportYear: Int?
        var recipients: [String]
        var signedDate: String?
        var publishedDate: String?
        var docNumber: String?
        var isAnnualReport = true
        var parts: [MandatedPart]
        var edits: Set<EditKind> = []
        var description: String { file }
    }

    static let all: [MandatedPart] = [.achievements, .firstResponsible, .shortcomings, .plans]

    static let expected: [Expected] = [
        Expected(file: "01-county-utf8.txt", encoding: .utf8, script: .simplified, body: "开化县人民政府",
                 region: Region(name: "开化县", level: .county, divisionType: "县", prefecture: "衢州市", province: "浙江省", code: "330824"),
                 reportYear: 2023, recipients: ["衢州市人民政府"], signedDate: "2024-03-08", publishedDate: nil,
                 docNumber: "开政〔2024〕9号", parts: all + [.other]),
        Expected(file: "02-district-gb18030.txt", encoding: .gb18030, script: .simplified, body: "岳麓区人民政府",
                 region: Region(name: "岳麓区", level: .county, divisionType: "区", prefecture: "长沙市", province: "湖南省", code: "430104"),
                 reportYear: 2022, recipients: [], signedDate: "2023-03-15", publishedDate: "2023-03-21", docNumber: nil,
                 parts: all, edits: [.webChrome]),
        Expected(file: "03-city-big5.txt", encoding: .big5, script: .traditional, body: "漳州市人民政府",
                 region: Region(name: "漳州市", level: .prefecture, divisionType: "市", prefecture: "漳州市", province: "福建省", code: "350600"),
                 reportYear: 2021, recipients: [], signedDate: "2022-03-25", publishedDate: "2022-03-29", docNumber: nil,
                 parts: all, edits: [.webChrome, .pinyinAnnotation]),
        Expected(file: "04-township-utf16.txt", encoding: .utf16LE, script: .simplified, body: "茅坪镇人民政府",
                 region: Region(name: "茅坪镇", level: .township, divisionType: "镇", prefecture: "宜昌市", province: "湖北省", code: "420527101"),
                 reportYear: 2020, recipients: ["秭归县人民政府"], signedDate: "2021-01-22", publishedDate: nil, docNumber: nil,
                 parts: [.achievements, .shortcomings, .plans]),
        Expected(file: "05-department-utf8bom.txt", encoding: .utf8BOM, script: .simplified, body: "绵阳市司法局",
                 region: Region(name: "绵阳市", level: .prefecture, divisionType: "市", prefecture: "绵阳市", province: "四川省", code: "510700"),
                 reportYear: 2022, recipients: ["绵阳市人民政府", "四川省司法厅"], signedDate: "2023-03-10", publishedDate: nil,
                 docNumber: "绵司〔2023〕15号", parts: all + [.other]),
        Expected(file: "06-repeated-body.txt", encoding: .utf8, script: .simplified, body: "寿光市人民政府",
                 region: Region(name: "寿光市", level: .county, divisionType: "县级市", prefecture: "潍坊市", province: "山东省", code: "370783"),
                 reportYear: 2019, recipients: [], signedDate: "2020-02-26", publishedDate: "2020-03-27", docNumber: nil,
                 parts: [.rectification, .achievements, .shortcomings, .plans], edits: [.webChrome, .repeatedPassage]),
        Expected(file: "07-webpage.html", encoding: .utf8, script: .simplified, body: "肥西县人民政府",
                 region: Region(name: "肥西县", level: .county, divisionType: "县", prefecture: "合肥市", province: "安徽省", code: "340123"),
                 reportYear: 2024, recipients: [], signedDate: "2025-03-12", publishedDate: "2025-03-18", docNumber: nil,
                 parts: all, edits: [.webChrome]),
        Expected(file: "09-numbered.docx", encoding: .utf8, script: .simplified, body: "安吉县人民政府",
                 region: Region(name: "安吉县", level: .county, divisionType: "县", prefecture: "湖州市", province: "浙江省", code: "330523"),
                 reportYear: 2023, recipients: ["湖州市人民政府"], signedDate: "2024-03-05", publishedDate: nil, docNumber: nil,
                 parts: all),
        Expected(file: "08-not-a-report.txt", encoding: .utf8, script: .simplified, body: "中共洛阳市委全面依法治市委员会办公室",
                 region: Region(name: "洛阳市", level: .prefecture, divisionType: "市", prefecture: "洛阳市", province: "河南省", code: "410300"),
                 reportYear: 2024, recipients: [], signedDate: "2024-02-20", publishedDate: nil, docNumber: nil,
                 isAnnualReport: false, parts: [.achievements]),
    ]

    @Test("each sample is read as its README says", arguments: expected)
    func sample(expected: Expected) throws {
        let bytes = [UInt8](try Data(contentsOf: PackageRoot.samples.appendingPathComponent(expected.file)))
        let report = try Analyzer.bundled().analyze(bytes, source: expected.file, includeText: true)
        let meta = report.metadata
        #expect(report.encoding == expected.encoding)
        #expect(report.script == expected.script)
        #expect(meta.isAnnualReport == expected.isAnnualReport)
        #expect(meta.body == expected.body)
        #expect(meta.region == expected.region)
        #expect(meta.reportYear == expected.reportYear)
        #expect(meta.recipients == expected.recipients)
        #expect(meta.signedDate == expected.signedDate)
        #expect(meta.publishedDate == expected.publishedDate)
        #expect(meta.docNumber == expected.docNumber)
        #expect(report.parts == expected.parts)
        #expect(Set(report.edits.map(\.kind)).isSuperset(of: expected.edits))
        if expected.file.hasSuffix(".docx") {
            #expect(report.format == .docx)
            #expect(report.outline.map { $0.marker ?? "" } == ["一、", "二、", "三、", "四、"], "Word numbering rendered")
        }
        #expect(report.text?.contains("（虚构示例：") == true, "every sample says it is fictional")
    }

    /// The rules Samples/README.md says a reviewer should see for each sample (`rule:` in the findings column), by number.
    static func documentedFindings() throws -> [String: Set<String>] {
        let readme = try String(contentsOf: PackageRoot.samples.appendingPathComponent("README.md"), encoding: .utf8)
        guard let table = readme.components(separatedBy: "## 提纲").last else { return [:] }
        var documented: [String: Set<String>] = [:]
        for line in table.split(separator: "\n") where line.hasPrefix("| ") {
            let columns = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard columns.count >= 4, columns[0].count == 2, columns[0].allSatisfy(\.isNumber) else { continue }
            let rules = columns[3].split(whereSeparator: { $0 == " " || $0 == ";" }).compactMap { word -> String? in
                guard word.hasSuffix(":"), word.dropLast().allSatisfy({ $0.isLowercase || $0 == "-" }) else { return nil }
                return String(word.dropLast())
            }
            documented[columns[0]] = Set(rules)
        }
        return documented
    }

    @Test("every sample's findings are the ones Samples/README.md documents", arguments: expected)
    func documented(expected: Expected) throws {
        let documented = try Self.documentedFindings()
        let number = String(expected.file.prefix(2))
        let bytes = [UInt8](try Data(contentsOf: PackageRoot.samples.appendingPathComponent(expected.file)))
        let report = try Analyzer.bundled().analyze(bytes, source: expected.file)
        #expect(Set(report.findings.map(\.rule)) == documented[number], "\(report.findings.map(\.message))")
    }
}
